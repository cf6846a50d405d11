/**
 * Every public property takes what frameworks and plain scripts pass:
 * numbers, strings with spaces or in capitals, `null` and `undefined`, and
 * removing the attribute (= the default, silently), booleans as booleans or
 * strings. React 19 and Vue 3 themselves: frameworks.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type {
  QingdaoClause,
  QingdaoInitiative,
  QingdaoLanguageSwitch,
} from '../../src/index.js';
import {
  part,
  parts,
  pressedLanguage,
  shownLanguage,
  warningsDuring,
} from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

const clauseNumber = (element: Element) =>
  part(element, 'clause-number').textContent;

describe('clause', () => {
  const accepted: [unknown, string][] = [
    [3, 'III.'],
    ['3', 'III.'],
    [' 5 ', 'V.'],
    [6.0, 'VI.'],
  ];
  for (const [value, label] of accepted) {
    it(`clause = ${JSON.stringify(value)} (${typeof value}) shows clause ${label}`, async () => {
      const warnings = await warningsDuring(async () => {
        const element = await fixture<QingdaoClause>(
          html`<qingdao-clause clause="2" lang="en"></qingdao-clause>`,
        );
        element.clause = value as number;
        await element.updateComplete;
        expect(clauseNumber(element)).to.equal(label);
        expect(parts(element, 'message')).to.have.length(0);
        element.clause = 1;
        await element.updateComplete;
        expect(clauseNumber(element)).to.equal('I.');
      });
      expect(warnings).to.deep.equal([]);
    });
  }

  for (const value of [null, undefined]) {
    it(`clause = ${value} is no clause: the message that says how to choose one`, async () => {
      const element = await fixture<QingdaoClause>(
        html`<qingdao-clause clause="2" lang="en"></qingdao-clause>`,
      );
      await warningsDuring(async () => {
        element.clause = value;
        await element.updateComplete;
      });
      expect(element.hasAttribute('clause')).to.be.false;
      expect(part(element, 'message').textContent).to.include(
        'clause="1" to clause="6"',
      );
    });
  }
});

describe('theme, variant and remember: unset is the default, silently', () => {
  async function styledClause() {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause
        clause="1"
        lang="en"
        theme="dark"
        variant="inline"
        remember="off"
      ></qingdao-clause>`,
    );
    await element.updateComplete;
    return element;
  }

  const expectDefaults = (element: QingdaoClause) => {
    expect(element.theme).to.equal('light');
    expect(element.variant).to.equal('card');
    expect(element.remember).to.equal('on');
    expect(parts(element, 'message')).to.have.length(0);
    expect(getComputedStyle(part(element, 'clause')).backgroundColor).to.equal(
      'rgb(246, 248, 250)',
    );
  };

  it('removing the attributes (React `theme={undefined}` on first render, plain scripts)', async () => {
    const element = await styledClause();
    const warnings = await warningsDuring(async () => {
      element.removeAttribute('theme');
      element.removeAttribute('variant');
      element.removeAttribute('remember');
      await element.updateComplete;
    });
    expectDefaults(element);
    expect(warnings).to.deep.equal([]);
  });

  for (const value of [undefined, null, '']) {
    it(`setting the properties to ${JSON.stringify(value)} (React, Vue's nulled binding)`, async () => {
      const element = await styledClause();
      const warnings = await warningsDuring(async () => {
        element.theme = value;
        element.variant = value;
        element.remember = value;
        await element.updateComplete;
      });
      expectDefaults(element);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('spaces and capitals are read as the keyword', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="1" lang="en"></qingdao-clause>`,
    );
    const warnings = await warningsDuring(async () => {
      element.theme = ' Dark ';
      element.variant = 'INLINE ';
      element.remember = ' off';
      await element.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect([element.theme, element.variant, element.remember]).to.deep.equal([
      'dark',
      'inline',
      'off',
    ]);
    expect(getComputedStyle(part(element, 'clause')).backgroundColor).to.equal(
      'rgba(0, 0, 0, 0)',
    );
    expect(getComputedStyle(part(element, 'clause-body')).color).to.equal(
      'rgb(230, 237, 243)',
    );
  });

  it('an attribute with spaces and capitals, as markup or a framework writes it', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause
        clause=" 2 "
        lang="en"
        theme=" DARK "
        variant="Inline"
      ></qingdao-clause>`,
    );
    await element.updateComplete;
    expect(clauseNumber(element)).to.equal('II.');
    expect(parts(element, 'message')).to.have.length(0);
    expect(getComputedStyle(part(element, 'clause-body')).color).to.equal(
      'rgb(230, 237, 243)',
    );
    expect(getComputedStyle(part(element, 'clause')).backgroundColor).to.equal(
      'rgba(0, 0, 0, 0)',
    );
  });
});

describe('booleans', () => {
  const cases: [unknown, boolean][] = [
    [true, true],
    [false, false],
    [null, false],
    [undefined, false],
    ['', true],
    ['true', true],
    ['false', false],
    [1, true],
    [0, false],
  ];
  for (const [value, expected] of cases) {
    it(`independent, showContext and compact = ${JSON.stringify(value)} are ${expected}`, async () => {
      const page = await fixture(
        html`<div>
          <qingdao-initiative lang="en"></qingdao-initiative>
          <qingdao-language-switch value="en"></qingdao-language-switch>
        </div>`,
      );
      const initiative = page.querySelector('qingdao-initiative')!;
      const languageSwitch = page.querySelector('qingdao-language-switch')!;
      initiative.independent = value as boolean;
      initiative.showContext = value as boolean;
      languageSwitch.compact = value as boolean;
      await initiative.updateComplete;
      await languageSwitch.updateComplete;
      expect(initiative.independent).to.equal(expected);
      expect(initiative.hasAttribute('independent')).to.equal(expected);
      expect(initiative.showContext).to.equal(expected);
      expect(parts(initiative, 'context')).to.have.length(expected ? 1 : 0);
      expect(languageSwitch.compact).to.equal(expected);
      expect(languageSwitch.hasAttribute('compact')).to.equal(expected);
    });
  }
});

describe('language and value', () => {
  it('language = null or undefined removes the lang: the page language applies', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ru">
        <qingdao-initiative lang="zh"></qingdao-initiative>
      </div>`,
    );
    const element = page.firstElementChild as QingdaoInitiative;
    await element.updateComplete;
    expect(shownLanguage(element)).to.equal('zh-Hans');
    element.language = null;
    await element.updateComplete;
    expect(element.hasAttribute('lang')).to.be.false;
    expect(shownLanguage(element)).to.equal('ru');
    element.language = ' en-GB ';
    await element.updateComplete;
    expect(element.getAttribute('lang')).to.equal('en-GB');
    expect(shownLanguage(element)).to.equal('en');
    element.language = undefined;
    await element.updateComplete;
    expect(shownLanguage(element)).to.equal('ru');
  });

  it('the switch value = null or undefined: unset', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ru">
        <qingdao-language-switch value="zh"></qingdao-language-switch>
      </div>`,
    );
    const element = page.firstElementChild as QingdaoLanguageSwitch;
    await element.updateComplete;
    expect(pressedLanguage(element)).to.equal('zh-Hans');
    element.value = undefined;
    await element.updateComplete;
    expect(element.hasAttribute('value')).to.be.false;
    expect(pressedLanguage(element)).to.equal('ru');
  });
});
