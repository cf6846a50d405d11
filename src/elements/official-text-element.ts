import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { FallbackLayoutController } from '../internal/fallback-layout.js';
import { isNearView, whenNearView } from '../internal/near-view.js';
import { flag } from '../internal/property-values.js';
import { QingdaoLanguageSelectEvent } from '../language/events.js';
import { resolveLanguage } from '../language/lang-attribute.js';
import { PageLanguageController } from '../language/page-language-controller.js';
import type { Language } from '../language/tags.js';
import { quotePassage } from './clause-links.js';
import { languageButtons } from './language-buttons.js';
import { QingdaoElement } from './qingdao-element.js';

/**
 * What the whole document and the single clause share: the language shown
 * (see {@link PageLanguageController}), the switch inside them, and the
 * fallback they replace.
 */
export abstract class OfficialTextElement extends QingdaoElement {
  static override properties: PropertyDeclarations = {
    independent: { type: Boolean, reflect: true },
    language: { attribute: false },
    nearView: { state: true },
  };

  /**
   * Takes no part in the page-wide language choice: neither follows nor
   * sends it. Default `false`.
   */
  get independent(): boolean {
    return this.#isIndependent;
  }
  set independent(value: boolean | string | null | undefined) {
    this.#isIndependent = flag(value);
  }

  /**
   * The language shown: `zh-Hans`, `en` or `ru`. Setting it (any BCP 47
   * tag) sets the `lang` attribute, the author's default; `null` or
   * `undefined` removes it. A visitor's choice on the page still ranks above.
   */
  get language(): Language {
    return this.pageLanguage.resolve();
  }
  set language(tag: string | null | undefined) {
    if (tag === null || tag === undefined) this.removeAttribute('lang');
    else this.setAttribute('lang', String(tag).trim());
  }

  #isIndependent = false;

  /**
   * Whether the widget is within a screen of the reader's view. Only then
   * does it do the work a reader needs close up: a widget further down the
   * page keeps showing its fallback (the same text, as cheap as static
   * HTML), and a clause without one renders its controls only then, into a
   * box of their size kept from the start.
   *
   * @internal
   */
  protected nearView = false;
  #stopWatching?: () => void;

  protected readonly pageLanguage = new PageLanguageController(this, {
    followsPage: () => !this.independent,
    remembers: () => this.remember !== 'off',
  });

  readonly #fallbackLayout = new FallbackLayoutController(
    this,
    () => this.renderRoot?.firstElementChild as HTMLElement | null,
    () => this.renderRoot?.querySelector<HTMLElement>('[part~="quote"]'),
  );

  constructor() {
    super();
    // On the host, which every copy from the shadow root reaches: a
    // passage of the official text gets its reference (quotePassage).
    this.addEventListener('copy', quotePassage);
  }

  override connectedCallback(): void {
    // Before the shadow root hides the fallback: see isNearView.
    if (!this.hasUpdated && !this.nearView) {
      if (isNearView(this)) this.nearView = true;
      else this.#stopWatching = whenNearView(this, () => this.#comeNear());
    }
    super.connectedCallback();
    window.addEventListener('hashchange', this.#handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    window.removeEventListener('hashchange', this.#handleHashChange);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // A page opened at #clause-3 scrolls there, without taking focus.
    void this.goToClause(false);
  }

  /** Whether `#clause-N` (`number`: N) leads into this widget. */
  protected leadsTo(_number: string): boolean {
    return true;
  }

  /**
   * Deep links: the page's own `#clause-3` cannot reach an id inside a
   * shadow root, so the widget scrolls to the clause itself, and on a link
   * followed in the page (not on load) moves focus there, as a link to an
   * anchor does.
   */
  #handleHashChange = (): void => void this.goToClause(true);

  protected async goToClause(focus: boolean): Promise<void> {
    const number = /^#clause-([1-6])$/.exec(location.hash)?.[1];
    if (!number || !this.leadsTo(number)) return;
    // Its text before the scroll, not its fallback: the view stays put.
    if (!this.nearView) {
      this.#comeNear();
      await this.updateComplete;
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>(
      '#clause-' + number,
    );
    if (!anchor) return;
    // A page's smooth scrolling, but not for a reader who asked for less motion.
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    anchor.scrollIntoView(still ? { behavior: 'instant' } : {});
    if (focus) anchor.focus({ preventScroll: true });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.pageLanguage.forgetOwnChoice();
  }

  override render() {
    const fallback = this.#showsFallback();
    if (
      !this.nearView &&
      (fallback || !this.hasUpdated) &&
      this.childElementCount > 0 &&
      // The fallback is in the author's language: another one is shown at once.
      this.pageLanguage.shown === resolveLanguage(this)
    ) {
      return html`<slot></slot>`;
    }
    return this.renderText();
  }

  /** The widget's own rendering of the text. */
  protected abstract renderText(): unknown;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pageLanguage.languageChanged) this.#fallbackLayout.release();
  }

  /** Whether the widget shows its fallback still (a slot, not its text). */
  #showsFallback(): boolean {
    return this.renderRoot?.firstElementChild?.localName === 'slot';
  }

  /** Within a screen of the view now: the text, with its controls. */
  #comeNear(): void {
    // Keeps the layout as an upgrade does: from the fallback as it shows now.
    if (this.#showsFallback()) this.#fallbackLayout.measureAgain();
    this.nearView = true;
  }

  /** The switch inside the widget. */
  protected renderSwitch(compact = false) {
    return languageButtons({
      current: this.pageLanguage.shown,
      parts: 'widget',
      compact,
      onSelect: (language) => this.#handleLanguageSelect(language),
    });
  }

  /** A reader pressed `language` in this widget's switch. */
  #handleLanguageSelect(language: Language): void {
    if (this.dispatchEvent(new QingdaoLanguageSelectEvent({ language }))) {
      this.pageLanguage.choose(language);
    }
  }
}
