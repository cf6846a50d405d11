import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { QingdaoClause, QingdaoLanguageSwitch } from '../../src/index.js';
import { LANGUAGES } from '../../src/language/tags.js';
import {
  pressedLanguage,
  shadowOf,
  shownLanguage,
  switchButton,
  switchToolbar,
  withControls,
  withPageLang,
} from '../support/elements.js';
import { pressShiftTab } from '../support/keys.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

const focused = (element: Element) => shadowOf(element).activeElement;

/** A switch between two focusable buttons, as in a site header. */
async function headerSwitch() {
  const page = await fixture(
    html`<div>
      <button id="before">before</button>
      <qingdao-language-switch lang="en"></qingdao-language-switch>
      <button id="after">after</button>
      <qingdao-clause clause="1" lang="en"></qingdao-clause>
    </div>`,
  );
  const languageSwitch = page.querySelector('qingdao-language-switch')!;
  const clause = page.querySelector('qingdao-clause')!;
  await languageSwitch.updateComplete;
  await clause.updateComplete;
  return { page, languageSwitch, clause };
}

describe('<qingdao-language-switch>', () => {
  it('names each language in itself, in a labelled toolbar, the page language pressed', async () => {
    const { languageSwitch } = await headerSwitch();
    const toolbar = switchToolbar(languageSwitch);
    expect(toolbar.getAttribute('role')).to.equal('toolbar');
    expect(toolbar.getAttribute('aria-label')).to.equal('Language of the text');
    expect(
      LANGUAGES.map((language) =>
        switchButton(languageSwitch, language).textContent!.trim(),
      ),
    ).to.deep.equal(['中文', 'English', 'Русский']);
    expect(pressedLanguage(languageSwitch)).to.equal('en');
    expect(
      LANGUAGES.map((language) =>
        switchButton(languageSwitch, language).getAttribute('aria-pressed'),
      ),
    ).to.deep.equal(['false', 'true', 'false']);
  });

  for (const language of LANGUAGES) {
    it(`is accessible with ${language} current`, async () => {
      const element = await fixture<QingdaoLanguageSwitch>(
        html`<qingdao-language-switch
          value=${language}
        ></qingdao-language-switch>`,
      );
      await element.updateComplete;
      expect(pressedLanguage(element)).to.equal(language);
      await expect(element).to.be.accessible();
    });
  }

  describe('value', () => {
    it('marks the value as current, in any BCP 47 form, and follows changes', async () => {
      const element = await fixture<QingdaoLanguageSwitch>(
        html`<qingdao-language-switch value="zh-CN"></qingdao-language-switch>`,
      );
      await element.updateComplete;
      expect(pressedLanguage(element)).to.equal('zh-Hans');
      expect(element.current).to.equal('zh-Hans');
      element.value = ' ru-RU ';
      await element.updateComplete;
      expect(element.value).to.equal('ru-RU');
      expect(pressedLanguage(element)).to.equal('ru');
    });

    it('unset (null, undefined or removed): the page choice, else the page language', async () => {
      await withPageLang('ru', async () => {
        const element = await fixture<QingdaoLanguageSwitch>(
          html`<qingdao-language-switch value="en"></qingdao-language-switch>`,
        );
        await element.updateComplete;
        expect(pressedLanguage(element)).to.equal('en');
        element.value = null;
        await element.updateComplete;
        expect(element.hasAttribute('value')).to.be.false;
        expect(pressedLanguage(element)).to.equal('ru');
        element.value = 'zh';
        await element.updateComplete;
        element.removeAttribute('value');
        await element.updateComplete;
        expect(element.value).to.equal(undefined);
        expect(pressedLanguage(element)).to.equal('ru');
      });
    });

    it('a value stays current after a press: the host decides what follows', async () => {
      const element = await fixture<QingdaoLanguageSwitch>(
        html`<qingdao-language-switch value="en"></qingdao-language-switch>`,
      );
      await element.updateComplete;
      let fired = 0;
      element.addEventListener('qingdao-language-change', () => fired++);
      const selected = oneEvent(element, 'qingdao-language-select');
      switchButton(element, 'ru').click();
      expect((await selected).detail).to.deep.equal({ language: 'ru' });
      await element.updateComplete;
      expect(pressedLanguage(element)).to.equal('en');
      expect(fired).to.equal(0);
    });
  });

  describe('keyboard: one Tab stop, arrow keys inside (ARIA toolbar)', () => {
    it('Tab enters on the current language and leaves at once, both ways', async () => {
      const { page, languageSwitch } = await headerSwitch();
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(languageSwitch)).to.equal(
        switchButton(languageSwitch, 'en'),
      );
      expect(
        LANGUAGES.map(
          (language) => switchButton(languageSwitch, language).tabIndex,
        ),
      ).to.deep.equal([-1, 0, -1]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(page.querySelector('#after'));
      await pressShiftTab();
      expect(focused(languageSwitch)).to.equal(
        switchButton(languageSwitch, 'en'),
      );
    });

    const moves: [string, string, string][] = [
      ['ArrowRight', 'en', 'ru'],
      ['ArrowRight', 'ru', 'zh-Hans'],
      ['ArrowDown', 'en', 'ru'],
      ['ArrowLeft', 'en', 'zh-Hans'],
      ['ArrowLeft', 'zh-Hans', 'ru'],
      ['ArrowUp', 'en', 'zh-Hans'],
      ['Home', 'ru', 'zh-Hans'],
      ['End', 'zh-Hans', 'ru'],
    ];
    for (const [key, from, to] of moves) {
      it(`${key} moves focus from ${from} to ${to}, and the Tab stop with it, choosing nothing`, async () => {
        const { page, languageSwitch } = await headerSwitch();
        switchButton(languageSwitch, from).focus();
        await sendKeys({ press: key });
        const target = switchButton(languageSwitch, to);
        expect(focused(languageSwitch)).to.equal(target);
        expect(target.matches(':focus-visible')).to.be.true;
        expect(getComputedStyle(target).outlineStyle).to.equal('solid');
        expect(target.tabIndex).to.equal(0);
        expect(
          LANGUAGES.filter(
            (language) => switchButton(languageSwitch, language).tabIndex === 0,
          ),
        ).to.deep.equal([to]);
        expect(pressedLanguage(languageSwitch)).to.equal('en');
        // Leaving: one Tab, and the stop is the current language again.
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(page.querySelector('#after'));
        expect(
          LANGUAGES.filter(
            (language) => switchButton(languageSwitch, language).tabIndex === 0,
          ),
        ).to.deep.equal(['en']);
      });
    }

    for (const key of ['Enter', ' ']) {
      it(`${JSON.stringify(key)} chooses the focused language for the page`, async () => {
        const { languageSwitch, clause } = await headerSwitch();
        switchButton(languageSwitch, 'en').focus();
        await sendKeys({ press: 'ArrowLeft' });
        const changed = oneEvent(clause, 'qingdao-language-change');
        await sendKeys({ press: key });
        expect((await changed).detail).to.deep.equal({
          language: 'zh-Hans',
          previous: 'en',
        });
        await languageSwitch.updateComplete;
        expect(pressedLanguage(languageSwitch)).to.equal('zh-Hans');
        expect(shownLanguage(clause)).to.equal('zh-Hans');
        expect(focused(languageSwitch)).to.equal(
          switchButton(languageSwitch, 'zh-Hans'),
        );
      });
    }
  });

  describe('qingdao-language-select', () => {
    it('is fired before acting, bubbles, is composed, and cancels the choice when prevented', async () => {
      const { page, languageSwitch, clause } = await headerSwitch();
      const selected = oneEvent(page, 'qingdao-language-select');
      const cancel = (event: Event) => event.preventDefault();
      page.addEventListener('qingdao-language-select', cancel);
      switchButton(languageSwitch, 'ru').click();
      const event = await selected;
      expect(event.detail).to.deep.equal({ language: 'ru' });
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      await languageSwitch.updateComplete;
      await clause.updateComplete;
      expect(pressedLanguage(languageSwitch)).to.equal('en');
      expect(shownLanguage(clause)).to.equal('en');

      page.removeEventListener('qingdao-language-select', cancel);
      switchButton(languageSwitch, 'ru').click();
      await languageSwitch.updateComplete;
      await clause.updateComplete;
      expect(pressedLanguage(languageSwitch)).to.equal('ru');
      expect(shownLanguage(clause)).to.equal('ru');
    });

    it('crosses the shadow roots of the widget and of a component around it', async () => {
      const outer = await fixture(html`<div></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      root.innerHTML = '<qingdao-clause clause="2" lang="en"></qingdao-clause>';
      const clause = root.querySelector<QingdaoClause>('qingdao-clause')!;
      await withControls(clause);
      const heard: string[] = [];
      document.addEventListener(
        'qingdao-language-select',
        (event) => heard.push(event.detail.language),
        { once: true },
      );
      switchButton(clause, 'zh-Hans').click();
      expect(heard).to.deep.equal(['zh-Hans']);
    });

    it('is not fired for the language already current', async () => {
      const { languageSwitch } = await headerSwitch();
      let fired = 0;
      languageSwitch.addEventListener('qingdao-language-select', () => fired++);
      switchButton(languageSwitch, 'en').click();
      expect(fired).to.equal(0);
    });
  });

  it('compact gives smaller buttons', async () => {
    const page = await fixture(
      html`<div>
        <qingdao-language-switch value="en"></qingdao-language-switch>
        <qingdao-language-switch value="en" compact></qingdao-language-switch>
      </div>`,
    );
    const [normal, compact] = [
      ...page.querySelectorAll('qingdao-language-switch'),
    ];
    await normal!.updateComplete;
    await compact!.updateComplete;
    const height = (element: Element) =>
      switchButton(element, 'en').getBoundingClientRect().height;
    expect(height(compact!)).to.be.below(height(normal!));
    expect(height(compact!)).to.be.at.least(28);
  });
});
