import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, type PropertyDeclarations } from 'lit';
import {
  keyword,
  REMEMBER_VALUES,
  THEMES,
} from '../internal/property-values.js';
import { unknownValueNote } from './value-notes.js';

/**
 * What all three elements share: a theme, whether the visitor's choice is
 * remembered, and the tokens their styles read.
 *
 * @cssprop [--qingdao-color-text=#1f2328] - Text colour (dark theme: `#e6edf3`).
 * @cssprop [--qingdao-color-muted=#57606a] - Secondary text: release line, citation, notes (dark: `#9ea7b3`).
 * @cssprop [--qingdao-color-accent=#0b5394] - Accent: clause numbers, rules, the current language (dark: `#79b8ff`).
 * @cssprop [--qingdao-color-accent-contrast=#ffffff] - Text on the accent colour (dark: `#0d1117`).
 * @cssprop [--qingdao-color-surface=#f6f8fa] - Background, a tint that sets the text apart on a white page (dark: `#161b22`).
 * @cssprop [--qingdao-color-subtle=#eaeef2] - Quiet background: hover, notes, context (dark: `#21262d`).
 * @cssprop [--qingdao-color-border=#d0d7de] - Rules and borders (dark: `#3d444d`).
 * @cssprop [--qingdao-color-focus=#0969da] - Focus ring (dark: `#58a6ff`).
 * @cssprop [--qingdao-font-family='Noto Serif', Georgia, serif] - Font of English and Russian text.
 * @cssprop [--qingdao-font-family-zh='Noto Serif CJK SC', 'Songti SC', serif] - Font of Chinese text.
 * @cssprop [--qingdao-font-family-ui=system-ui, sans-serif] - Font of controls, captions and notes.
 * @cssprop [--qingdao-font-size=1em] - Base font size of the text; by default the page's own size where the element stands.
 * @cssprop [--qingdao-line-height=1.6] - Line height of the text.
 * @cssprop [--qingdao-measure=36em] - Widest line of text; Chinese: `38ic` (about 38 characters) unless set.
 * @cssprop [--qingdao-radius=6px] - Corner radius.
 * @cssprop [--qingdao-space=1rem] - Base spacing unit.
 * @cssprop [--qingdao-switch-accent=var(--qingdao-color-accent)] - Background of the switch's current language.
 * @cssprop [--qingdao-switch-radius=var(--qingdao-radius)] - Corner radius of the switch's buttons.
 */
export abstract class QingdaoElement extends LitElement {
  static override properties: PropertyDeclarations = {
    remember: {},
    theme: { reflect: true },
  };

  /**
   * `on` (default): the visitor's choice is remembered on this site across
   * visits. `off`: it is neither read from nor written to storage.
   * `null`, `undefined` or removing the attribute: `on`.
   */
  get remember(): string {
    return this.#rememberValue;
  }
  set remember(value: string | null | undefined) {
    this.#rememberValue = keyword(value, REMEMBER_VALUES);
  }

  /**
   * `light` (default), `dark`, or `auto` to follow the reader's system
   * setting. `null`, `undefined` or removing the attribute: `light`.
   */
  get theme(): string {
    return this.#themeValue;
  }
  set theme(value: string | null | undefined) {
    this.#themeValue = keyword(value, THEMES);
  }

  #rememberValue = 'on';
  #themeValue = 'light';

  constructor() {
    super();
    // The UI words (msg) follow the page's locale.
    updateWhenLocaleChanges(this);
  }

  /** Notes on attribute values the element does not offer. */
  protected renderValueNotes(): unknown {
    return [
      unknownValueNote(this, 'remember', this.remember, REMEMBER_VALUES),
      unknownValueNote(this, 'theme', this.theme, THEMES),
    ];
  }
}
