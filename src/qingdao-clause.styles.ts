import { css } from 'lit';
import { hostStyles, messageStyles } from './shared.styles.js';

export const styles = [
  hostStyles,
  messageStyles,
  css`
    :host {
      --_clause-accent: var(--qingdao-clause-accent, var(--_accent));
    }

    [part='clause'] {
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.25);
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
      margin-top: 0.75em;
    }

    [part='citation'] {
      flex: 1 1 16em;
      color: var(--_muted);
      font-family: var(--_font-ui);
      font-size: 0.8125em;
      font-style: normal;
      line-height: 1.45;
    }

    [part='citation']::before {
      content: '— ';
    }

    /* Chinese sets the attribution dash double, with no space. */
    [lang='zh-Hans'] [part='citation']::before {
      content: '——';
    }

    .message {
      margin-top: 0.5em;
    }

    /* Quoted in running text: the article's own type, no card. */
    :host([variant='inline']) > * {
      font-family: inherit;
      font-size: inherit;
      line-height: inherit;
    }

    :host([variant='inline']) [lang] {
      font-family: inherit;
    }

    :host([variant='inline']) [part='clause'] {
      padding: 0 0 0 1em;
      border-inline-start-width: 3px;
      border-radius: 0;
      background: transparent;
    }

    :host([variant='inline']) [part='footer'] {
      margin-top: 0.4em;
    }

    @media print {
      [part='clause'] {
        break-inside: avoid;
      }
    }
  `,
];
