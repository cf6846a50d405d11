/**
 * The Qingdao Initiative widget: loading this module defines
 * `<qingdao-initiative>`, `<qingdao-clause>` and `<qingdao-language-switch>`.
 */
export * from './content/index.js';
export { LANGUAGE_NAMES, toLanguage } from './language.js';
export { QingdaoClause } from './qingdao-clause.js';
export { QingdaoInitiative } from './qingdao-initiative.js';
export {
  QingdaoLanguageSwitch,
  type LanguageSelectDetail,
} from './qingdao-language-switch.js';
export {
  QingdaoLanguageChangeEvent,
  type LanguageChangeDetail,
} from './text-element.js';
