import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/index.js';
import type {
  QingdaoClause,
  QingdaoInitiative,
  QingdaoLanguageSwitch,
} from '../../src/index.js';
import { resetPageChoiceForTests } from '../../src/language/page-choice.js';
import {
  pressedLanguage,
  shownLanguage,
  switchToolbar,
  switchButton,
  withControls,
} from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

const STORAGE_KEY = 'qingdao-initiative:language';

afterEach(forgetLanguageChoice);

interface Page {
  initiative: QingdaoInitiative;
  clauses: QingdaoClause[];
  headerSwitch: QingdaoLanguageSwitch;
  all: ReactiveElement[];
}

async function page(
  template = html`<div>
    <qingdao-language-switch></qingdao-language-switch>
    <qingdao-initiative lang="zh"></qingdao-initiative>
    <qingdao-clause clause="1" lang="en"></qingdao-clause>
    <qingdao-clause clause="2" lang="ru"></qingdao-clause>
  </div>`,
): Promise<Page> {
  const root = await fixture(template);
  const initiative = root.querySelector('qingdao-initiative')!;
  const clauses = [...root.querySelectorAll('qingdao-clause')];
  const headerSwitch = root.querySelector('qingdao-language-switch')!;
  const all = [initiative, ...clauses, headerSwitch].filter(
    Boolean,
  ) as ReactiveElement[];
  await Promise.all(all.map((element) => element.updateComplete));
  await withControls(...clauses);
  return { initiative, clauses, headerSwitch, all };
}

const shown = shownLanguage;

async function settleAll(elements: ReactiveElement[]) {
  await Promise.all(elements.map((element) => element.updateComplete));
}

describe('one language choice for the page', () => {
  it("a visitor's choice in one widget moves every widget, above the authors' lang", async () => {
    const { initiative, clauses, headerSwitch, all } = await page();
    expect([shown(initiative), ...clauses.map(shown)]).to.deep.equal([
      'zh-Hans',
      'en',
      'ru',
    ]);
    switchButton(clauses[0]!, 'ru').click();
    await settleAll(all);
    expect([shown(initiative), ...clauses.map(shown)]).to.deep.equal([
      'ru',
      'ru',
      'ru',
    ]);
    expect(pressedLanguage(headerSwitch)).to.equal('ru');
    expect(pressedLanguage(initiative)).to.equal('ru');
  });

  it('the standalone switch moves every widget, and its UI words follow', async () => {
    const { initiative, clauses, headerSwitch, all } = await page();
    switchButton(headerSwitch, 'zh-Hans').click();
    await settleAll(all);
    expect([shown(initiative), ...clauses.map(shown)]).to.deep.equal([
      'zh-Hans',
      'zh-Hans',
      'zh-Hans',
    ]);
    const group = switchToolbar(headerSwitch);
    expect(group.getAttribute('lang')).to.equal('zh-Hans');
    expect(group.getAttribute('aria-label')).to.equal('文本语言');
  });

  it('fires qingdao-language-change once on each widget whose language changed, and on no other', async () => {
    const { initiative, clauses, headerSwitch, all } = await page();
    const fired = new Map<Element, unknown[]>();
    for (const element of all) {
      fired.set(element, []);
      element.addEventListener('qingdao-language-change', (event) =>
        fired.get(element)!.push(event.detail),
      );
    }
    switchButton(clauses[1]!, 'en').click();
    await settleAll(all);
    expect(fired.get(initiative)).to.deep.equal([
      { language: 'en', previous: 'zh-Hans' },
    ]);
    expect(fired.get(clauses[0]!)).to.deep.equal([]);
    expect(fired.get(clauses[1]!)).to.deep.equal([
      { language: 'en', previous: 'ru' },
    ]);
    expect(fired.get(headerSwitch)!.length).to.be.at.most(1);

    switchButton(clauses[1]!, 'en').click();
    await settleAll(all);
    expect(fired.get(initiative)).to.have.length(1);
    expect(fired.get(clauses[1]!)).to.have.length(1);
  });

  it('an independent widget neither follows nor sends the page choice', async () => {
    const { initiative, clauses, all } = await page(
      html`<div>
        <qingdao-initiative lang="zh"></qingdao-initiative>
        <qingdao-clause clause="1" lang="en" independent></qingdao-clause>
        <qingdao-clause clause="2" lang="ru"></qingdao-clause>
      </div>`,
    );
    const [independent, follower] = clauses;
    switchButton(follower!, 'en').click();
    await settleAll(all);
    expect(shown(initiative)).to.equal('en');
    expect(shown(independent!)).to.equal('en');

    switchButton(follower!, 'zh-Hans').click();
    await settleAll(all);
    expect(shown(independent!)).to.equal('en');

    const changed = oneEvent(independent!, 'qingdao-language-change');
    switchButton(independent!, 'ru').click();
    expect((await changed).detail).to.deep.equal({
      language: 'ru',
      previous: 'en',
    });
    await settleAll(all);
    expect(shown(independent!)).to.equal('ru');
    expect(shown(initiative)).to.equal('zh-Hans');
    expect(shown(follower!)).to.equal('zh-Hans');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('zh-Hans');
  });

  it('remembers the choice on this site across visits', async () => {
    const first = await page();
    switchButton(first.initiative, 'ru').click();
    await settleAll(first.all);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('ru');

    resetPageChoiceForTests(); // a new visit: nothing chosen in this page view yet
    const { initiative, clauses } = await page();
    expect([shown(initiative), ...clauses.map(shown)]).to.deep.equal([
      'ru',
      'ru',
      'ru',
    ]);
    expect(document.cookie).to.equal('');
    // The UI words follow the remembered choice too.
    await new Promise((resolve) => setTimeout(resolve));
    await initiative.updateComplete;
    const group = switchToolbar(initiative);
    expect(group.getAttribute('lang')).to.equal('ru');
    expect(group.getAttribute('aria-label')).to.equal('Язык текста');
  });

  it('a standalone switch alone on a page shows the remembered choice in its own words', async () => {
    localStorage.setItem(STORAGE_KEY, 'zh-Hans');
    const headerSwitch = await fixture<QingdaoLanguageSwitch>(
      html`<qingdao-language-switch></qingdao-language-switch>`,
    );
    await new Promise((resolve) => setTimeout(resolve));
    await headerSwitch.updateComplete;
    expect(pressedLanguage(headerSwitch)).to.equal('zh-Hans');
    const group = switchToolbar(headerSwitch);
    expect(group.getAttribute('lang')).to.equal('zh-Hans');
  });

  it('remember="off" neither reads nor writes the remembered choice', async () => {
    localStorage.setItem(STORAGE_KEY, 'ru');
    const { clauses, all } = await page(
      html`<div>
        <qingdao-clause clause="1" lang="en" remember="off"></qingdao-clause>
        <qingdao-clause clause="2" lang="zh" remember="off"></qingdao-clause>
      </div>`,
    );
    expect(clauses.map(shown)).to.deep.equal(['en', 'zh-Hans']);
    localStorage.removeItem(STORAGE_KEY);
    switchButton(clauses[0]!, 'zh-Hans').click();
    await settleAll(all);
    expect(clauses.map(shown)).to.deep.equal(['zh-Hans', 'zh-Hans']);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('tolerates storage that throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      resetPageChoiceForTests();
      const { initiative, clauses, all } = await page();
      expect(shown(initiative)).to.equal('zh-Hans');
      switchButton(clauses[0]!, 'ru').click();
      await settleAll(all);
      expect([shown(initiative), ...clauses.map(shown)]).to.deep.equal([
        'ru',
        'ru',
        'ru',
      ]);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('an unknown remember value remembers, as by default (the note and warning: unknown-values.test.ts)', async () => {
    const { initiative, all } = await page(
      html`<div>
        <qingdao-initiative lang="en" remember="sometimes"></qingdao-initiative>
      </div>`,
    );
    switchButton(initiative, 'ru').click();
    await settleAll(all);
    expect(shown(initiative)).to.equal('ru');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('ru');
  });
});
