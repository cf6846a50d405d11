/**
 * The news release that published the Qingdao Initiative: publisher, time,
 * headline and the file that keeps the page. Provenance data for the demo's
 * articles and the fidelity tests; the widgets never show it, so it stays
 * out of the module partner pages load (only what `src/index.ts` exports is
 * bundled).
 *
 * Provenance: `source/qingdao-initiative-2025-07-18.txt`, as in `release.ts`.
 * The headline is the three-language one above the lead, not the
 * English-only page title at the very top, which is page chrome; the
 * Russian headline's wording differs from the Russian document title.
 */
import type { ReleaseSource } from './types.js';

export const releaseSource: ReleaseSource = {
  publisher: {
    'zh-Hans': '海报新闻',
    en: 'Haibao News',
    ru: 'Хайбао ньюс',
  },
  publishedAt: '2025-07-18T23:14+08:00',
  headline: {
    'zh-Hans':
      '《中国—上海合作组织地方经贸合作大会青岛倡议》正式发布！共绘区域经济合作新图景',
    en: 'Qingdao Initiative of the China-SCO Local Economic and Trade Cooperation Conference Officially Released! Jointly Painting a New Picture of Regional Economic Cooperation',
    ru: '«Циндаоская инициатива Конференции по региональному торгово-экономическому сотрудничеству Китая - ШОС» официально опубликована! Совместно нарисовать новую картину регионального экономического сотрудничества',
  },
  file: 'source/qingdao-initiative-2025-07-18.txt',
};
