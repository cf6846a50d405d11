/**
 * An attribute value an element does not offer: the default applies, a
 * quiet note in the element names what is accepted, one console warning
 * says the same, the page keeps working, and a correct value clears it.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import {
  part,
  parts,
  warningsDuring,
  withControls,
} from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

interface Case {
  tag: string;
  /** Attributes the element needs to show its text. */
  base: string;
  attribute: 'variant' | 'theme' | 'remember';
  bad: string;
  accepted: string;
  good: string;
}

const TAGS: [string, string][] = [
  ['qingdao-clause', 'clause="4" lang="en"'],
  ['qingdao-initiative', 'lang="en"'],
  ['qingdao-language-switch', 'value="en"'],
];

const cases: Case[] = [
  ...TAGS.flatMap(([tag, base]): Case[] => [
    {
      tag,
      base,
      attribute: 'theme',
      bad: 'sepia',
      accepted: 'light, dark, auto',
      good: 'dark',
    },
    {
      tag,
      base,
      attribute: 'remember',
      bad: 'sometimes',
      accepted: 'on, off',
      good: 'off',
    },
  ]),
  {
    tag: 'qingdao-clause',
    base: 'clause="2" lang="en"',
    attribute: 'variant',
    bad: 'fancy',
    accepted: 'card, inline',
    good: 'inline',
  },
];

for (const { tag, base, attribute, bad, accepted, good } of cases) {
  describe(`<${tag} ${attribute}="${bad}">`, () => {
    it(`keeps its text, notes and warns once with "${accepted}", and clears on ${attribute}="${good}"`, async () => {
      let element!: LitElement;
      const warnings = await warningsDuring(async () => {
        element = await fixture<LitElement>(
          `<${tag} ${base} ${attribute}="${bad}"></${tag}>`,
        );
        await element.updateComplete;
        element.requestUpdate();
        await element.updateComplete;
      });
      const note = part(element, 'message');
      expect(note.textContent).to.include(`${attribute}="${bad}"`);
      expect(note.textContent).to.include(accepted);
      expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(parts(element, 'clause-body').length > 0 || tag.endsWith('switch'))
        .to.be.true;
      const mine = warnings.filter((w) => w.includes(`${attribute}="${bad}"`));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.include(`Accepted values: ${accepted}`);
      await withControls(element);
      await expect(element).to.be.accessible();

      element.setAttribute(attribute, good);
      await element.updateComplete;
      expect(parts(element, 'message')).to.have.length(0);
    });
  });
}
