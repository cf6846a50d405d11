/**
 * The Qingdao Initiative widget: loading this module defines
 * `<qingdao-initiative>`, `<qingdao-clause>` and `<qingdao-language-switch>`,
 * and upgrades every quotation of the initiative on the page into them.
 */
import './embed/auto-upgrade.js';
export * from './content/index.js';
export { LANGUAGE_NAMES, toLanguage } from './language/tags.js';
export {
  QingdaoLanguageChangeEvent,
  QingdaoLanguageSelectEvent,
  type LanguageChangeDetail,
  type LanguageSelectDetail,
} from './language/events.js';
export { QingdaoClause } from './elements/qingdao-clause.js';
export { QingdaoInitiative } from './elements/qingdao-initiative.js';
export { QingdaoLanguageSwitch } from './elements/qingdao-language-switch.js';
