import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * What every element's shadow root starts with: the tokens, a host that is
 * a block, and a reset that keeps the host page's type out.
 */
const reset = css`
  :host {
    display: block;
    box-sizing: border-box;
    -webkit-text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * The widget's own type is set on the top elements of its shadow root, not
   * on :host: a page rule like "* { color: red !important }" outranks :host
   * and would flow in by inheritance. "all: initial" cuts every inherited
   * property (custom properties excepted) before the widget sets its own.
   */
  :host > * {
    all: initial;
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: var(--_leading);
    text-align: start;
    overflow-wrap: break-word;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Chinese as its typesetting expects: no line starts with closing
     punctuation, and two punctuation marks side by side take no double gap. */
  [lang='zh-Hans'] {
    font-family: var(--_font-zh);
    line-break: strict;
    word-break: normal;
    text-spacing-trim: space-first;
  }

  /* A comfortable measure whatever the widget's width: 60–75 Latin or
     Cyrillic characters a line (36em; "ch" would follow the digits' width,
     which varies by font), 38 Chinese ones ("ic": one ideograph). While a
     widget keeps its fallback's layout, never narrower than its lines were. */
  p {
    max-inline-size: max(
      var(--qingdao-measure, 36em),
      var(--_kept-measure, 0px)
    );
  }

  p[lang='zh-Hans'],
  [lang='zh-Hans'] p {
    max-inline-size: max(
      var(--qingdao-measure, 38ic),
      var(--_kept-measure, 0px)
    );
  }

  h1,
  h2,
  h3,
  [part~='clause-title'] {
    text-wrap: balance;
  }

  [lang='ru'],
  [lang='en'] {
    hyphens: auto;
  }
`;

export const hostStyles = [tokenStyles, reset];

/** The short, quiet message shown instead of the text, or under it, when a value is wrong. */
export const messageStyles = css`
  .message {
    margin: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-family: var(--_font-ui);
    font-size: 0.875em;
    line-height: 1.5;
  }
`;
