import { css } from 'lit';
import { hostStyles, messageStyles } from '../styles/host.js';
import { languageButtonStyles } from './language-buttons.styles.js';

/** What both text widgets start with. */
export const officialTextStyles = [
  hostStyles,
  messageStyles,
  languageButtonStyles,
  css`
    /* A block's own margin, as a quotation's: never touching the next paragraph. */
    :host {
      margin-block: 1em;
    }

    /* The copy actions: quiet until pointed at or focused. */
    .copy {
      all: unset;
      min-width: 28px;
      min-height: 28px;
      border-radius: var(--_radius);
      color: var(--_muted);
      font-family: var(--_font-ui);
      text-align: center;
      cursor: pointer;
    }

    .copy:hover {
      background: var(--_subtle);
      color: var(--_accent);
    }

    .copy:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }

    .copy-status {
      margin: 0;
      font-family: var(--_font-ui);
      font-size: 0.875em;
    }

    .copy-status a {
      color: var(--_accent);
    }

    .visually-hidden,
    .copy-source {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    @media print {
      .copy,
      .copy-status {
        display: none;
      }
    }
  `,
];
