import { css, html, type PropertyDeclarations } from 'lit';
import { attributeText, flag } from '../internal/property-values.js';
import { QingdaoLanguageSelectEvent } from '../language/events.js';
import { PageLanguageController } from '../language/page-language-controller.js';
import { toLanguage, type Language } from '../language/tags.js';
import { hostStyles, messageStyles } from '../styles/host.js';
import { languageButtons } from './language-buttons.js';
import { languageButtonStyles } from './language-buttons.styles.js';
import { QingdaoElement } from './qingdao-element.js';

/**
 * Lets the reader choose the language, each named in itself: 中文, English,
 * Русский. On its own (in a site header, say) it sets the language of every
 * widget on the page.
 *
 * @tagname qingdao-language-switch
 * @summary The reader's language choice for the Qingdao Initiative.
 *
 * @csspart group - The toolbar of buttons.
 * @csspart button - Each language's button.
 * @csspart current - The button of the language shown (with `button`).
 * @csspart message - A note beside the switch on an attribute value it does not offer.
 *
 * @fires qingdao-language-select - The reader pressed a language other than the current one;
 *   `detail.language`. Cancelable: cancel it to handle the choice yourself.
 * @fires qingdao-language-change - The language marked as current changed while `value` is unset;
 *   `detail.language`, `detail.previous`.
 */
export class QingdaoLanguageSwitch extends QingdaoElement {
  static override properties: PropertyDeclarations = {
    value: { reflect: true },
    compact: { type: Boolean, reflect: true },
  };

  static override styles = [
    hostStyles,
    messageStyles,
    languageButtonStyles,
    css`
      :host {
        display: inline-block;
      }
    `,
  ];

  /**
   * The language marked as current (`zh-Hans`, `en`, `ru`, or any BCP 47
   * tag for them). Unset (`null`, `undefined`): the visitor's choice on the
   * page, else the page's language.
   */
  get value(): string | undefined {
    return this.#valueText;
  }
  set value(value: string | null | undefined) {
    this.#valueText = attributeText(value) ?? undefined;
  }

  /** Smaller buttons. Default `false`. */
  get compact(): boolean {
    return this.#isCompact;
  }
  set compact(value: boolean | string | null | undefined) {
    this.#isCompact = flag(value);
  }

  /** The language marked as current. */
  get current(): Language {
    return this.#pageLanguage.resolve();
  }

  #valueText?: string;
  #isCompact = false;

  readonly #pageLanguage = new PageLanguageController(this, {
    preset: () => toLanguage(this.value),
    followsPage: () => true,
    remembers: () => this.remember !== 'off',
    announces: () => this.value === undefined,
  });

  override render() {
    return html`${languageButtons({
      current: this.#pageLanguage.shown,
      parts: 'switch',
      compact: this.compact,
      onSelect: (language) => this.#select(language),
    })}${this.renderValueNotes()}`;
  }

  #select(language: Language): void {
    if (this.dispatchEvent(new QingdaoLanguageSelectEvent({ language }))) {
      this.#pageLanguage.choose(language);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qingdao-language-switch': QingdaoLanguageSwitch;
  }
}
