/**
 * The three published languages and how any BCP 47 tag maps to one of them.
 */
import { LANGUAGES, type Language } from '../content/types.js';

export { LANGUAGES, type Language };

/** Each language by its own name, as the switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  'zh-Hans': '中文',
  en: 'English',
  ru: 'Русский',
};

/** Shown when nothing else names a language we publish. */
export const DEFAULT_LANGUAGE: Language = 'en';

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
export function toLanguage(tag: unknown): Language | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  if (primary === 'zh' || primary === 'cmn') return 'zh-Hans';
  if (primary === 'en') return 'en';
  if (primary === 'ru' || SERVED_BY_RUSSIAN.has(primary)) return 'ru';
  return undefined;
}

/**
 * The columns of the parallel view from a list of BCP 47 tags separated by
 * spaces or commas (`"zh en"`, `"ru, zh-CN"`): two or three published
 * languages, each once. `undefined` if a tag names none of them or fewer
 * than two remain.
 */
export function languageList(value: string): Language[] | undefined {
  const tags = value.split(/[\s,]+/).filter(Boolean);
  const list = [...new Set(tags.map(toLanguage))];
  return list.length > 1 && !list.includes(undefined)
    ? (list as Language[])
    : undefined;
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

/** What the warning for an unsupported `lang` lists as accepted. */
export const ACCEPTED_LANGUAGES =
  `${LANGUAGES.join(', ')} and their BCP 47 forms (zh, zh-CN, zh-TW, en-GB, ru-RU…); ` +
  `${[...SERVED_BY_RUSSIAN].join(', ')} read Russian`;
