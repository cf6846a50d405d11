import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../src/index.js';
import { LANGUAGES } from '../src/language.js';
import {
  forgetLanguageChoice,
  part,
  parts,
  settled,
  switchButton,
  warningsDuring,
} from './support/elements.js';

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
    await settled(element);
    expect(color(part(element, 'clause-body'))).to.equal(LIGHT_TEXT);
    expect(background(part(element, 'clause'))).to.equal('rgb(255, 255, 255)');
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
      await settled(element);
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
    await settled(element);
    expect(color(part(element, 'clause-body'))).to.equal('rgb(255, 200, 0)');
    expect(background(part(element, 'clause'))).to.equal(DARK_SURFACE);
  });

  it('an unknown theme is light, with a quiet note and one warning', async () => {
    let element!: QingdaoClause;
    const warnings = await warningsDuring(async () => {
      element = await fixture<QingdaoClause>(
        html`<qingdao-clause
          clause="4"
          lang="en"
          theme="sepia"
        ></qingdao-clause>`,
      );
      await settled(element);
    });
    expect(color(part(element, 'clause-body'))).to.equal(LIGHT_TEXT);
    expect(part(element, 'message').textContent).to.include('theme="sepia"');
    expect(warnings.filter((w) => w.includes('theme="sepia"'))).to.have.length(
      1,
    );
    expect(warnings.join()).to.include('Accepted values: light, dark, auto');
    element.theme = 'dark';
    await settled(element);
    expect(parts(element, 'message')).to.have.length(0);
  });
});
