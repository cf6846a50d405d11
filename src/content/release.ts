/**
 * Facts about the news release that published the Qingdao Initiative, and
 * its two lead paragraphs (its publisher and headline, which the widgets
 * never show, are in `release-source.ts`).
 *
 * Provenance: `source/qingdao-initiative-2025-07-18.txt`, the page of
 * 海报新闻 (Haibao News) of 2025-07-18 23:14 (Beijing time, UTC+8).
 *
 * Edits, all listed in `source/NOTES.md` as extraction artefacts: spaces lost
 * in extraction are restored (`Conferenceopened`, `theQingdao`,
 * `Conference(hereinafter`, `outlinesa`, `contributessolid`, `TheQingdao`,
 * `Initiativecalls`, `SCOregional`, `Циндаоскойинициативе»пропагандируются`
 * (two joins), `сосредоточениенаключевых`, `ШОС.Полный`), and the Chinese
 * gets back the full-width `，` `：` `！` `（` `）` that extraction turned into
 * ASCII. Everything else is as published, including the straight quotes in
 * the Russian lead (`"мудрость ШОС"`).
 */
import type { Release } from './types.js';

export const release: Release = {
  date: '2025-07-18',
  originalLanguage: 'zh-Hans',
  lead: {
    'zh-Hans': [
      '7月18日上午，中国—上海合作组织地方经贸合作大会在青岛·上合之珠国际博览中心开幕。会上，山东省商务厅党组书记、厅长王磊发布了《中国—上海合作组织地方经贸合作大会青岛倡议》（以下简称“《青岛倡议》”），为上合组织框架下地方间的经贸合作擘画了清晰路径，贡献了坚实的“上合智慧”。',
      '此次大会以“共谋区域合作 携手创新发展”为主题，邀请近300位中外嘉宾参会，共话上合机遇，共商合作大计。《青岛倡议》倡导加强上合组织地方经贸合作，突出重点领域、搭建平台载体、创新合作模式、提升层次水平，为上合组织区域经济合作高质量发展增添动能、贡献力量。全文如下：',
    ],
    en: [
      'In the morning of July 18, the China-SCO Local Economic and Trade Cooperation Conference opened at the Qingdao · SCODA Pearl International Expo Center. At the Conference, Wang Lei, Secretary of the Leading Party Group and Director of the Department of Commerce of Shandong Province, released the Qingdao Initiative of the China-SCO Local Economic and Trade Cooperation Conference (hereinafter referred to as the "Qingdao Initiative"), which outlines a clear path for local economic and trade cooperation under the SCO framework and contributes solid "SCO wisdom".',
      'With the theme of "Jointly Pursuing Regional Cooperation and Collaborating for Innovative Development," this Conference has invited nearly 300 Chinese and foreign guests to attend. They will discuss SCO opportunities and jointly explore key cooperation plans. The Qingdao Initiative calls for enhancing local economic and trade cooperation under the SCO, focusing on major fields, establishing platform carriers, innovating cooperation models, and enhancing the level of cooperation, in order to add impetus and make contributions to the high-quality development of SCO regional economic cooperation. The full text is as follows:',
    ],
    ru: [
      'Утром 18 июля в Международном выставочном центре «Жемчужина ШОС» города Циндао открылась Конференция по региональному торгово-экономическому сотрудничеству Китай - ШОС. На конференции Ван Лэй, секретарь партийной группы и начальник Департамента коммерции провинции Шаньдун, обнародовал «Циндаоскую инициативу Конференции по региональному торгово-экономическому сотрудничеству Китай - ШОС» (далее именуемую «Циндаоская инициатива»), которая наметила и спланировала четкий путь для регионального торгово-экономического сотрудничества в рамках ШОС и внесла твердую "мудрость ШОС".',
      'Тема конференции - это "Совместное планирование регионального сотрудничества Совместное стремление к инновационному развитию". Около 300 китайских и иностранных гостей были приглашены принять участие в конференции, чтобы совместно обсудить возможности ШОС и великий план сотрудничества. В «Циндаоской инициативе» пропагандируются укрепление регионального торгово-экономического сотрудничества в рамках ШОС, сосредоточение на ключевых областях, создание платформы-переносителя, обновление модели сотрудничества и повышение уровня, чтобы придать импульс и внести вклад в качественное развитие регионального экономического сотрудничества в рамках ШОС. Полный текст выглядит следующим образом:',
    ],
  },
};
