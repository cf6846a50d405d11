import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { QingdaoClause } from '../../src/index.js';
import { LANGUAGES } from '../../src/language/tags.js';
import {
  part,
  parts,
  shadowOf,
  switchButton,
  warningsDuring,
  withControls,
} from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

describe('<qingdao-clause>', () => {
  it('shows the clause number, heading, body, citation and a compact switch', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="3" lang="en"></qingdao-clause>`,
    );
    await withControls(element);
    expect(part(element, 'clause-number').textContent).to.equal('III.');
    expect(part(element, 'clause-heading').textContent).to.equal(
      'Jointly Promote Upgrading of Trade and Investment.',
    );
    expect(part(element, 'citation').textContent).to.equal(
      'Qingdao Initiative of the China-SCO Local Economic and Trade Cooperation Conference, clause III, 18 July 2025',
    );
    expect(part(element, 'citation').localName).to.equal('cite');
    expect(part(element, 'quote').localName).to.equal('blockquote');
    expect(part(element, 'switch').classList.contains('compact')).to.be.true;
  });

  for (const language of LANGUAGES) {
    it(`is accessible in ${language}`, async () => {
      const element = await fixture<QingdaoClause>(
        html`<qingdao-clause clause="2" lang=${language}></qingdao-clause>`,
      );
      await withControls(element);
      expect(parts(element, 'clause-body')).to.have.length(1);
      await expect(element).to.be.accessible();
    });
  }

  it('switches language by click, in place', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="1" lang="en"></qingdao-clause>`,
    );
    await withControls(element);
    const russian = switchButton(element, 'ru');
    expect(russian.getAttribute('aria-pressed')).to.equal('false');
    russian.click();
    await element.updateComplete;
    expect(part(element, 'clause').lang).to.equal('ru');
    expect(part(element, 'clause-number').textContent).to.equal('1.');
    expect(switchButton(element, 'ru').getAttribute('aria-pressed')).to.equal(
      'true',
    );
    expect(switchButton(element, 'en').getAttribute('aria-pressed')).to.equal(
      'false',
    );
    expect(element.language).to.equal('ru');
  });

  it('switches language by keyboard, with a visible focus', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="6" lang="en"></qingdao-clause>`,
    );
    await withControls(element);
    switchButton(element, 'en').focus();
    await sendKeys({ press: 'ArrowLeft' });
    const chinese = switchButton(element, 'zh-Hans');
    expect(shadowOf(element).activeElement).to.equal(chinese);
    expect(chinese.matches(':focus-visible')).to.be.true;
    expect(getComputedStyle(chinese).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(part(element, 'clause').lang).to.equal('zh-Hans');
    expect(part(element, 'clause-number').textContent).to.equal('六、');

    const english = switchButton(element, 'en');
    english.focus();
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(part(element, 'clause').lang).to.equal('en');
  });

  it('fires qingdao-language-change with the new and previous language', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="1" lang="en"></qingdao-clause>`,
    );
    await withControls(element);
    const changed = oneEvent(element, 'qingdao-language-change');
    switchButton(element, 'zh-Hans').click();
    const event = await changed;
    expect(event.detail).to.deep.equal({ language: 'zh-Hans', previous: 'en' });
    expect(event.bubbles && event.composed).to.be.true;
  });

  describe('bad input', () => {
    const badValues = [
      '7',
      '0',
      'abc',
      '',
      '3.5',
      ' -1',
      '<img src=x onerror="window.__hacked=1">',
    ];

    for (const value of badValues) {
      it(`clause=${JSON.stringify(value)} shows a quiet message, warns once, throws nothing`, async () => {
        let element!: QingdaoClause;
        const warnings = await warningsDuring(async () => {
          element = await fixture<QingdaoClause>(
            html`<qingdao-clause clause=${value} lang="en"></qingdao-clause>`,
          );
          await element.updateComplete;
          element.requestUpdate();
          await element.updateComplete;
        });
        const message = part(element, 'message');
        // Spaces around a value are ignored, as for any attribute value.
        expect(message.textContent).to.include(
          `There is no clause "${value.trim()}"`,
        );
        expect(message.textContent).to.include('1 to 6');
        // Text only: one span for its lang, nothing from the value.
        expect(message.querySelectorAll('*').length).to.equal(1);
        expect(shadowOf(element).querySelector('img')).to.equal(null);
        expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
        expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(parts(element, 'clause-body')).to.have.length(0);
        expect(
          warnings.filter((w) => w.includes(`clause="${value.trim()}",`)),
        ).to.have.length(1);
        expect(warnings.join()).to.include('Accepted values: 1, 2, 3, 4, 5, 6');
        await expect(element).to.be.accessible();

        element.clause = '4';
        await element.updateComplete;
        expect(parts(element, 'message')).to.have.length(0);
        expect(part(element, 'clause-number').textContent).to.equal('IV.');
      });
    }

    it('a missing clause attribute says how to choose one', async () => {
      const element = await fixture<QingdaoClause>(
        html`<qingdao-clause lang="en"></qingdao-clause>`,
      );
      await element.updateComplete;
      expect(part(element, 'message').textContent).to.include(
        'clause="1" to clause="6"',
      );
    });

    it('the message is in the UI language of the page', async () => {
      document.documentElement.lang = 'zh-CN';
      try {
        const element = await fixture<QingdaoClause>(
          html`<qingdao-clause clause="9"></qingdao-clause>`,
        );
        await new Promise((resolve) => setTimeout(resolve));
        await element.updateComplete;
        const message = part(element, 'message');
        expect(message.querySelector('[lang]')!.getAttribute('lang')).to.equal(
          'zh-Hans',
        );
        expect(message.textContent).to.include('没有第“9”条');
      } finally {
        document.documentElement.lang = 'en';
        await new Promise((resolve) => setTimeout(resolve));
      }
    });

    it('leaves the rest of the page working', async () => {
      const page = await fixture(
        html`<div>
          <qingdao-clause clause="nope"></qingdao-clause>
          <qingdao-clause clause="2" lang="en"></qingdao-clause>
          <button>host button</button>
        </div>`,
      );
      const [bad, good] = [...page.querySelectorAll('qingdao-clause')];
      await bad!.updateComplete;
      await good!.updateComplete;
      expect(part(good!, 'clause-number').textContent).to.equal('II.');
      let clicked = false;
      page
        .querySelector('button')!
        .addEventListener('click', () => (clicked = true));
      page.querySelector('button')!.click();
      expect(clicked).to.be.true;
    });
  });

  describe('variants', () => {
    it("inline takes the article's font, size and line height; card keeps its own font and leading, in the page's size", async () => {
      const article = await fixture(
        html`<article style="font: 21px/1.9 'Courier New', monospace">
          <qingdao-clause
            clause="1"
            lang="en"
            variant="inline"
          ></qingdao-clause>
          <qingdao-clause clause="1" lang="en"></qingdao-clause>
        </article>`,
      );
      const [inline, card] = [...article.querySelectorAll('qingdao-clause')];
      await withControls(inline!, card!);
      const inlineBody = getComputedStyle(part(inline!, 'clause-body'));
      const cardBody = getComputedStyle(part(card!, 'clause-body'));
      expect(inlineBody.fontSize).to.equal('21px');
      expect(inlineBody.fontFamily).to.include('Courier New');
      expect(parseFloat(inlineBody.lineHeight)).to.be.closeTo(21 * 1.9, 0.01);
      expect(cardBody.fontSize).to.equal('21px');
      expect(cardBody.fontFamily).not.to.include('Courier New');
      expect(parseFloat(cardBody.lineHeight)).to.be.closeTo(21 * 1.6, 0.01);
      await expect(inline!).to.be.accessible();
    });

    it('an unknown variant shows the card (the note and warning: unknown-values.test.ts)', async () => {
      const element = await fixture<QingdaoClause>(
        html`<qingdao-clause
          clause="2"
          lang="en"
          variant="fancy"
        ></qingdao-clause>`,
      );
      await element.updateComplete;
      expect(part(element, 'clause-number').textContent).to.equal('II.');
      expect(
        getComputedStyle(part(element, 'clause')).borderInlineStartWidth,
      ).to.equal('4px');
    });
  });
});
