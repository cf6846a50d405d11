import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FallbackLayoutController } from '../internal/fallback-layout.js';
import { flag } from '../internal/property-values.js';
import { QingdaoLanguageSelectEvent } from '../language/events.js';
import { PageLanguageController } from '../language/page-language-controller.js';
import type { Language } from '../language/tags.js';
import { languageButtons } from './language-buttons.js';
import { QingdaoElement } from './qingdao-element.js';

/**
 * What the whole document and the single clause share: the language shown
 * (see {@link PageLanguageController}), the switch inside them, and the
 * fallback they replace.
 */
export abstract class OfficialTextElement extends QingdaoElement {
  /**
   * Takes no part in the page-wide language choice: neither follows nor
   * sends it. Default `false`.
   */
  @property({ type: Boolean, reflect: true })
  get independent(): boolean {
    return this.isIndependent;
  }
  set independent(value: boolean | string | null | undefined) {
    this.isIndependent = flag(value);
  }

  /**
   * The language shown: `zh-Hans`, `en` or `ru`. Setting it (any BCP 47
   * tag) sets the `lang` attribute, the author's default; `null` or
   * `undefined` removes it. A visitor's choice on the page still ranks above.
   */
  @property({ attribute: false })
  get language(): Language {
    return this.pageLanguage.resolve();
  }
  set language(tag: string | null | undefined) {
    if (tag === null || tag === undefined) this.removeAttribute('lang');
    else this.setAttribute('lang', String(tag).trim());
  }

  private isIndependent = false;

  protected readonly pageLanguage = new PageLanguageController(this, {
    followsPage: () => !this.independent,
    remembers: () => this.remember !== 'off',
  });

  private readonly fallbackLayout = new FallbackLayoutController(
    this,
    () => this.renderRoot?.firstElementChild as HTMLElement | null,
    () => this.renderRoot?.querySelector('[part~="quote"]'),
  );

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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pageLanguage.languageChanged) this.fallbackLayout.release();
  }

  /** The switch inside the widget. */
  protected renderSwitch(compact = false) {
    return languageButtons({
      current: this.pageLanguage.shown,
      parts: 'widget',
      compact,
      onSelect: (language) => this.handleLanguageSelect(language),
    });
  }

  /** A reader pressed `language` in this widget's switch. */
  private handleLanguageSelect(language: Language): void {
    if (this.dispatchEvent(new QingdaoLanguageSelectEvent({ language }))) {
      this.pageLanguage.choose(language);
    }
  }
}
