import { LANGUAGES, type Language } from './content/types.js';

export { LANGUAGES, type Language };

/** Each language by its own name, as the switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  'zh-Hans': '中文',
  en: 'English',
  ru: 'Русский',
};

export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * What stands between a clause's number and its heading, as published:
 * Chinese sets them solid (`一、携手…`), English and Russian put a space.
 */
export const labelSeparator = (language: Language): string =>
  language === 'zh-Hans' ? '' : ' ';

/**
 * Languages of the SCO region whose readers are better served by the Russian
 * text than the English one (Russian is the region's common second language).
 */
const SERVED_BY_RUSSIAN = new Set([
  'be',
  'kk',
  'ky',
  'tg',
  'tk',
  'uz',
  'az',
  'hy',
  'ab',
  'os',
]);

/**
 * Maps any BCP 47 tag (`zh-CN`, `zh-TW`, `en-GB`, `ru-RU`, `kk`…) to the
 * published language that serves it, or `undefined` if none does.
 */
export function toLanguage(
  tag: string | null | undefined,
): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  if (primary === 'zh' || primary === 'cmn') return 'zh-Hans';
  if (primary === 'en') return 'en';
  if (primary === 'ru' || SERVED_BY_RUSSIAN.has(primary)) return 'ru';
  return undefined;
}

/** The `lang` of the closest ancestor that has one, crossing shadow roots. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const owner = node.closest('[lang]');
      if (owner) return owner.getAttribute('lang') ?? undefined;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The first of the browser's preferred languages that we publish. */
export function preferredLanguage(
  preferences: readonly string[] = navigator.languages ?? [navigator.language],
): Language | undefined {
  for (const tag of preferences) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return undefined;
}

/**
 * The language for an element: its own `lang`, else the nearest ancestor's,
 * else the browser's preferences, else English. Tags we cannot serve are
 * skipped, so a German page quietly falls through to the browser's choice.
 */
export function resolveLanguage(element: Element): Language {
  return (
    toLanguage(element.getAttribute('lang')) ??
    toLanguage(inheritedLang(element)) ??
    preferredLanguage() ??
    DEFAULT_LANGUAGE
  );
}

/** The language the page as a whole asks for, for the widget's UI words. */
export function documentLanguage(): Language {
  return (
    toLanguage(document.documentElement.getAttribute('lang')) ??
    preferredLanguage() ??
    DEFAULT_LANGUAGE
  );
}
