import { css } from 'lit';
import { officialTextStyles } from './official-text-element.styles.js';

export const styles = [
  ...officialTextStyles,
  css`
    /* Its own width, not the viewport's, decides the layout: a sidebar
       and a phone get the same narrow layout. */
    :host {
      /* The measure plus the clauses' indent and the padding. */
      --_max-width: var(
        --qingdao-initiative-max-width,
        calc(var(--qingdao-measure, 36em) + 6em)
      );
      container-type: inline-size;
      background: var(--_surface);
    }

    /* The document's width is its measure: its paragraphs fill it, but for
       the preamble, which has no indent. */
    [part='document'] p {
      max-inline-size: none;
    }

    [part='document'] [part='preamble'] {
      max-inline-size: var(--qingdao-measure, 36em);
    }

    [part='document'] {
      max-width: var(--_max-width);
      margin: 0 auto;
      padding: calc(var(--_space) * 1.5) var(--_space);
    }

    [part='header'] {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      padding-bottom: calc(var(--_space) * 1.25);
      margin-bottom: calc(var(--_space) * 1.5);
      border-bottom: 1px solid var(--_border);
    }

    .tools {
      display: flex;
      flex-wrap: wrap;
      justify-content: end;
      gap: calc(var(--_space) * 0.5);
    }

    /* Side by side: as wide as the host allows, each column its own measure. */
    .parallel {
      --_max-width: var(--qingdao-initiative-max-width, none);
    }

    /* A row of the languages: stacked, or columns (see below). Each
       column's text in its own language's face. */
    .row {
      display: grid;
      gap: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    }

    .cell:lang(en),
    .cell:lang(ru) {
      font-family: var(--_font);
    }

    [part='columns'] {
      margin-bottom: var(--_space);
    }

    [part='contents-link']:focus-visible,
    [part~='clause']:focus-visible,
    [part='column-language']:focus-visible,
    .copy-status a:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
      border-radius: 2px;
    }

    [part='column-language'] {
      padding: 0.4em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: 500 0.875rem var(--_font-ui);
    }

    [part='title'] {
      margin: calc(var(--_space) * 0.5) 0 0;
      font-size: 1.75em;
      font-weight: 700;
      line-height: 1.3;
      color: var(--_text);
    }

    .title-line {
      display: block;
    }

    .parallel [part='title'] {
      font-size: 1.375em;
    }

    .title-line:lang(zh):first-child {
      font-size: 0.7em;
      font-weight: 600;
      color: var(--_muted);
      margin-bottom: 0.15em;
    }

    [part='release'],
    [part='version-note'] {
      margin: 0;
      color: var(--_muted);
      font-family: var(--_font-ui);
      font-size: 0.875em;
      line-height: 1.5;
    }

    [part='context'] {
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: var(--_space) calc(var(--_space) * 1.25);
      border-radius: var(--_radius);
      background: var(--_subtle);
      font-size: 0.9375em;
    }

    [part='context'] h3 {
      margin: 0 0 0.5em;
      font-family: var(--_font-ui);
      font-size: 0.8125rem;
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_muted);
    }

    [part='context'] p {
      margin: 0 0 0.75em;
    }

    [part='context'] .context-source {
      margin: 0;
      font-family: var(--_font-ui);
      font-size: 0.8125rem;
      color: var(--_muted);
    }

    [part='contents'] {
      margin: 0 0 calc(var(--_space) * 1.5);
      font-family: var(--_font-ui);
      font-size: 0.875em;
      line-height: 1.45;
    }

    .contents-label {
      margin: 0 0 0.4em;
      color: var(--_muted);
      font-size: 1em;
      font-weight: 600;
    }

    [part='contents'] ol {
      display: grid;
      gap: 0.25em calc(var(--_space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part='contents-link'] {
      display: inline-flex;
      gap: 0.4em;
      color: var(--_text);
    }

    .contents-number {
      flex: none;
      min-width: 2.2em;
      color: var(--_accent);
      font-variant-numeric: tabular-nums;
    }

    .contents-number:lang(zh) {
      min-width: 0;
    }

    /* Two columns, I–III and IV–VI, by grid (multi-column layout would
       balance its columns in extra layout passes). */
    @container (min-width: 40rem) {
      [part='contents'] ol {
        grid: repeat(3, auto) / auto-flow 1fr;
      }

      .row {
        grid-auto-flow: column;
        grid-auto-columns: minmax(0, 1fr);
      }
    }

    .clause-actions {
      display: flex;
      gap: 2px;
    }

    [part='preamble'] {
      margin: 0 0 calc(var(--_space) * 1.75);
      font-size: 1.0625em;
    }

    [part='clauses'] {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }

    [part='clause'] {
      scroll-margin-top: var(--qingdao-scroll-margin, 1rem);
    }

    /* The copy actions beside the clause's title; the rest below. */
    [part='clause-text'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 0.5em;
      align-content: start;
    }

    [part='clause-text'] > * {
      grid-column: 1 / -1;
    }

    [part='clause-text'] > [part='clause-title'] {
      grid-column: 1;
    }

    [part='clause-text'] > .clause-actions {
      grid-area: 1 / 2;
      align-self: start;
    }

    [part='clause-title'] {
      display: flex;
      gap: 0.5em;
      align-items: baseline;
      margin: 0 0 0.4em;
      font-size: 1.125em;
      font-weight: 700;
      line-height: 1.45;
      color: var(--_text);
    }

    [part='clause-number'] {
      flex: none;
      min-width: 2.2em;
      color: var(--_accent);
      font-variant-numeric: tabular-nums;
    }

    /* Shrinks with a narrow column, so its long words wrap inside it. */
    [part='clause-heading'] {
      min-width: 0;
    }

    [part='clause-title']:lang(zh) {
      gap: 0;
    }

    [part='clause-number']:lang(zh) {
      min-width: 0;
    }

    .clause-body {
      margin: 0;
      padding-inline-start: 2.7em;
    }

    .clause-body:lang(zh) {
      padding-inline-start: 0;
      text-indent: 2em;
    }

    .break-mark {
      color: var(--_muted);
    }

    .note {
      margin: 0.75em 0 0 2.7em;
      padding: 0.6em 0.9em;
      border-inline-start: 3px solid var(--_accent);
      background: var(--_subtle);
      font-family: var(--_font-ui);
      font-size: 0.875em;
      line-height: 1.55;
      color: var(--_text);
    }

    @media print {
      [part='document'] {
        max-width: none;
        padding: 0;
      }

      .clause-actions,
      .tools,
      [part='columns'] {
        display: none;
      }

      /* Side by side on paper too, whatever the screen's layout. */
      .parallel .row {
        grid-auto-flow: column;
        grid-auto-columns: minmax(0, 1fr);
      }

      [part='clause-title'] {
        break-after: avoid;
      }

      [part='clause'] {
        break-inside: avoid;
      }
    }

    @container (max-width: 32rem) {
      [part='document'] {
        padding: var(--_space) calc(var(--_space) * 0.75);
      }
      /* The heading takes the whole width; the copy actions go on a line
         of their own under it. */
      [part='clause-text'] {
        display: block;
        min-width: 0;
      }
      .clause-actions {
        justify-content: end;
      }
      .clause-body,
      .note {
        padding-inline-start: 0;
        margin-inline-start: 0;
      }
      [part='title'] {
        font-size: 1.45em;
      }
    }
  `,
];
