/**
 * The widgets' own UI words (labels, messages) through @lit/localize: the
 * only caller of `configureLocalization`. One locale per page, following the
 * visitor's choice, else `<html lang>`; the official text never goes through
 * `msg()`.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { templates as ru } from '../generated/locales/ru.js';
import { templates as zhHans } from '../generated/locales/zh-Hans.js';
import { onLangChange } from './lang-attribute.js';
import {
  onPageChoiceChange,
  rememberedChoice,
  uiLanguage,
} from './page-choice.js';

/**
 * Every locale is bundled statically: the widget ships as one module, and
 * a partner page must not fetch anything else.
 */
const templatesByLocale = new Map([
  ['ru', { templates: ru }],
  ['zh-Hans', { templates: zhHans }],
]);

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => templatesByLocale.get(locale)!,
});

export { getLocale };

/** Keeps the UI words in the page's language (one locale per page). */
function followPageLanguage(): void {
  // setLocale itself skips a locale that is already active or loading.
  void setLocale(uiLanguage());
}

/**
 * For a widget allowed to remember: a choice from an earlier visit sets the
 * UI words too (storage is read only now, never for widgets that may not).
 */
export function followRememberedChoice(): void {
  if (rememberedChoice()) followPageLanguage();
}

followPageLanguage();
onPageChoiceChange(followPageLanguage);
onLangChange(followPageLanguage);
