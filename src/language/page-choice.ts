/**
 * The visitor's language choice for the whole page.
 *
 * A choice made in one widget moves every widget on the page, including
 * those of another copy of this module (a partner page may load two
 * versions). The copies share no globals: they talk through window events,
 * and a copy that loads late asks the others what was chosen.
 */
import { documentLanguage } from './lang-attribute.js';
import { toLanguage, type Language } from './tags.js';

const STORAGE_KEY = 'qingdao-initiative:language';
const CHOICE_EVENT = 'qingdao-page-language';
const QUERY_EVENT = 'qingdao-page-language-query';

interface ChoiceDetail {
  language: Language;
}

interface QueryDetail {
  language?: Language;
}

type Listener = () => void;

const listeners = new Set<Listener>();
let sessionChoice: Language | undefined;
/** `null`: storage not read yet; only a widget that may remember reads it. */
let storedChoice: Language | undefined | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener(QUERY_EVENT, (event) => {
  const detail = (event as CustomEvent<QueryDetail>).detail;
  detail.language ??= sessionChoice;
});

window.addEventListener(CHOICE_EVENT, (event) => {
  const language = toLanguage(
    (event as CustomEvent<ChoiceDetail>).detail?.language,
  );
  if (!language || language === sessionChoice) return;
  sessionChoice = language;
  notify();
});

const query = new CustomEvent<QueryDetail>(QUERY_EVENT, { detail: {} });
window.dispatchEvent(query);
sessionChoice = toLanguage(query.detail.language);

/** The choice remembered from an earlier visit (read from storage once). */
export function rememberedChoice(): Language | undefined {
  if (storedChoice === null) {
    try {
      storedChoice = toLanguage(localStorage.getItem(STORAGE_KEY));
    } catch {
      // Storage can be blocked (privacy settings, sandboxed frames): forget quietly.
      storedChoice = undefined;
    }
  }
  return storedChoice;
}

/**
 * The language the visitor chose: in this page view, else (for a widget
 * allowed to remember) on an earlier visit to this site.
 */
export function pageChoice(remember: boolean): Language | undefined {
  return sessionChoice ?? (remember ? rememberedChoice() : undefined);
}

/** Moves every widget on the page (in every copy of the module) to `language`. */
export function choosePageLanguage(
  language: Language,
  remember: boolean,
): void {
  if (remember) {
    storedChoice = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not remembered across visits; the page still switches.
    }
  }
  window.dispatchEvent(
    new CustomEvent<ChoiceDetail>(CHOICE_EVENT, { detail: { language } }),
  );
}

/** The language for the widgets' own UI words: one per page. */
export function uiLanguage(): Language {
  return sessionChoice ?? storedChoice ?? documentLanguage();
}

/** Calls `listener` whenever the page choice changes; returns the unsubscriber. */
export function onPageChoiceChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets this page view's choice; for tests only. */
export function resetPageChoiceForTests(): void {
  sessionChoice = undefined;
  storedChoice = null;
  notify();
}
