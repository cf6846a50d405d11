import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { preferredLanguage, toLanguage } from '../../src/language/tags.js';
import type { QingdaoClause } from '../../src/index.js';
import {
  shownLanguage,
  withPageLang,
  warningsDuring,
} from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

async function clauseIn(
  template: ReturnType<typeof html>,
): Promise<QingdaoClause> {
  const wrapper = await fixture(template);
  const clause =
    wrapper.localName === 'qingdao-clause'
      ? (wrapper as QingdaoClause)
      : wrapper.querySelector('qingdao-clause')!;
  await clause.updateComplete;
  return clause;
}

/** Runs `body` with `navigator.languages` as given, then restores it. */
async function withBrowserLanguages(
  languages: string[],
  body: () => Promise<void>,
) {
  Object.defineProperty(navigator, 'languages', {
    value: languages,
    configurable: true,
  });
  try {
    await body();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
  }
}

describe('language resolution', () => {
  it('maps BCP 47 forms to the published languages', () => {
    const cases: Record<string, string | undefined> = {
      zh: 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'zh-Hans': 'zh-Hans',
      'zh-Hans-CN': 'zh-Hans',
      'zh-TW': 'zh-Hans',
      'zh-Hant': 'zh-Hans',
      en: 'en',
      'en-GB': 'en',
      'EN-us': 'en',
      ru: 'ru',
      'ru-RU': 'ru',
      kk: 'ru',
      'kk-KZ': 'ru',
      ky: 'ru',
      uz: 'ru',
      tg: 'ru',
      be: 'ru',
      de: undefined,
      fr: undefined,
      '': undefined,
    };
    for (const [tag, language] of Object.entries(cases)) {
      expect(toLanguage(tag), tag).to.equal(language);
    }
  });

  for (const [tag, expected] of [
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
    ['en-GB', 'en'],
    ['ru-RU', 'ru'],
    ['uz', 'ru'],
  ]) {
    it(`the element's own lang="${tag}" shows ${expected}`, async () => {
      const element = await clauseIn(
        html`<qingdao-clause clause="1" lang=${tag!}></qingdao-clause>`,
      );
      expect(shownLanguage(element)).to.equal(expected);
      expect(element.language).to.equal(expected);
    });
  }

  it("follows the nearest ancestor's lang", async () => {
    const element = await clauseIn(
      html`<div lang="zh">
        <section lang="ru-RU">
          <p><qingdao-clause clause="1"></qingdao-clause></p>
        </section>
      </div>`,
    );
    expect(shownLanguage(element)).to.equal('ru');
  });

  it("the element's own lang ranks above its ancestors'", async () => {
    const element = await clauseIn(
      html`<div lang="ru">
        <qingdao-clause clause="1" lang="zh-CN"></qingdao-clause>
      </div>`,
    );
    expect(shownLanguage(element)).to.equal('zh-Hans');
  });

  it('finds the lang across shadow roots', async () => {
    const outer = await fixture(html`<div lang="ru"><div></div></div>`);
    const root = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    inner.innerHTML = '<qingdao-clause clause="4"></qingdao-clause>';
    const element = inner.firstElementChild as QingdaoClause;
    await element.updateComplete;
    expect(shownLanguage(element)).to.equal('ru');
  });

  it('follows <html lang> and re-renders when it changes', async () => {
    await withPageLang('zh-CN', async () => {
      const element = await clauseIn(
        html`<qingdao-clause clause="1"></qingdao-clause>`,
      );
      expect(shownLanguage(element)).to.equal('zh-Hans');
      document.documentElement.lang = 'ru';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(shownLanguage(element)).to.equal('ru');
    });
  });

  it("uses the browser's preferred languages when no lang applies", async () => {
    await withPageLang(null, () =>
      withBrowserLanguages(['de-DE', 'ru', 'en'], async () => {
        const element = await clauseIn(
          html`<qingdao-clause clause="1"></qingdao-clause>`,
        );
        expect(shownLanguage(element)).to.equal('ru');
      }),
    );
  });

  it('serves readers of SCO-region languages the Russian text', async () => {
    expect(preferredLanguage(['kk-KZ', 'en'])).to.equal('ru');
    expect(preferredLanguage(['ky'])).to.equal('ru');
    expect(preferredLanguage(['fr', 'tg'])).to.equal('ru');
    expect(preferredLanguage(['fr', 'de'])).to.equal(undefined);
    await withPageLang(null, () =>
      withBrowserLanguages(['uz-UZ'], async () => {
        const element = await clauseIn(
          html`<qingdao-clause clause="1"></qingdao-clause>`,
        );
        expect(shownLanguage(element)).to.equal('ru');
      }),
    );
  });

  it('falls back quietly from a page language it does not offer', async () => {
    const warnings = await warningsDuring(async () => {
      await withPageLang('de', () =>
        withBrowserLanguages(['de-DE', 'zh-CN'], async () => {
          const element = await clauseIn(
            html`<qingdao-clause clause="1"></qingdao-clause>`,
          );
          expect(shownLanguage(element)).to.equal('zh-Hans');
        }),
      );
      await withPageLang('de', () =>
        withBrowserLanguages(['de-DE', 'fr'], async () => {
          const element = await clauseIn(
            html`<qingdao-clause clause="1"></qingdao-clause>`,
          );
          expect(shownLanguage(element)).to.equal('en');
        }),
      );
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns once per unsupported value set on the element itself, and falls back', async () => {
    const warnings = await warningsDuring(() =>
      withPageLang('ru', async () => {
        const element = await clauseIn(
          html`<qingdao-clause clause="1" lang="fr-CA"></qingdao-clause>`,
        );
        expect(shownLanguage(element)).to.equal('ru');
        await clauseIn(
          html`<qingdao-clause clause="2" lang="fr-CA"></qingdao-clause>`,
        );
        element.setAttribute('lang', 'en');
        await element.updateComplete;
        expect(shownLanguage(element)).to.equal('en');
      }),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.include('lang="fr-CA"')
      .and.include('zh-Hans, en, ru');
  });

  it('the language property reads and sets the language, re-rendering at once', async () => {
    const element = await clauseIn(
      html`<qingdao-clause clause="5" lang="en"></qingdao-clause>`,
    );
    expect(element.language).to.equal('en');
    element.language = 'zh-TW';
    await element.updateComplete;
    expect(element.getAttribute('lang')).to.equal('zh-TW');
    expect(element.language).to.equal('zh-Hans');
    expect(shownLanguage(element)).to.equal('zh-Hans');
    element.setAttribute('lang', 'ru');
    await element.updateComplete;
    expect(shownLanguage(element)).to.equal('ru');
  });

  it('falls back to English when nothing else applies', async () => {
    await withPageLang(null, () =>
      withBrowserLanguages([], async () => {
        const element = await clauseIn(
          html`<qingdao-clause clause="1"></qingdao-clause>`,
        );
        expect(shownLanguage(element)).to.equal('en');
      }),
    );
  });
});
