/**
 * A `lang` set anywhere around a widget moves it at once: on any ancestor,
 * in the document or inside another component's shadow root (nested too),
 * added, changed or removed; and a widget moved under another ancestor
 * takes that ancestor's language. "At once": by the next task, with no other
 * change on the page to wake it.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { QingdaoClause } from '../../src/index.js';
import { shownLanguage } from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

/** Lets the one `lang` observer and the widgets' updates run. */
const settled = () => aTimeout(0);

/**
 * A component with a shadow root holding `<article lang="en">` with a
 * clause inside, as a design system's card or a CMS's preview would.
 */
async function inComponent(depth = 1) {
  const page = await fixture<HTMLElement>(
    html`<div lang="zh"><div></div></div>`,
  );
  let container: HTMLElement = page.firstElementChild as HTMLElement;
  const roots: ShadowRoot[] = [];
  for (let level = 0; level < depth; level++) {
    const root = container.attachShadow({ mode: 'open' });
    roots.push(root);
    const inner = document.createElement('div');
    root.append(inner);
    container = inner;
  }
  const article = document.createElement('article');
  article.lang = 'en';
  const clause = document.createElement('qingdao-clause') as QingdaoClause;
  clause.clause = 1;
  article.append(clause);
  container.append(article);
  await clause.updateComplete;
  return { page, roots, article, clause };
}

describe('lang set anywhere', () => {
  for (const depth of [1, 2]) {
    it(`inside ${depth === 1 ? 'a component’s shadow root' : 'nested shadow roots'}: changed, removed, added`, async () => {
      const { page, roots, article, clause } = await inComponent(depth);
      expect(shownLanguage(clause)).to.equal('en');

      article.lang = 'ru';
      await settled();
      expect(clause.language).to.equal('ru');
      expect(shownLanguage(clause)).to.equal('ru');

      // Removed: the next ancestor's, across the shadow roots: the page's div.
      article.removeAttribute('lang');
      await settled();
      expect(shownLanguage(clause)).to.equal('zh-Hans');

      // Added on the shadow root's own top element.
      (roots.at(-1)!.firstElementChild as HTMLElement).lang = 'ru-RU';
      await settled();
      expect(shownLanguage(clause)).to.equal('ru');

      // Changed in the light DOM, on the host's ancestor, once nothing closer applies.
      (roots.at(-1)!.firstElementChild as HTMLElement).removeAttribute('lang');
      page.lang = 'en';
      await settled();
      expect(shownLanguage(clause)).to.equal('en');
    });
  }

  it('on the component host itself, in the light DOM', async () => {
    const { page, article, clause } = await inComponent();
    article.removeAttribute('lang');
    await settled();
    (page.firstElementChild as HTMLElement).lang = 'ru';
    await settled();
    expect(shownLanguage(clause)).to.equal('ru');
  });

  it('a widget moved under another ancestor takes its language', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <section lang="en">
          <qingdao-clause clause="2"></qingdao-clause>
        </section>
        <section lang="zh-CN"></section>
      </div>`,
    );
    const [english, chinese] = [...page.querySelectorAll('section')];
    const clause = english!.querySelector('qingdao-clause')!;
    await clause.updateComplete;
    expect(shownLanguage(clause)).to.equal('en');
    chinese!.append(clause);
    await clause.updateComplete;
    expect(shownLanguage(clause)).to.equal('zh-Hans');

    // Into a shadow root whose content says Russian.
    const root = english!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p lang="ru"></p>';
    root.firstElementChild!.append(clause);
    await clause.updateComplete;
    expect(shownLanguage(clause)).to.equal('ru');
    // That shadow root is heard from now on.
    (root.firstElementChild as HTMLElement).lang = 'en';
    await settled();
    expect(shownLanguage(clause)).to.equal('en');
  });

  it('fires one qingdao-language-change per change, crossing the shadow roots', async () => {
    const { page, article, clause } = await inComponent(2);
    const heard: unknown[] = [];
    page.addEventListener('qingdao-language-change', (event) =>
      heard.push(event.detail),
    );
    article.lang = 'ru';
    await settled();
    article.lang = 'ru-RU';
    await settled();
    expect(heard).to.deep.equal([{ language: 'ru', previous: 'en' }]);
    expect(shownLanguage(clause)).to.equal('ru');
  });
});
