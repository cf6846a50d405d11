import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../internal/warn-once.js';
import { QingdaoLanguageChangeEvent } from './events.js';
import { onLangChange, resolveLanguage } from './lang-attribute.js';
import { followRememberedChoice } from './localization.js';
import {
  choosePageLanguage,
  onPageChoiceChange,
  pageChoice,
} from './page-choice.js';
import {
  ACCEPTED_LANGUAGES,
  DEFAULT_LANGUAGE,
  toLanguage,
  type Language,
} from './tags.js';

export interface PageLanguageOptions {
  /** A language that ranks above all others (the switch's `value`). */
  preset?: () => Language | undefined;
  /** Whether the host follows and sends the page-wide choice (not `independent`). */
  followsPage: () => boolean;
  /** Whether the host may read and write the remembered choice (`remember`). */
  remembers: () => boolean;
  /** Whether the host fires `qingdao-language-change` (default: always). */
  announces?: () => boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Which language an element shows, in this order: its preset, the visitor's
 * choice on this page (or, for an element that does not follow the page,
 * the reader's choice in it), the element's `lang`, the nearest ancestor's
 * `lang` across shadow roots, the browser's preferred languages, English.
 *
 * It keeps the element in step with all of them: the page-wide choice (from
 * any widget, any copy of the module), a `lang` added, changed or removed
 * anywhere around it, the element moved under another ancestor; and it
 * fires `qingdao-language-change` after a render that changed the language.
 */
export class PageLanguageController implements ReactiveController {
  /** The language of the render under way, settled before it starts. */
  shown: Language = DEFAULT_LANGUAGE;

  /** Whether the last render changed the language (not the first render). */
  languageChanged = false;

  #rendered?: Language;
  /** The reader's choice in an element that does not follow the page. */
  #ownChoice?: Language;
  #unsubscribe: (() => void)[] = [];

  readonly #host: Host;
  readonly #options: PageLanguageOptions;

  constructor(host: Host, options: PageLanguageOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The language to show now. */
  resolve(): Language {
    const { preset, followsPage, remembers } = this.#options;
    const chosen = followsPage() ? pageChoice(remembers()) : this.#ownChoice;
    return preset?.() ?? chosen ?? resolveLanguage(this.#host);
  }

  /** The reader picked `language` in this element. */
  choose(language: Language): void {
    if (this.#options.followsPage()) {
      choosePageLanguage(language, this.#options.remembers());
    } else {
      this.#ownChoice = language;
      this.#host.requestUpdate();
    }
  }

  /** The author set a new `lang`: it ranks above the reader's choice in this element. */
  forgetOwnChoice(): void {
    this.#ownChoice = undefined;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    const check = () => {
      if (this.resolve() !== this.#rendered) this.#host.requestUpdate();
    };
    this.#unsubscribe = [
      onPageChoiceChange(check),
      onLangChange(check, this.#host),
    ];
    if (this.#options.followsPage() && this.#options.remembers()) {
      followRememberedChoice();
    }
    // Moved under another ancestor, or reconnected after a change.
    if (this.#rendered) check();
  }

  hostDisconnected(): void {
    for (const stop of this.#unsubscribe) stop();
    this.#unsubscribe = [];
  }

  hostUpdate(): void {
    this.shown = this.resolve();
    const tag = this.#host.getAttribute('lang');
    if (tag && !toLanguage(tag)) {
      const name = this.#host.localName;
      warnOnce(
        `${name} lang=${tag}`,
        `<${name}>: lang="${tag}" is not a language of the Qingdao Initiative; ` +
          `showing ${this.shown}. Accepted: ${ACCEPTED_LANGUAGES}.`,
      );
    }
  }

  hostUpdated(): void {
    const language = this.shown;
    const previous = this.#rendered;
    this.#rendered = language;
    this.languageChanged = previous !== undefined && previous !== language;
    if (
      previous !== undefined &&
      this.languageChanged &&
      this.#options.announces?.() !== false
    ) {
      this.#host.dispatchEvent(
        new QingdaoLanguageChangeEvent({ language, previous }),
      );
    }
  }
}
