import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  LANGUAGES,
  resolveLanguage,
  toLanguage,
  type Language,
} from './language.js';
import { followPageLanguage } from './localization.js';
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
   * `off`: the visitor's choice is neither read from nor written to this
   * site's storage. Any other value remembers it across visits.
   */
  @property() remember = 'on';

  /** The language an `independent` widget's reader chose in it. */
  private ownChoice?: Language;

  /** The language of the render under way, settled before it starts. */
  protected shown: Language = 'en';

  /** The language rendered last, to tell whether it changed. */
  private renderedLanguage?: Language;

  private unsubscribe?: () => void;

  /** Where the content after the widget stood while it showed its fallback. */
  private followerTopBeforeUpgrade?: number;

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

  override connectedCallback(): void {
    if (!this.hasUpdated && this.childElementCount > 0) {
      const top = this.nextElementSibling?.getBoundingClientRect().top;
      // Below the viewport, moving the content that follows shifts nothing
      // the reader sees: only keep space for a follower at or above the fold.
      if (top !== undefined && top < window.innerHeight) {
        this.followerTopBeforeUpgrade = top;
      }
    }
    super.connectedCallback();
    connected.add(this);
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    this.unsubscribe = onPageLanguageChange(() => this.requestUpdate());
    if (!this.independent && this.remembers) followPageLanguage();
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
    if (this.followerTopBeforeUpgrade !== undefined) {
      void this.keepFollowerInPlace(this.followerTopBeforeUpgrade);
      this.followerTopBeforeUpgrade = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const language = this.shown;
    const previous = this.renderedLanguage;
    this.renderedLanguage = language;
    if (previous && previous !== language) {
      // The text changed language: the space kept for the fallback may go.
      this.style.removeProperty('min-height');
      this.dispatchEvent(
        new QingdaoLanguageChangeEvent({ language, previous }),
      );
    }
  }

  /**
   * No layout shift on upgrade: where the rendered widget is shorter than the
   * fallback it replaced, keep the fallback's height so the article text
   * below stays put. Runs in microtasks, before the browser paints.
   */
  private async keepFollowerInPlace(followerTop: number): Promise<void> {
    const inner = this.renderRoot.querySelectorAll('qingdao-language-switch');
    await Promise.all([...inner].map((element) => element.updateComplete));
    const follower = this.nextElementSibling;
    if (!follower) return;
    const gap = followerTop - follower.getBoundingClientRect().top;
    if (gap > 0.5) {
      // CSSOM, not a style attribute: allowed under a strict style-src.
      this.style.minHeight = `${this.getBoundingClientRect().height + gap}px`;
    }
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
