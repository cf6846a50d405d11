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
  `,
];
