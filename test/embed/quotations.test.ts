/**
 * Quotations become widgets: the module, loaded once by a site's template,
 * upgrades every quotation of ours on the page in place, as it is, as it
 * arrives later, and as editors left it (classes only, no attribute at all,
 * split one paragraph per blockquote, pushed out of its element by a `<p>`).
 * This file must not import src/ statically: the quotations come first, as
 * in an article whose template loads the module at the end.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { embedCode, quotation } from '../../scripts/lib/embed-code.js';
import {
  part,
  parts,
  shownLanguage,
  warningsDuring,
} from '../support/elements.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** A blockquote as an editor that keeps classes leaves it. */
const marked = (
  clause: 1 | 2 | 3 | 4 | 5 | 6,
  language: 'en' | 'zh-Hans' | 'ru',
) => quotation({ clause }, language).join('\n');

/** The same quotation with every attribute stripped (CKEditor, sanitize-html). */
const bare = (
  clause: 1 | 2 | 3 | 4 | 5 | 6,
  language: 'en' | 'zh-Hans' | 'ru',
) => marked(clause, language).replace(/<(\w+)\s[^>]*>/g, '<$1>');

/** Quill's way: one blockquote per paragraph, no attributes, no inner blocks. */
const split = (
  clause: 1 | 2 | 3 | 4 | 5 | 6,
  language: 'en' | 'zh-Hans' | 'ru',
) => {
  const page = new DOMParser().parseFromString(
    marked(clause, language),
    'text/html',
  );
  return [...page.querySelectorAll('blockquote > p')]
    .map((paragraph) => `<blockquote>${paragraph.textContent}</blockquote>`)
    .join('');
};

let article: HTMLElement;

before(async () => {
  // The article as published, before the module arrives; kept for the
  // whole file (a fixture would be removed after the first test).
  article = document.createElement('article');
  article.lang = 'en';
  document.body.append(article);
  article.innerHTML = `
    <p>Lead paragraph.</p>
    <section id="marked">${marked(3, 'en')}</section>
    <section id="bare">${bare(5, 'ru')}</section>
    <section id="split">${split(2, 'zh-Hans')}<p>After.</p></section>
    <section id="wrapped"><p>${embedCode({ format: 'element', which: { clause: 4 }, language: 'en', scriptUrl: '/x.js' }).replace(/<script.*$/s, '')}</p></section>
    <section id="lost"><qingdao-clause lang="en">${marked(6, 'en')}</qingdao-clause></section>
    <section id="unknown"><qingdao-clause lang="en"><blockquote><p>Something else.</p></blockquote></qingdao-clause></section>
    <section id="others">
      <blockquote><p>A quotation of someone else.</p></blockquote>
      <blockquote><p>III. Jointly Promote Upgrading of Trade and Investment.</p></blockquote>
    </section>`;
  expect(customElements.get('qingdao-clause')).to.equal(undefined);
  await import('../../src/index.js');
  await aTimeout(0);
  for (const widget of article.querySelectorAll<Widget>('qingdao-clause')) {
    await widget.updateComplete;
  }
});

after(() => {
  article.remove();
  localStorage.clear();
});

const widgetIn = (id: string): Widget =>
  article.querySelector<Widget>(`#${id} qingdao-clause`)!;

/** The widget's clause number as shown. */
const shownNumber = (widget: Element) =>
  part(widget, 'clause-number').textContent;

describe('quotations upgraded by the module', () => {
  it('a marked blockquote becomes the widget, the blockquote inside it as its fallback', () => {
    const widget = widgetIn('marked');
    expect(widget.getAttribute('clause')).to.equal('3');
    expect(shownLanguage(widget)).to.equal('en');
    expect(shownNumber(widget)).to.equal('III.');
    expect(widget.firstElementChild!.localName).to.equal('blockquote');
    expect(article.querySelectorAll('#marked > blockquote')).to.have.length(0);
  });

  it('a blockquote stripped of every attribute is recognised by its text', () => {
    const widget = widgetIn('bare');
    expect(widget.getAttribute('clause')).to.equal('5');
    expect(shownLanguage(widget)).to.equal('ru');
    expect(shownNumber(widget)).to.equal('5.');
  });

  it("Quill's one-blockquote-per-paragraph is taken as one quotation", () => {
    const widget = widgetIn('split');
    expect(widget.getAttribute('clause')).to.equal('2');
    expect(shownLanguage(widget)).to.equal('zh-Hans');
    expect(widget.querySelectorAll('blockquote')).to.have.length(3);
    expect(article.querySelectorAll('#split > blockquote')).to.have.length(0);
    expect(article.querySelector('#split > p')!.textContent).to.equal('After.');
  });

  it('an element an editor wrapped in <p> takes back the quotation the parser pushed out: shown once', () => {
    const widgets = article.querySelectorAll('#wrapped qingdao-clause');
    expect(widgets).to.have.length(1);
    expect(widgets[0]!.querySelector('blockquote')).to.exist;
    expect(article.querySelectorAll('#wrapped > blockquote')).to.have.length(0);
    expect(parts(widgets[0]!, 'clause-body')).to.have.length(1);
  });

  it('an element that lost its clause attribute shows the clause its quotation quotes', () => {
    const widget = widgetIn('lost');
    expect(shownNumber(widget)).to.equal('VI.');
    expect(parts(widget, 'message')).to.have.length(0);
  });

  it('an element with neither a clause nor a quotation of ours shows what it holds', () => {
    const widget = widgetIn('unknown');
    expect(parts(widget, 'message')).to.have.length(0);
    expect(widget.shadowRoot!.querySelector('slot')).to.exist;
    expect(widget.innerText).to.include('Something else.');
    expect(widget.getBoundingClientRect().height).to.be.greaterThan(10);
  });

  it('leaves other blockquotes alone, a bare title too', () => {
    expect(article.querySelectorAll('#others qingdao-clause')).to.have.length(
      0,
    );
    expect(article.querySelectorAll('#others > blockquote')).to.have.length(2);
  });

  it('upgrades a quotation inserted later, as a CMS preview or a single-page app does', async () => {
    const later = document.createElement('div');
    later.innerHTML = marked(1, 'zh-Hans');
    let widget!: Widget;
    const warnings = await warningsDuring(async () => {
      // Near the view: a quotation far down the page keeps its fallback
      // until the reader gets near (far-away.test.ts).
      article.prepend(later);
      await aTimeout(0);
      widget = later.querySelector<Widget>('qingdao-clause')!;
      await widget.updateComplete;
    });
    expect(shownNumber(widget)).to.equal('一、');
    expect(shownLanguage(widget)).to.equal('zh-Hans');
    expect(warnings).to.deep.equal([]);
  });

  it('upgraded widgets are whole widgets: accessible, with the switch', async () => {
    const widget = widgetIn('bare');
    expect(part(widget, 'switch').getAttribute('role')).to.equal('toolbar');
    await expect(widget).to.be.accessible();
  });
});
