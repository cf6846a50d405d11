/**
 * The embed snippet: its structure, its escaping, and its fallback text held
 * against the published page in `source/` (never against `src/content`).
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
  cdnUrl,
  embedSnippet,
  MODULE_FILE,
  SOURCE_FILE,
  subresourceIntegrity,
  type EmbedSnippetOptions,
} from '../../scripts/lib/embed-code.js';
import {
  joinClauseParts,
  loadSource,
  normalize,
  sourceSections,
  type SourceSections,
} from '../support/source-text.js';

const SCRIPT_URL =
  'https://cdn.jsdelivr.net/npm/qingdao-initiative@0.1.0/dist/qingdao-initiative.js';
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

function snippet(options: Partial<EmbedSnippetOptions> = {}): string {
  return embedSnippet({
    which: { clause: 3 },
    language: 'en',
    scriptUrl: SCRIPT_URL,
    integrity: INTEGRITY,
    ...options,
  });
}

/** The snippet parsed as a page would parse it, inert (no script runs). */
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
  const script = one(page, 'script');
  expect(script.textContent, 'inline script').to.equal('');
  for (const element of page.body.querySelectorAll('*')) {
    for (const { name } of element.attributes) {
      expect(name, `<${element.localName} ${name}>`).not.to.match(/^on/);
    }
  }
}

for (const language of LANGUAGES) {
  describe(`embedSnippet, ${language}`, () => {
    for (const number of CLAUSES) {
      it(`clause ${number}: one blockquote with the title, the body and the citation line, text as published`, () => {
        const page = parse(
          snippet({ which: { clause: number }, language: language }),
        );
        expect(
          [...page.body.children].map((element) => element.localName),
        ).to.deep.equal(['qingdao-clause', 'script']);
        const element = one(page, 'qingdao-clause');
        expect(element.getAttribute('clause')).to.equal(String(number));
        expect(element.getAttribute('lang')).to.equal(language);
        expect(element.hasAttribute('variant')).to.be.false;

        const quote = one(element, ':scope > blockquote');
        expect(quote.getAttribute('lang')).to.equal(language);
        expect(quote.hasAttribute('cite')).to.be.false;
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
        expect(one(citationLine, ':scope > cite').textContent).to.equal(
          editorial[language].citation(number),
        );
        expect(citationLine.textContent).to.equal(
          (language === 'zh-Hans' ? '——' : '— ') +
            editorial[language].citation(number),
        );
        expectNoInlineStyleOrScript(page);
      });
    }

    it('whole document: article with title, release line, preamble and the six clauses as published', () => {
      const page = parse(snippet({ which: 'document', language }));
      const element = one(page, 'body > qingdao-initiative');
      expect(element.getAttribute('lang')).to.equal(language);
      const article = one(element, ':scope > article');
      expect(article.getAttribute('lang')).to.equal(language);

      const titleLines = [...one(article, 'h2').childNodes]
        .filter((node) => node instanceof Text)
        .map((node) => node.textContent);
      expect(normalize(titleLines.join(' '))).to.equal(
        normalize(source.title[language].join(' ')),
      );
      const [releaseLine, versionNote, preamble] =
        article.querySelectorAll(':scope > p');
      expect(releaseLine!.textContent).to.equal(
        editorial[language].releaseLine,
      );
      expect(versionNote!.textContent).to.equal(
        editorial[language].versionNote,
      );
      expect(normalize(preamble!.textContent!)).to.equal(
        normalize(source.preamble[language]),
      );

      const items = one(article, ':scope > ol').querySelectorAll(':scope > li');
      expect([...items].map((item) => item.id)).to.deep.equal(
        CLAUSES.map((number) => `clause-${number}`),
      );
      items.forEach((item, index) => {
        expect(
          normalize(
            shownClause(one(item, 'h3'), one(item, 'h3 + p'), language),
          ),
          `clause ${index + 1}`,
        ).to.equal(normalize(source.clauses[index]![language]));
      });
      expectNoInlineStyleOrScript(page);
    });
  });
}

describe('embedSnippet', () => {
  it('loads the module as a module, with integrity and crossorigin', () => {
    const script = one(parse(snippet()), 'script');
    expect(script.getAttribute('type')).to.equal('module');
    expect(script.getAttribute('src')).to.equal(SCRIPT_URL);
    expect(script.getAttribute('integrity')).to.equal(INTEGRITY);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
  });

  it('leaves integrity out when there is none', () => {
    const script = one(parse(snippet({ integrity: undefined })), 'script');
    expect(script.hasAttribute('integrity')).to.be.false;
  });

  it('passes variant and cite through as attributes', () => {
    const page = parse(
      snippet({ variant: 'compact', citeUrl: 'https://example.org/q' }),
    );
    expect(one(page, 'qingdao-clause').getAttribute('variant')).to.equal(
      'compact',
    );
    expect(one(page, 'blockquote').getAttribute('cite')).to.equal(
      'https://example.org/q',
    );
  });

  it('writes a theme other than light on the element, clause or whole document', () => {
    expect(
      one(parse(snippet({ theme: 'dark' })), 'qingdao-clause').getAttribute(
        'theme',
      ),
    ).to.equal('dark');
    const whole = parse(snippet({ which: 'document', theme: 'auto' }));
    expect(one(whole, 'qingdao-initiative').getAttribute('theme')).to.equal(
      'auto',
    );
    expect(
      one(parse(snippet({ theme: 'light' })), 'qingdao-clause').hasAttribute(
        'theme',
      ),
    ).to.be.false;
  });

  it('escapes every attribute value: hostile URLs and variant inject nothing', () => {
    const hostile =
      'https://x.example/"><img src=x onerror=alert(1)><script>alert(2)</script>&amp;';
    const html = snippet({
      scriptUrl: hostile,
      citeUrl: hostile,
      variant: `a" onclick="alert(3)`,
      integrity: `sha384-"><b>x</b>`,
    });
    const page = parse(html);
    expect(page.querySelectorAll('img, b, script:not([src])')).to.be.empty;
    expect(page.querySelectorAll('script')).to.have.length(1);
    expect(one(page, 'script').getAttribute('src')).to.equal(hostile);
    expect(one(page, 'script').getAttribute('integrity')).to.equal(
      `sha384-"><b>x</b>`,
    );
    expect(one(page, 'blockquote').getAttribute('cite')).to.equal(hostile);
    const element = one(page, 'qingdao-clause');
    expect(element.getAttribute('variant')).to.equal(`a" onclick="alert(3)`);
    expect(element.hasAttribute('onclick')).to.be.false;
    expectNoInlineStyleOrScript(page);
  });

  it('escapes the text: the published quotes and ampersands stay text', () => {
    // Whatever the content holds, `<`, `>`, `&` and `"` never appear raw
    // between tags, so the text cannot open an element.
    const html = snippet({ which: 'document', language: 'en' });
    const between = html.match(/>[^<]*</g) ?? [];
    for (const text of between) {
      expect(text.slice(1, -1), text).not.to.match(
        /[<>"]|&(?!amp;|lt;|gt;|quot;)/,
      );
    }
    expect(html).to.include('&quot;gateway');
  });

  it('is indented in steps of two spaces, with no trailing space', () => {
    const lines = snippet().trimEnd().split('\n');
    expect(lines[0]).to.equal('<qingdao-clause clause="3" lang="en">');
    expect(lines[1]).to.equal('  <blockquote lang="en">');
    expect(lines[2]).to.match(/^ {4}<p><strong>III\. Jointly /);
    expect(lines.at(-1)).to.match(/^<script type="module" src="/);
    for (const line of lines) {
      expect(line, line).to.match(/^(?: {2})*<\S/);
      expect(line, line).not.to.match(/\s$/);
    }
  });

  it('refuses a clause other than 1 to 6, and variant or cite for the whole document', () => {
    expect(() => snippet({ which: { clause: 7 as ClauseNumber } })).to.throw(
      RangeError,
    );
    expect(() => snippet({ language: 'de' as Language })).to.throw(RangeError);
    expect(() => snippet({ which: 'document', variant: 'compact' })).to.throw(
      TypeError,
    );
    expect(() =>
      snippet({ which: 'document', citeUrl: 'https://example.org/' }),
    ).to.throw(TypeError);
  });
});

describe('the fallback with the elements not defined', () => {
  let host: HTMLElement;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  /** The snippet's element (not its script) placed in this page. */
  function place(options: Partial<EmbedSnippetOptions>): Element {
    const parsed = parse(snippet(options)).body.firstElementChild!;
    const element = document.importNode(parsed, true);
    host.append(element);
    return element;
  }

  it('is what this page has: neither element is defined', () => {
    expect(customElements.get('qingdao-clause')).to.be.undefined;
    expect(customElements.get('qingdao-initiative')).to.be.undefined;
  });

  for (const language of LANGUAGES) {
    it(`a clause is visible and readable, ${language}`, () => {
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
    });
  }

  it('the whole document is visible and readable, every clause in it', () => {
    const element = place({ which: 'document', language: 'ru' });
    const article = one(element, 'article') as HTMLElement;
    expect(article.getBoundingClientRect().height).to.be.greaterThan(400);
    const rendered = normalize(article.innerText);
    for (const clause of source.clauses) {
      expect(rendered).to.include(normalize(clause.ru).slice(-40));
    }
    for (const item of article.querySelectorAll('li')) {
      expect(item.getBoundingClientRect().height, item.id).to.be.greaterThan(0);
    }
  });
});

describe('cdnUrl', () => {
  it('points at files the package ships, by version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(cdnUrl(pkg, MODULE_FILE)).to.equal(
      `https://cdn.jsdelivr.net/npm/qingdao-initiative@${pkg.version}/dist/qingdao-initiative.js`,
    );
    expect(cdnUrl(pkg, SOURCE_FILE)).to.equal(
      `https://cdn.jsdelivr.net/npm/qingdao-initiative@${pkg.version}/source/qingdao-initiative-2025-07-18.txt`,
    );
    for (const file of [MODULE_FILE, SOURCE_FILE]) {
      expect((await fetch(`/${file}`)).status, file).to.equal(200);
      expect(
        pkg.files.some((entry: string) => file.startsWith(entry)),
        file,
      ).to.be.true;
    }
  });
});

describe('subresourceIntegrity', () => {
  it('gives sha384- and the base64 digest', async () => {
    expect(
      await subresourceIntegrity(new TextEncoder().encode('abc')),
    ).to.equal(INTEGRITY);
  });

  it('matches what the browser checks: a module with it loads, a wrong one is refused', async () => {
    const code =
      'window.__snippetSriLoaded = (window.__snippetSriLoaded ?? 0) + 1;';
    const url = URL.createObjectURL(
      new Blob([code], { type: 'text/javascript' }),
    );
    const integrity = await subresourceIntegrity(
      new TextEncoder().encode(code),
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
