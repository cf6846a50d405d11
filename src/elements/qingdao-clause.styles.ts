import { css } from 'lit';
import { officialTextStyles } from './official-text-element.styles.js';

export const styles = [
  ...officialTextStyles,
  css`
    :host {
      --_clause-accent: var(--qingdao-clause-accent, var(--_accent));
    }

    /* A column, so that space kept for the fallback's height stays inside the card, above the citation line. */
    [part='clause'] {
      display: flex;
      flex-direction: column;
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

    [part='footer'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em 1em;
      margin-top: auto;
      padding-top: 0.75em;
    }

    /* The switch's size, kept before it is rendered (see language-buttons.styles). */
    .controls {
      flex: none;
      width: var(--_switch-width);
      height: var(--_switch-height);
    }

    .attribution {
      flex: 1 1 16em;
      color: var(--_muted);
      font-family: var(--_font-ui);
      font-size: 0.8125em;
      line-height: 1.45;
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
