import { localized, msg } from '@lit/localize';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from './define.js';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  resolveLanguage,
  toLanguage,
  type Language,
} from './language.js';
import { followRememberedChoice, getLocale } from './localization.js';
import {
  choosePageLanguage,
  onPageLanguageChange,
  pageChoice,
} from './page-language.js';
import { QingdaoLanguageChangeEvent } from './text-element.js';
import { styles } from './qingdao-language-switch.styles.js';

export interface LanguageSelectDetail {
  language: Language;
}

/**
 * Lets the reader choose the language, each named in itself: 中文, English,
 * Русский. On its own (in a site header, say) it sets the language of every
 * widget on the page; inside a widget, the widget decides.
 *
 * @summary The reader's language choice for the Qingdao Initiative.
 *
 * @csspart group - The row of buttons.
 * @csspart button - Each language's button.
 * @csspart current - The button of the language shown (with `button`).
 *
 * @cssprop --qingdao-switch-accent - Colour of the current language; defaults to `--qingdao-color-accent`.
 * @cssprop --qingdao-switch-radius - Corner radius of the buttons; defaults to `--qingdao-radius`.
 *
 * @fires qingdao-language-select - The reader pressed a language other than the current one;
 *   `detail.language`. Cancelable: a widget that handles the choice cancels it.
 * @fires qingdao-language-change - (On its own only) the language shown changed;
 *   `detail.language`, `detail.previous`.
 */
@customElement('qingdao-language-switch')
@localized()
export class QingdaoLanguageSwitch extends LitElement {
  static override styles = styles;

  /**
   * The language marked as current (`zh-Hans`, `en`, `ru`). Unset on its
   * own: the visitor's choice on the page, else the page's language.
   */
  @property({ reflect: true }) value?: string;

  /** Smaller buttons, for a clause inside an article. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** `off`: on its own, neither reads nor writes the remembered choice. */
  @property() remember = 'on';

  /**
   * `light` (default), `dark` or `auto`. Inside a widget the switch takes
   * the widget's theme.
   */
  @property({ reflect: true }) theme = 'light';

  private shownBefore?: Language;
  private unsubscribe?: () => void;

  /** The language marked as current. */
  get current(): Language {
    return (
      toLanguage(this.value) ??
      pageChoice(this.remember !== 'off') ??
      resolveLanguage(this)
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onPageLanguageChange(() => this.requestUpdate());
    // On its own, it is the widget that follows the remembered choice.
    if (this.value === undefined && this.remember !== 'off') {
      followRememberedChoice();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  override render() {
    const current = this.current;
    return html`
      <div
        part="group"
        role="group"
        aria-label=${msg('Language of the text', { id: 'switch-label' })}
        lang=${getLocale()}
      >
        ${LANGUAGES.map(
          (language) => html`
            <button
              type="button"
              part=${language === current ? 'button current' : 'button'}
              lang=${language}
              aria-pressed=${language === current ? 'true' : 'false'}
              @click=${() => this.select(language)}
              @keydown=${this.handleKeydown}
            >
              ${LANGUAGE_NAMES[language]}
            </button>
          `,
        )}
      </div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const shown = this.current;
    const previous = this.shownBefore;
    this.shownBefore = shown;
    if (this.value === undefined && previous && previous !== shown) {
      this.dispatchEvent(
        new QingdaoLanguageChangeEvent({ language: shown, previous }),
      );
    }
  }

  private select(language: Language): void {
    if (language === this.current) return;
    const proceed = this.dispatchEvent(
      new CustomEvent<LanguageSelectDetail>('qingdao-language-select', {
        bubbles: true,
        cancelable: true,
        detail: { language },
      }),
    );
    if (proceed) choosePageLanguage(language, this.remember !== 'off');
  }

  /** Arrow keys, Home and End move between the buttons, as in a toolbar. */
  private handleKeydown(event: KeyboardEvent): void {
    const buttons = [
      ...this.renderRoot.querySelectorAll<HTMLButtonElement>('button'),
    ];
    const index = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    const last = buttons.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowDown: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    buttons[target]?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qingdao-language-switch': QingdaoLanguageSwitch;
  }
  interface GlobalEventHandlersEventMap {
    'qingdao-language-select': CustomEvent<LanguageSelectDetail>;
  }
}
