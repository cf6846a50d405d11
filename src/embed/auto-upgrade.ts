/**
 * Imported first by the module: the page's quotations are wrapped in
 * elements before the elements are defined, so that defining them upgrades
 * each over its fallback.
 */
import { watchForQuotations } from './upgrade.js';

watchForQuotations();
