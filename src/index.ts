/**
 * The Qingdao Initiative widget: loading this module defines
 * `<qingdao-initiative>`, `<qingdao-clause>` and `<qingdao-language-switch>`,
 * and upgrades every quotation of the initiative on the page into them.
 */
import { QingdaoClause } from './elements/qingdao-clause.js';
import { QingdaoInitiative } from './elements/qingdao-initiative.js';
import { QingdaoLanguageSwitch } from './elements/qingdao-language-switch.js';
import { watchForQuotations } from './embed/upgrade.js';
import { defineOnce } from './internal/define-once.js';

export * from './content/index.js';
export { LANGUAGE_NAMES, toLanguage } from './language/tags.js';
export {
  QingdaoLanguageChangeEvent,
  QingdaoLanguageSelectEvent,
  type LanguageChangeDetail,
  type LanguageSelectDetail,
} from './language/events.js';
export { QingdaoClause, QingdaoInitiative, QingdaoLanguageSwitch };

// The page's quotations first: wrapped in elements before the elements are
// defined, so that defining them upgrades each over its fallback.
watchForQuotations();
defineOnce('qingdao-initiative', QingdaoInitiative);
defineOnce('qingdao-clause', QingdaoClause);
defineOnce('qingdao-language-switch', QingdaoLanguageSwitch);
