import { css } from 'lit';
import { officialTextStyles } from './official-text-element.styles.js';

export const styles = [
  ...officialTextStyles,
  css`
    :host {
      --_clause-accent: var(--qingdao-clause-accent, var(--_accent));
    }

    [part='clause'] {
      margin: 0;
      padding: var(--_space);
      border-inline-start: 4px solid var(--_clause-accent);
      border-radius: 0 var(--_radius) var(--_radius) 0;
      background: var(--_surface);
    }

    [part='quote'] {
      margin: 0;
      padding: 0;
    }

    [part='clause-title'] {
      margin: 0 0 0.35em;
      font-weight: 700;
      line-height: 1.45;
    }

    [part='clause-number'] {
      color: var(--_clause-accent);
    }

    .clause-body {
      margin: 0;
    }

    .break-mark {
      color: var(--_muted);
    }

    .note {
      margin: 0.6em 0 0;
      padding: 0.5em 0.8em;
      background: var(--_subtle);
      border-radius: var(--_radius);
      font-family: var(--_font-ui);
      font-size: 0.8125em;
      line-height: 1.5;
    }

    /* Block layout (a flex row costs every quotation more layout): the
       controls float at the end of the citation line, in a box of their
       size kept before they render (see language-buttons.styles). */
    [part='footer'] {
      display: flow-root;
      margin: 0;
      padding-top: 0.75em;
      color: var(--_muted);
      font-family: var(--_font-ui);
      font-size: 0.8125em;
      line-height: 1.45;
    }

    .controls {
      float: inline-end;
      display: flex;
      gap: 4px;
      width: calc(var(--_switch-width) + 28px + 4px);
      height: var(--_switch-height);
      margin-inline-start: 1em;
      font-size: 1rem;
    }

    .controls .copy {
      width: 28px;
      line-height: var(--_switch-height);
    }

    /* Beside the controls where a line of it fits there; below them
       where it would wrap word by word (a narrow card). */
    .source {
      display: flow-root;
      min-width: min(100%, 16em);
    }

    [part='citation'] {
      font-style: normal;
    }

    .message {
      margin-top: 0.5em;
    }

    /* Quoted in running text: the article's own type, no card. */
    :host([variant~='inline' i]) > * {
      font-family: inherit;
      font-size: inherit;
      line-height: inherit;
    }

    :host([variant~='inline' i])
      :is([part='quote'], [part='clause-title'], [part='clause-body']) {
      font-family: inherit;
    }

    :host([variant~='inline' i]) [part='clause'] {
      padding: 0 0 0 1em;
      border-inline-start-width: 3px;
      border-radius: 0;
      background: transparent;
    }

    :host([variant~='inline' i]) [part='footer'] {
      padding-top: 0.4em;
    }

    @media print {
      [part='clause'] {
        break-inside: avoid;
      }
    }
  `,
];
