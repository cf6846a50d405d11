import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import { LANGUAGES } from '../../src/language/tags.js';
import { part, switchButton } from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

const DARK_SURFACE = 'rgb(22, 27, 34)';
const DARK_TEXT = 'rgb(230, 237, 243)';
const LIGHT_TEXT = 'rgb(31, 35, 40)';

const background = (element: Element) =>
  getComputedStyle(element).backgroundColor;
const color = (element: Element) => getComputedStyle(element).color;

describe('themes', () => {
  it('is light by default', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="1" lang="en"></qingdao-clause>`,
    );
    await element.updateComplete;
    expect(color(part(element, 'clause-body'))).to.equal(LIGHT_TEXT);
    expect(background(part(element, 'clause'))).to.equal('rgb(246, 248, 250)');
  });

  for (const language of LANGUAGES) {
    it(`theme="dark" is dark, switch included, and accessible (${language})`, async () => {
      const element = await fixture<QingdaoInitiative>(
        html`<qingdao-initiative
          theme="dark"
          lang=${language}
          show-context
        ></qingdao-initiative>`,
      );
      await element.updateComplete;
      expect(background(element)).to.equal(DARK_SURFACE);
      expect(color(part(element, 'preamble'))).to.equal(DARK_TEXT);
      const current = switchButton(element, language);
      expect(background(current)).to.equal('rgb(121, 184, 255)');
      expect(
        color(switchButton(element, language === 'en' ? 'ru' : 'en')),
      ).to.equal(DARK_TEXT);
      await expect(element).to.be.accessible();
    });
  }

  it("a site's own colour tokens still win over the theme", async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause
        clause="2"
        lang="en"
        theme="dark"
        style="--qingdao-color-text: rgb(255, 200, 0)"
      ></qingdao-clause>`,
    );
    await element.updateComplete;
    expect(color(part(element, 'clause-body'))).to.equal('rgb(255, 200, 0)');
    expect(background(part(element, 'clause'))).to.equal(DARK_SURFACE);
  });

  it('an unknown theme is light (the note and warning: unknown-values.test.ts)', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause
        clause="4"
        lang="en"
        theme="sepia"
      ></qingdao-clause>`,
    );
    await element.updateComplete;
    expect(color(part(element, 'clause-body'))).to.equal(LIGHT_TEXT);
    expect(background(part(element, 'clause'))).to.equal('rgb(246, 248, 250)');
  });
});
