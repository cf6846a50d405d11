import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  LANGUAGES,
  resolveLanguage,
  toLanguage,
  type Language,
} from './language.js';
import { REMEMBER_VALUES, THEMES } from './attribute-values.js';
import {
  keepFallbackLayout,
  measureFallback,
  releaseFallbackLayout,
  type FallbackLayout,
} from './layout-stability.js';
import { followRememberedChoice, getLocale } from './localization.js';
import {
  choosePageLanguage,
  onPageLanguageChange,
  pageChoice,
} from './page-language.js';
import { warnOnce } from './warnings.js';

export interface LanguageChangeDetail {
  language: Language;
  previous: Language;
}

/** Fired by a widget whose language changed, whatever changed it. */
export class QingdaoLanguageChangeEvent extends CustomEvent<LanguageChangeDetail> {
  constructor(detail: LanguageChangeDetail) {
    super('qingdao-language-change', { bubbles: true, composed: true, detail });
  }
}

/** Re-resolves every connected widget when any `lang` in the document changes. */
const connected = new Set<QingdaoTextElement>();
const langObserver = new MutationObserver(() => {
  for (const element of connected) element.requestUpdate();
});

/**
 * What the whole document and the single clause share: which language to
 * show, in this order: the visitor's choice on this page (unless
 * `independent`), the element's `lang`, the nearest ancestor's `lang`, the
 * browser's preferred languages, English.
 */
export abstract class QingdaoTextElement extends LitElement {
  /** Takes no part in the page-wide language choice: neither follows nor sends it. */
  @property({ type: Boolean, reflect: true }) independent = false;

  /**
   * `on` (default): the visitor's choice is remembered on this site across
   * visits. `off`: it is neither read from nor written to storage.
   */
  @property() remember = 'on';

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme = 'light';

  /** The language an `independent` widget's reader chose in it. */
  private ownChoice?: Language;

  /** The language of the render under way, settled before it starts. */
  protected shown: Language = 'en';

  /** The language rendered last, to tell whether it changed. */
  private renderedLanguage?: Language;

  private unsubscribe?: () => void;

  /** The layout of the fallback this widget replaces, to keep it. */
  private fallbackLayout?: FallbackLayout;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The language shown: `zh-Hans`, `en` or `ru`. Setting it (any BCP 47 tag)
   * sets the `lang` attribute, the author's default; a visitor's choice on
   * the page still ranks above it.
   */
  get language(): Language {
    const chosen = this.independent
      ? this.ownChoice
      : pageChoice(this.remembers);
    return chosen ?? resolveLanguage(this);
  }

  set language(tag: string) {
    this.setAttribute('lang', tag);
  }

  protected get remembers(): boolean {
    return this.remember !== 'off';
  }

  /** Notes on attribute values the widget does not offer, shown under it. */
  protected valueNotes(): unknown {
    return [
      REMEMBER_VALUES.includes(this.remember)
        ? nothing
        : this.unknownValueNote('remember', this.remember, REMEMBER_VALUES),
      THEMES.includes(this.theme)
        ? nothing
        : this.unknownValueNote('theme', this.theme, THEMES),
    ];
  }

  /**
   * `attribute` has a value not in `accepted`: the first accepted value
   * applies, one console warning says what is accepted, and a quiet note in
   * the widget says so too (the page itself keeps working).
   */
  protected unknownValueNote(
    attribute: string,
    value: string,
    accepted: readonly string[],
  ) {
    const fallback = accepted[0]!;
    const list = accepted.join(', ');
    warnOnce(
      `${this.localName} ${attribute}=${value}`,
      `<${this.localName}> has ${attribute}="${value}", which is not offered; ` +
        `using "${fallback}". Accepted values: ${list}.`,
    );
    return html`<p part="message" class="message" lang=${getLocale()}>
      ${msg(
        str`Unknown ${attribute}="${value}": showing "${fallback}". Accepted: ${list}.`,
        { id: 'value-unknown' },
      )}
    </p>`;
  }

  override connectedCallback(): void {
    if (!this.hasUpdated) this.fallbackLayout = measureFallback(this);
    super.connectedCallback();
    connected.add(this);
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    this.unsubscribe = onPageLanguageChange(() => this.requestUpdate());
    if (!this.independent && this.remembers) followRememberedChoice();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.unsubscribe?.();
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') {
      this.ownChoice = undefined;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.shown = this.language;
    const tag = this.getAttribute('lang');
    if (tag && !toLanguage(tag)) {
      warnOnce(
        `${this.localName} lang=${tag}`,
        `<${this.localName}>: lang="${tag}" is not a language of the Qingdao Initiative; ` +
          `showing ${this.shown}. Accepted: ${LANGUAGES.join(', ')} and their BCP 47 forms ` +
          `(zh, zh-CN, zh-TW, en-GB, ru-RU…); be, kk, ky, tg, tk, uz, az, hy read Russian.`,
      );
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const layout = this.fallbackLayout;
    this.fallbackLayout = undefined;
    if (layout) void this.keepLayoutOnceSized(layout);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const language = this.shown;
    const previous = this.renderedLanguage;
    this.renderedLanguage = language;
    if (previous && previous !== language) {
      releaseFallbackLayout(this);
      this.dispatchEvent(
        new QingdaoLanguageChangeEvent({ language, previous }),
      );
    }
  }

  /** Once the switches inside have their size too (still before paint). */
  private async keepLayoutOnceSized(layout: FallbackLayout): Promise<void> {
    const inner = this.renderRoot.querySelectorAll('qingdao-language-switch');
    await Promise.all([...inner].map((element) => element.updateComplete));
    keepFallbackLayout(this, layout);
  }

  /** A reader picked `language` in this widget's switch. */
  protected handleLanguageSelect(
    event: CustomEvent<{ language: Language }>,
  ): void {
    event.preventDefault();
    const { language } = event.detail;
    if (this.independent) {
      this.ownChoice = language;
      this.requestUpdate();
    } else {
      choosePageLanguage(language, this.remembers);
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qingdao-language-change': QingdaoLanguageChangeEvent;
  }
}
