/**
 * The Qingdao Initiative of the China-SCO Local Economic and Trade
 * Cooperation Conference (18 July 2025) in the three published languages.
 *
 * Provenance: every word is copied from the published page kept in
 * `source/qingdao-initiative-2025-07-18.txt`, the single source of truth;
 * `test/content/source-fidelity.test.ts` checks this module against it.
 *
 * Edits, all listed in `source/NOTES.md` as extraction artefacts rather than
 * wording, so restoring them changes no word of the official text:
 * - spaces lost in extraction are put back (`1.Совместно`, `5.Совместно`,
 *   `Послучаю`, `(ШОС)народное`, `проводитКонференцию`, `экспорта.Укреплять`,
 *   `amongIndustrial`, `amongexisting`, `fromSCO`, `promotinglocal`);
 * - the Chinese gets back its full-width `，` `：` `！` `（` `）`, which the
 *   extraction had turned into ASCII.
 *
 * Kept exactly as published, because an official text is not ours to correct:
 * `уровени`, `о укреплении`, `внутренную и внешную`, `промышленостей`,
 * `an "gateway`, the straight apostrophes of `China's` and `People's` next to
 * the typographic one of `Qingdao’s`, and each language's quotation marks.
 *
 * The Russian clause 2 breaks off mid-word in the published text. The
 * published words stay as they are and the break is marked and explained
 * (see `breaks`), because completing the sentence would be unreviewed
 * translation.
 */
import type { Initiative } from './types.js';

export const initiative: Initiative = {
  title: {
    'zh-Hans': ['中国—上海合作组织地方经贸合作大会', '青岛倡议'],
    en: [
      'Qingdao Initiative of the China-SCO Local Economic and Trade Cooperation Conference',
    ],
    // One title that the page breaks across two lines, so the break is
    // layout, not a second line like the Chinese `青岛倡议`.
    ru: [
      'Циндаоская инициатива по укреплению регионального торгово-экономического сотрудничества между странами ШОС',
    ],
  },
  preamble: {
    'zh-Hans':
      '在中国担任上海合作组织轮值主席国之际，山东省政府举办中国—上海合作组织地方经贸合作大会，得到了上合组织国家地方政府、商协会和企业的广泛支持参与。深化上合组织框架内地方合作具有重要特殊意义，在此我们倡议：加强上合组织地方经贸合作，突出重点领域、搭建平台载体、创新合作模式、提升层次水平，共同为上合组织区域经济合作高质量发展增添动能、贡献力量。',
    en: "During China's presidency of the Shanghai Cooperation Organization (SCO), the Shandong Provincial People's Government hosted the China-SCO Local Economic and Trade Cooperation Conference, which received extensive support and participation from local governments, business associations, and enterprises of SCO member states. Deepening local cooperation within the SCO framework holds significant and special importance. In this regard, we propose the following initiative: To strengthen local economic and trade cooperation among SCO member states, focus on key areas, establish platforms and mechanisms, innovate cooperation models, and elevate the level and quality of collaboration, thus jointly contributing momentum and strength to the high-quality development of regional economic cooperation within the SCO.",
    ru: 'По случаю председательства Китая в Шанхайской организации сотрудничества (ШОС) народное правительство провинции Шаньдун проводит Конференцию по региональному торгово-экономическому сотрудничеству между Китаем и странами ШОС, получив широкую поддержку местных правительств, бизнес-ассоциаций и предприятий стран ШОС. Углубление регионального сотрудничества в рамках ШОС имеет особо большое значение, и мы выступаем с инициативой о укреплении регионального торгово-экономического сотрудничества между странами ШОС, сосредоточении на ключевых областях, создании платформ, обновлении моделей и повышении уровени сотрудничества, чтобы совместно придать импульс и внести вклад в высококачественное развитие регионального экономического сотрудничества в рамках ШОС.',
  },
  clauses: [
    {
      number: 1,
      label: {
        'zh-Hans': '一、',
        en: 'I.',
        ru: '1.',
      },
      heading: {
        'zh-Hans': '携手构建国际物流大通道。',
        en: 'Jointly Build International Logistics Corridors.',
        ru: 'Совместно стремиться к созданию крупного международного логистического коридора.',
      },
      body: {
        'zh-Hans':
          '积极参与上合组织国家间国际物流大通道建设。发挥青岛在“一带一路”新亚欧大陆桥经济走廊建设和海上合作中的作用，建设上合国际枢纽港，打造上合组织国家面向亚太市场的“出海口”。加强上合组织地方间枢纽城市互联互通，积极开展上合组织国家间的海、铁、公路联合服务合作，打造“陆海空铁”一体化国际物流网络。',
        en: 'Actively participate in the construction of international logistics corridors among SCO member states. Leverage Qingdao’s role in the "Belt and Road", particularly in the New Eurasian Land Bridge Economic Corridor and maritime cooperation, to build the SCO International Hub Port and create an "gateway to the Asia-Pacific market" for SCO member states. Strengthen connectivity among hub cities within SCO regions, actively develop combined sea-rail-road transport services among SCO member states, and establish an integrated international logistics network encompassing land, sea, air, and rail.',
        ru: 'Активно участвовать в строительстве международных логистических каналов между странами ШОС. Циндао будет играть роль в строительстве экономического коридора нового континентального моста Азия-Европа «Пояса и пути» и морском сотрудничестве, построит международный порт-хаб ШОС и создаст «выход к морю» для стран ШОС на азиатско-тихоокеанские рынки. Также будет укрепляться взаимосвязь городов-узлов стран ШОС, активно осуществляться сотрудничество комплексного сервиса между странами ШОС в области морского, железнодорожного и автомобильного транспорта, будет создаваться интегрированная международная логистическая сеть «сухопутная – морская – воздушная – железная дорога».',
      },
    },
    {
      number: 2,
      label: {
        'zh-Hans': '二、',
        en: 'II.',
        ru: '2.',
      },
      heading: {
        'zh-Hans': '共筑产业链供应链伙伴关系。',
        en: 'Foster Partnership in Industrial and Supply Chains.',
        ru: 'Совместно создать партнерские отношения в производственно-поставочных цепочках.',
      },
      body: {
        'zh-Hans':
          '着眼构建绿色、智能、可持续的产业链供应链国际合作伙伴关系，共同维护全球产业链供应链稳定，构建务实合作机制，积极参与国际分工，推进上合组织地方间产业、产能合作，畅通内外循环、拓展发展空间，实现产业互促、利益共享、发展共赢。',
        en: 'Focus on building green, smart, and sustainable international partnerships in industrial and supply chains, jointly safeguard the stability of global industrial and supply chains, establish practical cooperation mechanisms, actively engage in international division of labor, promote industrial and production capacity cooperation among SCO regions, facilitate domestic and international circulation, expand development space, and achieve mutual industrial advancement, shared benefits, and win-win development.',
        // Stops mid-word, as published; `breaks` marks and explains the gap.
        ru: 'Сосредоточиться на создании экологичного, умного и устойчивого международного партнерства в производственно-поставочных цепочках, совместно работать над поддержанием стабильности глобальных производственно-поставочных цепочек, создать прагматичный механизм сотрудничества, активно участвовать в международном разделении труда, содействовать сотрудничеству промышленостей и производственных мощностей между регионами ШОС, налаживать внутренную и внешную циркуляции, расширить пространство для развития и достигнуть взаимного продвижения промышленностей, совместного испол',
      },
      breaks: {
        ru: {
          mark: '[…]',
          note: [
            {
              text: 'Здесь опубликованный русский текст пункта обрывается. В китайском оригинале предложение завершается словами «',
            },
            { text: '实现产业互促、利益共享、发展共赢', language: 'zh-Hans' },
            { text: '», в английском переводе — «' },
            {
              text: 'achieve mutual industrial advancement, shared benefits, and win-win development',
              language: 'en',
            },
            { text: '».' },
          ],
        },
      },
    },
    {
      number: 3,
      label: {
        'zh-Hans': '三、',
        en: 'III.',
        ru: '3.',
      },
      heading: {
        'zh-Hans': '共同推动贸易投资提质升级。',
        en: 'Jointly Promote Upgrading of Trade and Investment.',
        ru: 'Совместно содействовать улучшению и модернизации торговли и инвестиций.',
      },
      body: {
        'zh-Hans':
          '深度挖掘上合组织地方间贸易潜力，支持企业合规举办面向对方市场的展览展会，深化电子商务、服务贸易、数字贸易合作，优化贸易结构，培育外贸新动能，扩大进出口规模。加强上合组织地方间投资促进机构交流合作，相互支持搭建投资对话平台，举办投资促进活动，优化投资发展环境，在绿色低碳、数字经济、现代农业、基础设施等领域共享高质量发展新机遇。',
        en: 'Fully explore the trade potential among SCO regions, support enterprises in organizing exhibitions targeting each other’s markets in compliance with regulations, deepen cooperation in e-commerce, trade in services, and digital trade, optimize trade structures, foster new drivers of foreign trade, and expand import-export scale. Strengthen exchanges and cooperation among investment promotion agencies in SCO regions, mutually support the establishment of investment dialogue platforms, organize investment promotion activities, optimize the investment and development environment, and share new opportunities for high-quality development in green and low-carbon sectors, digital economy, modern agriculture, infrastructure, and other fields.',
        ru: 'Использовать торговый потенциал площадок ШОС, поддерживать предприятия в проведении выставок и ярмарок, ориентированных на рынки друг друга, углублять сотрудничество в области электронной коммерции, торговли услугами и цифровой торговли, оптимизировать структуру торговли, культивировать новую динамику во внешней торговле, расширять масштабы импорта и экспорта. Укреплять обмены и сотрудничество между региональными учреждениями по продвижению инвестиций ШОС, оказывать взаимную поддержку в создании платформ для инвестиционного диалога, проводить мероприятия по продвижению инвестиций, оптимизировать условия для развития инвестиций, делиться новыми возможностями для высококачественного развития в таких областях, как низкоуглеродная зеленая экономика, цифровая экономика, современное сельское хозяйство и инфраструктура.',
      },
    },
    {
      number: 4,
      label: {
        'zh-Hans': '四、',
        en: 'IV.',
        ru: '4.',
      },
      heading: {
        'zh-Hans': '合力推进产业园区互动合作。',
        en: 'Jointly Advance Exchanges and Cooperation among Industrial Parks.',
        ru: 'Совместно содействовать взаимодействию и сотрудничеству индустриальных парков.',
      },
      body: {
        'zh-Hans':
          '共同促进上合国家重点产业园区的联通联动，加强信息共享、资源对接，实现双向赋能、优势互补，促进产业升级和集群式发展。深化上合组织国家现有经贸合作园区多领域合作，推动资源和生产要素在境内外园区间双向高效流动，释放产业园区对地方经贸合作的带动效应。',
        en: 'Promote connectivity and synergy among key industrial parks in SCO member states, strengthen information sharing and resource alignment, achieve mutual empowerment and complementary advantages, and facilitate industrial upgrading and cluster development. Deepen multi-field cooperation among existing economic and trade cooperation parks from SCO member states, promote efficient two-way flow of resources and production factors between domestic and overseas parks, and leverage the role of industrial parks in promoting local economic and trade cooperation.',
        ru: 'Совместно содействовать соединению и взаимосвязи ключевых индустриальных парков в странах ШОС, укреплять обмен информацией и стыковку ресурсов, добиваться двустороннего расширения возможностей и взаимодополняемости преимуществ, содействовать модернизации промышленности и развитию кластеров. Углублять многопрофильное сотрудничество между существующими парками торгово-экономического сотрудничества в странах ШОС, содействовать двустороннему эффективному потоку ресурсов и факторов производства между отечественными и зарубежными парками, высвобождать движущий эффект индустриальных парков в региональном торгово-экономическом сотрудничестве.',
      },
    },
    {
      number: 5,
      label: {
        'zh-Hans': '五、',
        en: 'V.',
        ru: '5.',
      },
      heading: {
        'zh-Hans': '共建共享开放合作平台。',
        en: 'Jointly Build and Share Open Cooperation Platforms.',
        ru: 'Совместно создать и использовать открытые платформы сотрудничества.',
      },
      body: {
        'zh-Hans':
          '强化中国—上海合作组织地方经贸合作示范区公共产品属性，提升中国—上海合作组织经贸学院、青岛国际能源交易中心、鲁港科技合作创新中心、上合经贸综合服务平台、“丝路电商”综合服务基地等发展能级，加强应用推广，为上合组织地方经贸合作“链接资源”“拓展场景”。',
        en: 'Strengthen the public goods attributes of the China-SCO Local Economic and Trade Cooperation Demonstration Zone, enhance the development capacity of institutions such as the China-SCO Institute of Economy and Trade, Qingdao International Energy Exchange, Shandong-Hong Kong Science and Technology Cooperation and Innovation Center, SCO Economic and Trade Comprehensive Service Platform, and the "Silk Road E-commerce" Comprehensive Service Base, and strengthen their application and promotion to connect resources and expand scenarios for local economic and trade cooperation among SCO member states.',
        ru: 'Укреплять атрибуты общественного продукта Демонстрационной зоны регионального торгово-экономического сотрудничества между Китаем и странами ШОС, повышать потенциал развития институт экономики и торговли Китая и ШОС, Циндаоского международного центра торговли энергоресурсами, Шаньдун-Гонконгского центра научно-технического сотрудничества и инноваций, Платформы комплексного обслуживания для регионального торгово-экономического сотрудничества между странами ШОС и Базы комплексного обслуживания «электронная коммерция Шелкового пути», укреплять применение и продвижение платформ, обеспечивая ресурсы и расширяя сценарии регионального торгово-экономического сотрудничества между странами ШОС.',
      },
    },
    {
      number: 6,
      label: {
        'zh-Hans': '六、',
        en: 'VI.',
        ru: '6.',
      },
      heading: {
        'zh-Hans': '共同开创地方经贸合作新愿景。',
        en: 'Jointly Create a New Vision for Local Economic and Trade Cooperation.',
        ru: 'Совместно создать новое видение регионального торгово-экономического сотрудничества.',
      },
      body: {
        'zh-Hans':
          '始终秉持“上海精神”，坚持合作过程中互信、互利、平等、协商，推动上合组织地方间开放包容发展，服务建设开放型世界经济。主动探索上合组织地方经贸合作体制机制创新，深化双向投资贸易模式创新，丰富合作场景，携手为国际双多边框架下经贸合作注入地方力量，助力建设更加美好的上海合作组织家园。',
        en: 'Always uphold the "Shanghai Spirit", adhere to mutual trust, mutual benefit, equality, and consultation in the cooperation process, promote open and inclusive development among SCO regions, and contribute to building an open world economy. Proactively explore institutional and mechanism innovations for local economic and trade cooperation within the SCO, deepen two-way investment and trade model innovations, enrich cooperation scenarios, and jointly inject local strength into economic and trade cooperation under bilateral and multilateral frameworks, contributing to the building of a better SCO community.',
        ru: 'Придерживаться «Шанхайского духа» и настаивать на взаимном доверии, обоюдном выигрыше, равенстве и консультациях в процессе сотрудничества, способствовать открытому и инклюзивному развитию регионального сотрудничества между странами ШОС и служить построению открытой мировой экономики. Активно исследовать инновации систем и механизмов регионального торгово-экономического сотрудничества между странами ШОС, углублять инновации в двусторонних инвестиционных и торговых режимах, обогащать сценарии сотрудничества, объединять усилия для привнесения региональных сил в торгово-экономическое сотрудничество в рамках международных двусторонних и многосторонних структур, чтобы внести вклад в строительство лучшей семьи ШОС.',
      },
    },
  ],
};
