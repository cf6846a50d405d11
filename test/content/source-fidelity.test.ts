/**
 * Holds the typed content in `src/content` against the published page, read
 * from `source/qingdao-initiative-2025-07-18.txt` at test time. The expected
 * texts come only from that file (see `test/support/source-text.ts`), never
 * from `src/content`, so a wrong word in the data makes a test fail.
 */
import { expect } from '@open-wc/testing';
import {
  LANGUAGES,
  editorial,
  initiative,
  release,
  type Clause,
  type Language,
} from '../../src/content/index.js';
import { releaseSource } from '../../src/content/release-source.js';
import {
  DOCUMENTED_FIXES,
  SOURCE_URL,
  joinClauseParts,
  loadSource,
  normalize,
  sourceParagraphs,
  sourceSections,
  splitSentences,
  type SourceSections,
} from '../support/source-text.js';

/** One compared text: what the data says, and where the page says it. */
interface Part {
  readonly name: string;
  readonly language: Language;
  readonly data: string;
  readonly source: (sections: SourceSections) => string;
}

const clauseText = (clause: Clause, language: Language): string =>
  joinClauseParts(
    language,
    clause.label[language],
    clause.heading[language],
    clause.body[language],
  );

function parts(): Part[] {
  const list: Part[] = [];
  for (const language of LANGUAGES) {
    list.push(
      {
        name: `headline (${language})`,
        language,
        data: releaseSource.headline[language],
        source: (s) => s.headline[language],
      },
      ...([0, 1] as const).map((index): Part => ({
        name: `lead paragraph ${index + 1} (${language})`,
        language,
        data: release.lead[language][index],
        source: (s) => s.lead[language][index],
      })),
      {
        name: `title (${language})`,
        language,
        data: initiative.title[language].join(' '),
        source: (s) => s.title[language].join(' '),
      },
      {
        name: `preamble (${language})`,
        language,
        data: initiative.preamble[language],
        source: (s) => s.preamble[language],
      },
      ...initiative.clauses.map((clause, index): Part => ({
        name: `clause ${clause.number} (${language})`,
        language,
        data: clauseText(clause, language),
        source: (s) => s.clauses[index]?.[language] ?? '',
      })),
    );
  }
  return list;
}

const matches = (part: Part, sections: SourceSections): boolean =>
  normalize(part.data) === normalize(part.source(sections));

/** Every Chinese string of the data, with where it is. */
function chineseTexts(): [string, string][] {
  const zh = 'zh-Hans';
  return [
    ['headline', releaseSource.headline[zh]],
    ['lead 1', release.lead[zh][0]],
    ['lead 2', release.lead[zh][1]],
    ...initiative.title[zh].map((line, i): [string, string] => [
      `title line ${i + 1}`,
      line,
    ]),
    ['preamble', initiative.preamble[zh]],
    ...initiative.clauses.flatMap((c): [string, string][] => [
      [`clause ${c.number} label`, c.label[zh]],
      [`clause ${c.number} heading`, c.heading[zh]],
      [`clause ${c.number} body`, c.body[zh]],
    ]),
    ...initiative.clauses.flatMap((c) =>
      Object.values(c.breaks ?? {}).flatMap((b) =>
        (b?.note ?? [])
          .filter((run) => run.language === zh)
          .map((run): [string, string] => [
            `clause ${c.number} note`,
            run.text,
          ]),
      ),
    ),
  ];
}

describe('src/content matches the published page', () => {
  let raw: string;
  let sections: SourceSections;

  before(async () => {
    raw = await loadSource();
    sections = sourceSections(raw);
  });

  describe('the source file', () => {
    it('has the parts NOTES.md describes', () => {
      expect(sections.clauses).to.have.length(6);
      expect(sections.title['zh-Hans']).to.have.length(2);
      expect(sections.title.en).to.have.length(1);
      expect(sections.title.ru).to.have.length(2);
    });

    it('holds every documented defect exactly once, unfixed', () => {
      for (const [from] of DOCUMENTED_FIXES) {
        expect(raw.split(from), from).to.have.length(2);
      }
    });
  });

  describe('text, compared after NFKC and whitespace normalisation', () => {
    for (const part of parts()) {
      it(part.name, () => {
        const expected = part.source(sections);
        // Sentence by sentence first, so a failure points at the sentence.
        expect(splitSentences(part.data)).to.deep.equal(
          splitSentences(expected),
        );
        expect(normalize(part.data)).to.equal(normalize(expected));
      });
    }
  });

  describe('documented whitespace fixes', () => {
    it('are needed: the raw file without them does not match', () => {
      const unfixed = sourceSections(raw, []);
      expect(parts().filter((p) => !matches(p, unfixed))).not.to.deep.equal([]);
    });

    for (const [index, [from]] of DOCUMENTED_FIXES.entries()) {
      it(`each is needed: without "${from}" fixed, its part fails`, () => {
        const unfixed = sourceSections(raw, []);
        const holdingDefect = parts().filter((p) =>
          p.source(unfixed).includes(from),
        );
        expect(holdingDefect).to.have.length(1);
        const part = holdingDefect[0]!;
        const fewer = DOCUMENTED_FIXES.filter((_, i) => i !== index);
        expect(matches(part, sections), part.name).to.equal(true);
        expect(matches(part, sourceSections(raw, fewer)), part.name).to.equal(
          false,
        );
      });
    }

    it('leave no run-together text in the data', () => {
      const all = parts()
        .map((p) => p.data)
        .join('\n');
      for (const [from, to] of DOCUMENTED_FIXES) {
        expect(all, from).not.to.include(from);
        expect(all, to).to.include(to);
      }
    });
  });

  describe('titles', () => {
    it('keeps the Chinese and English title lines as printed', () => {
      expect(initiative.title['zh-Hans']).to.deep.equal(
        sections.title['zh-Hans'],
      );
      expect(initiative.title.en).to.deep.equal(sections.title.en);
    });

    it('joins the two printed Russian lines into one title with one space', () => {
      expect(initiative.title.ru).to.deep.equal([sections.title.ru.join(' ')]);
    });
  });

  describe('clauses', () => {
    it('are numbered 1 to 6 in order', () => {
      expect(initiative.clauses.map((c) => c.number)).to.deep.equal([
        1, 2, 3, 4, 5, 6,
      ]);
    });

    it('carry the published labels', () => {
      expect(initiative.clauses.map((c) => c.label['zh-Hans'])).to.deep.equal([
        '一、',
        '二、',
        '三、',
        '四、',
        '五、',
        '六、',
      ]);
      expect(initiative.clauses.map((c) => c.label.en)).to.deep.equal([
        'I.',
        'II.',
        'III.',
        'IV.',
        'V.',
        'VI.',
      ]);
      expect(initiative.clauses.map((c) => c.label.ru)).to.deep.equal([
        '1.',
        '2.',
        '3.',
        '4.',
        '5.',
        '6.',
      ]);
    });

    it('have a one-sentence heading with its full stop, and a trimmed body', () => {
      for (const clause of initiative.clauses) {
        for (const language of LANGUAGES) {
          const heading = clause.heading[language];
          const where = `clause ${clause.number} (${language})`;
          expect(heading, where).to.match(
            language === 'zh-Hans' ? /^\S.*。$/u : /^\S.*\.$/u,
          );
          expect(splitSentences(heading), where).to.have.length(1);
          expect(clause.body[language], where).to.equal(
            clause.body[language].trim(),
          );
          expect(clause.body[language], where).not.to.equal('');
        }
      }
    });

    it('start each source paragraph with the label and heading', () => {
      for (const [index, clause] of initiative.clauses.entries()) {
        for (const language of LANGUAGES) {
          const published = normalize(sections.clauses[index]![language]);
          const start = normalize(
            joinClauseParts(
              language,
              clause.label[language],
              clause.heading[language],
            ),
          );
          expect(
            published.startsWith(start),
            `${start} (${language})`,
          ).to.equal(true);
        }
      }
    });
  });

  describe('the break in the Russian clause 2', () => {
    const clause2 = () => initiative.clauses[1]!;

    it('ends the body with the published, truncated word', () => {
      const published = normalize(sections.clauses[1]!.ru);
      expect(published.endsWith('совместного испол')).to.equal(true);
      expect(clause2().body.ru.endsWith('совместного испол')).to.equal(true);
    });

    it('keeps the mark out of the body', () => {
      const brk = clause2().breaks?.ru;
      expect(brk?.mark).to.equal('[…]');
      expect(clause2().body.ru).not.to.include('[');
      expect(clause2().body.ru).not.to.include('…');
    });

    it('quotes the rest of the sentence from the Chinese and the English', () => {
      const note = clause2().breaks?.ru?.note ?? [];
      const zh = note.filter((run) => run.language === 'zh-Hans');
      const en = note.filter((run) => run.language === 'en');
      expect(zh.map((r) => r.text)).to.deep.equal([
        '实现产业互促、利益共享、发展共赢',
      ]);
      expect(en.map((r) => r.text)).to.deep.equal([
        'achieve mutual industrial advancement, shared benefits, and win-win development',
      ]);
      // The quotations must be the published words of the other versions.
      expect(
        normalize(sections.clauses[1]!['zh-Hans']).endsWith(
          normalize(`${zh[0]!.text}。`),
        ),
      ).to.equal(true);
      expect(
        normalize(sections.clauses[1]!.en).endsWith(`${en[0]!.text}.`),
      ).to.equal(true);
    });

    it('writes the rest of the note in Russian', () => {
      const note = clause2().breaks?.ru?.note ?? [];
      const russian = note
        .filter((run) => run.language === undefined)
        .map((run) => run.text)
        .join('');
      expect(russian).to.match(/\p{Script=Cyrillic}/u);
      expect(russian).not.to.match(/\p{Script=Han}|[A-Za-z]/u);
      expect(russian).to.include('обрывается');
    });

    it('is the only break', () => {
      for (const clause of initiative.clauses) {
        const languages = Object.keys(clause.breaks ?? {});
        expect(languages, `clause ${clause.number}`).to.deep.equal(
          clause.number === 2 ? ['ru'] : [],
        );
      }
    });
  });

  describe('Chinese punctuation', () => {
    it('is ASCII in the extracted file (the artefact is real)', () => {
      const chinese = parts()
        .filter((p) => p.language === 'zh-Hans')
        .map((p) => p.source(sections))
        .join('');
      for (const ascii of [',', ':', '!', '(', ')']) {
        expect(chinese, ascii).to.include(ascii);
      }
    });

    it('is full-width in the data, never ASCII', () => {
      for (const [where, text] of chineseTexts()) {
        expect(text, where).not.to.match(/[,:!()]/u);
      }
      const all = chineseTexts()
        .map(([, text]) => text)
        .join('');
      for (const fullWidth of ['，', '：', '！', '（', '）']) {
        expect(all, fullWidth).to.include(fullWidth);
      }
    });
  });

  describe('wording and typography as published', () => {
    const cases: [
      string,
      Language,
      () => string,
      (s: SourceSections) => string,
    ][] = [
      ['уровени', 'ru', () => initiative.preamble.ru, (s) => s.preamble.ru],
      [
        'о укреплении',
        'ru',
        () => initiative.preamble.ru,
        (s) => s.preamble.ru,
      ],
      [
        'внутренную и внешную',
        'ru',
        () => initiative.clauses[1]!.body.ru,
        (s) => s.clauses[1]!.ru,
      ],
      [
        'промышленостей',
        'ru',
        () => initiative.clauses[1]!.body.ru,
        (s) => s.clauses[1]!.ru,
      ],
      [
        'an "gateway',
        'en',
        () => initiative.clauses[0]!.body.en,
        (s) => s.clauses[0]!.en,
      ],
      [
        'Qingdao’s',
        'en',
        () => initiative.clauses[0]!.body.en,
        (s) => s.clauses[0]!.en,
      ],
      [
        '«Пояса и пути»',
        'ru',
        () => initiative.clauses[0]!.body.ru,
        (s) => s.clauses[0]!.ru,
      ],
      [
        '《中国—上海合作组织地方经贸合作大会青岛倡议》',
        'zh-Hans',
        () => release.lead['zh-Hans'][0],
        (s) => s.lead['zh-Hans'][0],
      ],
      [
        '中国—上海合作组织',
        'zh-Hans',
        () => initiative.title['zh-Hans'][0]!,
        (s) => s.title['zh-Hans'][0]!,
      ],
    ];
    for (const [text, language, data, source] of cases) {
      it(`keeps ${text} (${language})`, () => {
        expect(source(sections)).to.include(text);
        expect(data()).to.include(text);
      });
    }

    it('uses straight double quotes in the English, never curly ones', () => {
      const english = parts()
        .filter((p) => p.language === 'en')
        .map((p) => p.data)
        .join('\n');
      expect(english).to.include('"');
      expect(english).not.to.match(/[“”]/u);
    });

    it('keeps the Russian headline wording apart from the document title', () => {
      expect(releaseSource.headline.ru).not.to.include(initiative.title.ru[0]);
      expect(sections.headline.ru).not.to.include(sections.title.ru.join(' '));
    });
  });

  describe('release facts', () => {
    it('agree with the source line of the page', () => {
      const line = sourceParagraphs(raw).find((p) =>
        /^\p{Script=Han}+\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/u.test(p),
      );
      const [, date, time, offset] =
        /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})([+-]\d{2}:\d{2})$/u.exec(
          releaseSource.publishedAt,
        ) ?? [];
      expect(offset).to.equal('+08:00'); // the page prints Beijing time
      expect(line).to.equal(
        `${releaseSource.publisher['zh-Hans']}${date} ${time}`,
      );
      expect(release.date).to.equal(date);
    });

    it('name the original language and the file', () => {
      expect(release.originalLanguage).to.equal('zh-Hans');
      expect(`/${releaseSource.file}`).to.equal(SOURCE_URL);
    });
  });

  describe('editorial names come from the published text', () => {
    it('cites the document by its published title in each language', () => {
      expect(editorial['zh-Hans'].citationTitle).to.equal(
        `《${sections.title['zh-Hans'].join('')}》`,
      );
      expect(editorial.en.citationTitle).to.equal(sections.title.en.join(' '));
      expect(editorial.ru.citationTitle).to.equal(
        `«${sections.title.ru.join(' ')}»`,
      );
    });

    it('uses the short title the release defines', () => {
      for (const language of LANGUAGES) {
        expect(normalize(sections.lead[language][0])).to.include(
          normalize(editorial[language].shortTitle),
        );
      }
    });

    it('names people and places as the release does', () => {
      const names: Record<Language, string[]> = {
        'zh-Hans': ['王磊', '山东省商务厅', '青岛·上合之珠国际博览中心'],
        en: [
          'Wang Lei',
          'Department of Commerce of Shandong Province',
          'Qingdao · SCODA Pearl International Expo Center',
          'China-SCO Local Economic and Trade Cooperation Conference',
        ],
        ru: [
          'Ван Лэй',
          'Департамента коммерции провинции Шаньдун',
          'Международном выставочном центре «Жемчужина ШОС»',
        ],
      };
      for (const language of LANGUAGES) {
        for (const name of names[language]) {
          expect(sections.lead[language][0], name).to.include(name);
          expect(editorial[language].releaseLine, name).to.include(name);
        }
      }
    });

    it('formats citations per language', () => {
      expect(editorial['zh-Hans'].citation(3)).to.equal(
        '《中国—上海合作组织地方经贸合作大会青岛倡议》第三条，2025年7月18日',
      );
      expect(editorial['zh-Hans'].citation()).to.equal(
        '《中国—上海合作组织地方经贸合作大会青岛倡议》，2025年7月18日',
      );
      expect(editorial.en.citation(3)).to.equal(
        'Qingdao Initiative of the China-SCO Local Economic and Trade Cooperation Conference, clause III, 18 July 2025',
      );
      expect(editorial.en.citation()).to.equal(
        'Qingdao Initiative of the China-SCO Local Economic and Trade Cooperation Conference, 18 July 2025',
      );
      expect(editorial.ru.citation(3)).to.equal(
        '«Циндаоская инициатива по укреплению регионального торгово-экономического сотрудничества между странами ШОС», пункт\u00a03, 18\u00a0июля 2025\u00a0г.',
      );
      expect(editorial.ru.citation()).to.equal(
        '«Циндаоская инициатива по укреплению регионального торгово-экономического сотрудничества между странами ШОС», 18\u00a0июля 2025\u00a0г.',
      );
    });

    it('refers to clauses as the document numbers them', () => {
      expect(
        initiative.clauses.map((c) =>
          editorial['zh-Hans'].clauseReference(c.number),
        ),
      ).to.deep.equal([
        '第一条',
        '第二条',
        '第三条',
        '第四条',
        '第五条',
        '第六条',
      ]);
      expect(editorial.en.clauseReference(6)).to.equal('clause VI');
      expect(editorial.ru.clauseReference(6)).to.equal('пункт\u00a06');
    });
  });
});
