/**
 * The embed code in its three formats and the static embed pages: their
 * structure, their markers, their escaping, and their text held against the
 * published page in `source/` (never against `src/content`).
 *
 * This file must not import src/index.ts: the elements stay undefined here,
 * so the fallback is seen as a reader without JavaScript sees it.
 */
import { expect } from '@open-wc/testing';
import { editorial } from '../../src/content/index.js';
import {
  LANGUAGES,
  type ClauseNumber,
  type Language,
} from '../../src/content/types.js';
import {
  SOURCE_FILE,
  defaultFrameHeight,
  embedCode,
  embedPage,
  embedPageFile,
  oembed,
  subresourceIntegrity,
  templateScript,
  type EmbedCodeOptions,
} from '../../scripts/lib/embed-code.js';
import {
  joinClauseParts,
  loadSource,
  normalize,
  sourceSections,
  type SourceSections,
} from '../support/source-text.js';

const BASE = 'https://www.example.gov.cn/static/qingdao/';
// SHA-384 of "abc" (FIPS 180-2 test vector), as `openssl dgst -sha384 -binary | base64` gives it.
const INTEGRITY =
  'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn';
const CLAUSES: readonly ClauseNumber[] = [1, 2, 3, 4, 5, 6];
/** The editorial mark after the last published word of Russian clause 2. */
const BREAK_MARK = '[…]';

let source: SourceSections;

before(async () => {
  source = sourceSections(await loadSource());
});

function code(options: Partial<EmbedCodeOptions> = {}): string {
  return embedCode({
    which: { clause: 3 },
    language: 'en',
    baseUrl: BASE,
    integrity: INTEGRITY,
    ...options,
  });
}

/** The code parsed as a page would parse it, inert (no script runs). */
function parse(html: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><body>${html}`,
    'text/html',
  );
}

function one(root: ParentNode, selector: string): Element {
  const found = root.querySelectorAll(selector);
  expect(found, selector).to.have.length(1);
  return found[0]!;
}

/** Title and body joined as the published page joins them, mark left out. */
function shownClause(
  title: Element,
  body: Element,
  language: Language,
): string {
  return joinClauseParts(
    language,
    title.textContent!.trim(),
    body.textContent!.trim().replace(BREAK_MARK, ''),
  );
}

function expectNoInlineStyleOrScript(page: Document) {
  expect(page.querySelectorAll('[style], style'), 'inline styles').to.be.empty;
  for (const script of page.querySelectorAll('script')) {
    expect(script.textContent, 'inline script').to.equal('');
  }
  for (const element of page.body.querySelectorAll('*')) {
    for (const { name } of element.attributes) {
      expect(name, `<${element.localName} ${name}>`).not.to.match(/^on/);
    }
  }
}

const dash = (language: Language) => (language === 'zh-Hans' ? '——' : '— ');

/** Checks a clause quotation: markers, text as published, citation line. */
function expectClauseQuotation(
  quote: Element,
  number: ClauseNumber,
  language: Language,
) {
  expect(quote.localName).to.equal('blockquote');
  expect([...quote.classList]).to.deep.equal([
    'qingdao-quote',
    `qingdao-clause-${number}`,
    `qingdao-lang-${language}`,
  ]);
  expect(quote.getAttribute('lang')).to.equal(language);
  expect(quote.getAttribute('data-qingdao-clause')).to.equal(String(number));
  expect(quote.getAttribute('data-qingdao-lang')).to.equal(language);
  const paragraphs = quote.querySelectorAll(':scope > p');
  const title = one(paragraphs[0]!, 'strong');
  const body = paragraphs[1]!;
  expect(normalize(shownClause(title, body, language))).to.equal(
    normalize(source.clauses[number - 1]![language]),
  );
  const hasBreak = language === 'ru' && number === 2;
  expect(body.textContent!.endsWith(BREAK_MARK)).to.equal(hasBreak);
  expect(quote.querySelectorAll('[role="note"]')).to.have.length(
    hasBreak ? 1 : 0,
  );
  const citationLine = paragraphs[paragraphs.length - 1]!;
  expect(citationLine.textContent).to.equal(
    dash(language) + editorial[language].citation(number),
  );
  // Chinese is never set in (synthetic) italics: no <cite>, <em>, <i>.
  expect(citationLine.querySelectorAll('cite')).to.have.length(
    language === 'zh-Hans' ? 0 : 1,
  );
}

for (const language of LANGUAGES) {
  describe(`embed code, ${language}`, () => {
    for (const number of CLAUSES) {
      it(`clause ${number}, element: the widget with the quotation inside, then the module`, () => {
        const page = parse(
          code({ which: { clause: number }, language, format: 'element' }),
        );
        expect(
          [...page.body.children].map((element) => element.localName),
        ).to.deep.equal(['qingdao-clause', 'script']);
        const element = one(page, 'qingdao-clause');
        expect(element.getAttribute('clause')).to.equal(String(number));
        expect(element.getAttribute('lang')).to.equal(language);
        expect(element.hasAttribute('variant')).to.be.false;
        expectClauseQuotation(
          one(element, ':scope > blockquote'),
          number,
          language,
        );
        expectNoInlineStyleOrScript(page);
      });
    }

    it('clause 3, blockquote: the quotation alone, the same as inside the element', () => {
      const page = parse(code({ language, format: 'blockquote' }));
      expect(
        [...page.body.children].map((element) => element.localName),
      ).to.deep.equal(['blockquote']);
      expectClauseQuotation(one(page, 'blockquote'), 3, language);
      const inElement = parse(code({ language, format: 'element' }));
      const unindented = (quote: Element) =>
        quote.outerHTML.replace(/\n\s*/g, '\n');
      expect(unindented(one(inElement, 'blockquote'))).to.equal(
        unindented(one(page, 'blockquote')),
      );
    });

    it('whole document: one quotation with title, release line, preamble and the six clauses, each numbered once', () => {
      const page = parse(code({ which: 'document', language }));
      const element = one(page, 'body > qingdao-initiative');
      expect(element.getAttribute('lang')).to.equal(language);
      const quote = one(element, ':scope > blockquote');
      expect([...quote.classList]).to.deep.equal([
        'qingdao-quote',
        'qingdao-initiative',
        `qingdao-lang-${language}`,
      ]);
      const titleLines = [...one(quote, 'h2').childNodes]
        .filter((node) => node instanceof Text)
        .map((node) => node.textContent);
      expect(normalize(titleLines.join(' '))).to.equal(
        normalize(source.title[language].join(' ')),
      );
      const [releaseLine, versionNote, preamble] =
        quote.querySelectorAll(':scope > p');
      expect(releaseLine!.textContent).to.equal(
        editorial[language].releaseLine,
      );
      expect(versionNote!.textContent).to.equal(
        editorial[language].versionNote,
      );
      expect(normalize(preamble!.textContent!)).to.equal(
        normalize(source.preamble[language]),
      );
      // No list: the labels (一、, I., 1.) are the only numbers.
      expect(quote.querySelectorAll('ol, ul, li')).to.have.length(0);
      const headings = quote.querySelectorAll(':scope > h3');
      expect(headings).to.have.length(6);
      headings.forEach((heading, index) => {
        expect(
          normalize(
            shownClause(heading, heading.nextElementSibling!, language),
          ),
          `clause ${index + 1}`,
        ).to.equal(normalize(source.clauses[index]![language]));
      });
      expectNoInlineStyleOrScript(page);
    });
  });
}

describe('embedCode', () => {
  it('element: loads the module under the base URL, with integrity and crossorigin', () => {
    const script = one(parse(code()), 'script');
    expect(script.getAttribute('type')).to.equal('module');
    expect(script.getAttribute('src')).to.equal(
      'https://www.example.gov.cn/static/qingdao/qingdao-initiative.js',
    );
    expect(script.getAttribute('integrity')).to.equal(INTEGRITY);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    const other = parse(code({ scriptUrl: '/js/q.js', baseUrl: undefined }));
    expect(one(other, 'script').getAttribute('src')).to.equal('/js/q.js');
  });

  it('cites the published page under the base URL, or the cite given', () => {
    expect(one(parse(code()), 'blockquote').getAttribute('cite')).to.equal(
      `${BASE}${SOURCE_FILE}`,
    );
    const given = parse(code({ citeUrl: 'https://example.org/q' }));
    expect(one(given, 'blockquote').getAttribute('cite')).to.equal(
      'https://example.org/q',
    );
    const none = parse(code({ format: 'blockquote', baseUrl: undefined }));
    expect(one(none, 'blockquote').hasAttribute('cite')).to.be.false;
  });

  it('refuses to make up an address: element and iframe need the base URL', () => {
    expect(() => code({ baseUrl: undefined })).to.throw(TypeError, /baseUrl/);
    expect(() => code({ format: 'iframe', baseUrl: undefined })).to.throw(
      TypeError,
      /baseUrl/,
    );
    expect(() => code({ format: 'blockquote', baseUrl: undefined })).not.to
      .throw;
  });

  it('writes inline and a theme other than light, on the element and as markers', () => {
    const page = parse(code({ variant: 'inline', theme: 'dark' }));
    const element = one(page, 'qingdao-clause');
    expect(element.getAttribute('variant')).to.equal('inline');
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(one(page, 'blockquote').classList.contains('qingdao-variant-inline'))
      .to.be.true;
    expect(one(page, 'blockquote').classList.contains('qingdao-theme-dark')).to
      .be.true;
    const plain = parse(code({ variant: 'card', theme: 'light' }));
    expect(one(plain, 'qingdao-clause').attributes).to.have.length(2);
  });

  it('iframe: a titled, lazy frame on the embed page, tall enough for a phone', () => {
    for (const language of LANGUAGES) {
      const frame = one(
        parse(code({ format: 'iframe', language })),
        'iframe',
      ) as HTMLIFrameElement;
      expect(frame.getAttribute('src')).to.equal(
        `${BASE}embed/clause-3-${language}.html`,
      );
      expect(frame.title).to.equal(editorial[language].citation(3));
      expect(frame.getAttribute('loading')).to.equal('lazy');
      expect(frame.getAttribute('width')).to.equal('100%');
      expect(Number(frame.getAttribute('height'))).to.equal(
        defaultFrameHeight({ clause: 3 }, language),
      );
      expect(frame.hasAttribute('sandbox')).to.be.false;
    }
  });

  it('escapes every attribute value: hostile URLs inject nothing', () => {
    const hostile =
      'https://x.example/"><img src=x onerror=alert(1)><script>alert(2)</script>&amp;';
    const page = parse(
      code({
        scriptUrl: hostile,
        citeUrl: hostile,
        integrity: `sha384-"><b>x</b>`,
      }),
    );
    expect(page.querySelectorAll('img, b, script:not([src])')).to.be.empty;
    expect(page.querySelectorAll('script')).to.have.length(1);
    expect(one(page, 'script').getAttribute('src')).to.equal(hostile);
    expect(one(page, 'blockquote').getAttribute('cite')).to.equal(hostile);
    expectNoInlineStyleOrScript(page);
  });

  it('escapes only what must be: quotes stay as they are in the text', () => {
    const html = code({ which: 'document', language: 'en' });
    const between = html.match(/>[^<]*</g) ?? [];
    for (const text of between) {
      expect(text.slice(1, -1), text).not.to.match(/[<>]|&(?!amp;|lt;|gt;)/);
    }
    expect(html).to.include('an "gateway');
    expect(html).not.to.include('&quot;gateway');
  });

  it('is indented in steps of two spaces, with no trailing space', () => {
    const lines = code().trimEnd().split('\n');
    expect(lines[0]).to.equal('<qingdao-clause clause="3" lang="en">');
    expect(lines[1]).to.match(/^ {2}<blockquote class="qingdao-quote /);
    expect(lines[2]).to.match(/^ {4}<p><strong>III\. Jointly /);
    expect(lines.at(-1)).to.match(/^<script type="module" src="/);
    for (const line of lines) {
      expect(line, line).to.match(/^(?: {2})*<\S/);
      expect(line, line).not.to.match(/\s$/);
    }
  });

  it('refuses a clause other than 1 to 6, an unknown format, and a variant for the whole document', () => {
    expect(() => code({ which: { clause: 7 as ClauseNumber } })).to.throw(
      RangeError,
    );
    expect(() => code({ language: 'de' as Language })).to.throw(RangeError);
    expect(() => code({ format: 'json' as 'iframe' })).to.throw(TypeError);
    expect(() => code({ which: 'document', variant: 'inline' })).to.throw(
      TypeError,
    );
  });

  it('templateScript: the one line a template needs for the blockquote format', () => {
    const script = one(parse(templateScript(BASE, INTEGRITY)), 'script');
    expect(script.getAttribute('src')).to.equal(`${BASE}qingdao-initiative.js`);
    expect(script.getAttribute('type')).to.equal('module');
  });
});

describe('embed pages and oEmbed', () => {
  it('each page carries the whole quotation, its lang, the stylesheet, both scripts and the oEmbed link', () => {
    const page = new DOMParser().parseFromString(
      embedPage({ clause: 2 }, 'ru', BASE),
      'text/html',
    );
    expect(page.documentElement.lang).to.equal('ru');
    expectClauseQuotation(one(page, 'qingdao-clause > blockquote'), 2, 'ru');
    expect(one(page, 'link[rel="stylesheet"]').getAttribute('href')).to.equal(
      'embed.css',
    );
    expect(one(page, 'script[type="module"]').getAttribute('src')).to.equal(
      '../qingdao-initiative.js',
    );
    expect(one(page, 'script:not([type])').getAttribute('src')).to.equal(
      '../qingdao-embed-frame.js',
    );
    const discovery = one(page, 'link[type="application/json+oembed"]');
    expect(discovery.getAttribute('rel')).to.equal('alternate');
    expect(discovery.getAttribute('href')).to.equal(
      `${BASE}embed/clause-2-ru.json`,
    );
    expect(page.title).to.equal(editorial.ru.citation(2));
  });

  it('oEmbed: a rich response whose html is the quotation and the frame', () => {
    const response = oembed('document', 'zh-Hans', BASE);
    expect(response).to.include({ version: '1.0', type: 'rich', width: 600 });
    expect(response.title).to.equal(editorial['zh-Hans'].citation());
    expect(response.height).to.equal(defaultFrameHeight('document', 'zh-Hans'));
    const html = parse(response.html);
    expect(
      [...html.body.children].map((element) => element.localName),
    ).to.deep.equal(['blockquote', 'iframe']);
    expect(one(html, 'iframe').getAttribute('src')).to.equal(
      `${BASE}${embedPageFile('document', 'zh-Hans')}`,
    );
  });

  it('the build wrote a page and an oEmbed response for every quotation', async () => {
    for (const language of LANGUAGES) {
      for (const which of [
        'document',
        ...CLAUSES.map((clause) => ({ clause })),
      ] as const) {
        const file = embedPageFile(which, language);
        const response = await fetch(`/dist/${file}`);
        expect(response.status, file).to.equal(200);
        const json = await fetch(`/dist/${file.replace('.html', '.json')}`);
        expect((await json.json()).type, file).to.equal('rich');
      }
    }
    for (const file of [
      'embed/embed.css',
      'qingdao-embed-frame.js',
      'qingdao-embed-resizer.js',
      SOURCE_FILE,
    ]) {
      expect((await fetch(`/dist/${file}`)).status, file).to.equal(200);
    }
  });
});

describe('the fallback with the elements not defined', () => {
  let host: HTMLElement;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  /** The code's element (not its script) placed in this page. */
  function place(options: Partial<EmbedCodeOptions>): Element {
    const parsed = parse(code(options)).body.firstElementChild!;
    const element = document.importNode(parsed, true);
    host.append(element);
    return element;
  }

  it('is what this page has: neither element is defined', () => {
    expect(customElements.get('qingdao-clause')).to.be.undefined;
    expect(customElements.get('qingdao-initiative')).to.be.undefined;
  });

  for (const language of LANGUAGES) {
    it(`a clause is visible and readable, never in synthetic italics, ${language}`, () => {
      const element = place({ which: { clause: 1 }, language });
      const quote = one(element, 'blockquote') as HTMLElement;
      expect(quote.getBoundingClientRect().height).to.be.greaterThan(40);
      expect(quote.getBoundingClientRect().width).to.be.greaterThan(100);
      // innerText is the text as rendered: hidden text would be missing.
      const rendered = normalize(quote.innerText);
      expect(rendered).to.include(
        normalize(source.clauses[0]![language]).slice(-40),
      );
      expect(rendered).to.include(normalize(editorial[language].citation(1)));
      expect(quote.closest('[lang]')!.getAttribute('lang')).to.equal(language);
      if (language === 'zh-Hans') {
        for (const part of quote.querySelectorAll('*')) {
          expect(getComputedStyle(part).fontStyle, part.localName).to.equal(
            'normal',
          );
        }
      }
    });
  }

  it('the whole document is visible and readable, every clause numbered once', () => {
    const element = place({ which: 'document', language: 'en' });
    const quote = one(element, 'blockquote') as HTMLElement;
    expect(quote.getBoundingClientRect().height).to.be.greaterThan(400);
    const rendered = quote.innerText;
    for (const clause of source.clauses) {
      expect(normalize(rendered)).to.include(normalize(clause.en).slice(-40));
    }
    for (const label of ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.']) {
      const starts = rendered
        .split('\n')
        .filter((line) => line.trim().startsWith(`${label} `));
      expect(starts, label).to.have.length(1);
    }
    expect(rendered).not.to.match(/^\s*\d+\.\s+[IV]+\./m);
  });
});

describe('subresourceIntegrity', () => {
  it('gives sha384- and the base64 digest', async () => {
    expect(
      await subresourceIntegrity(new TextEncoder().encode('abc')),
    ).to.equal(INTEGRITY);
  });

  it('matches what the browser checks: a module with it loads, a wrong one is refused', async () => {
    const source =
      'window.__snippetSriLoaded = (window.__snippetSriLoaded ?? 0) + 1;';
    const url = URL.createObjectURL(
      new Blob([source], { type: 'text/javascript' }),
    );
    const integrity = await subresourceIntegrity(
      new TextEncoder().encode(source),
    );
    const load = (value: string) =>
      new Promise<boolean>((resolve) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.integrity = value;
        script.src = `${url}#${Math.random()}`;
        script.onload = () => resolve(true);
        script.onerror = () => resolve(false);
        document.head.append(script);
      });
    try {
      expect(await load(integrity), 'right hash').to.be.true;
      expect(await load(INTEGRITY), 'wrong hash').to.be.false;
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
