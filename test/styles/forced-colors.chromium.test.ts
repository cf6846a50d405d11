/**
 * Readers' own settings, Chromium only (emulated through DevTools):
 * forced colours keep the text legible and the current language marked;
 * reduced motion makes a deep link jump, not glide.
 */
import {
  aTimeout,
  expect,
  fixture,
  html,
  nextFrame,
  oneEvent,
} from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import { part, switchButton, withControls } from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

type Feature = { name: string; value: string };
const emulate = (features: Feature[]) =>
  executeServerCommand<boolean, Feature[]>('media-features', features);

afterEach(async () => {
  forgetLanguageChoice();
  await emulate([]);
});

describe('forced colours', () => {
  it('draws in the system colours and marks the current language', async () => {
    const clause = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="1" lang="en"></qingdao-clause>`,
    );
    await clause.updateComplete;
    await withControls(clause);
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);

    const current = switchButton(clause, 'en');
    const other = switchButton(clause, 'ru');
    const [currentStyle, otherStyle] = [current, other].map((button) =>
      getComputedStyle(button),
    );
    // Highlight behind the current language, the canvas behind the others.
    expect(currentStyle.backgroundColor).not.to.equal(
      otherStyle.backgroundColor,
    );
    expect(currentStyle.color).not.to.equal(currentStyle.backgroundColor);
    // The page's colours are gone: no tint, text in the system's colour.
    const body = getComputedStyle(part(clause, 'clause-body'));
    const canvas = getComputedStyle(document.body);
    expect(body.color).to.equal(canvas.color);
    expect(body.color).not.to.equal('rgb(31, 35, 40)');
  });
});

describe('reduced motion', () => {
  async function deepLinkTravel(reduce: boolean): Promise<number> {
    await emulate([
      {
        name: 'prefers-reduced-motion',
        value: reduce ? 'reduce' : 'no-preference',
      },
    ]);
    document.documentElement.style.scrollBehavior = 'smooth';
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="en"></qingdao-initiative>`,
    );
    await element.updateComplete;
    try {
      scrollTo({ top: 0, behavior: 'instant' });
      const followed = oneEvent(window, 'hashchange');
      location.hash = '#clause-6';
      await followed; // after the widget's own listener
      await nextFrame();
      const sixth = element.shadowRoot!.querySelector('#clause-6')!;
      const afterOneFrame = sixth.getBoundingClientRect().top;
      await aTimeout(1500);
      // How far the clause still had to go after one frame.
      return Math.abs(afterOneFrame - sixth.getBoundingClientRect().top);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      document.documentElement.style.scrollBehavior = '';
      scrollTo({ top: 0, behavior: 'instant' });
    }
  }

  it('a deep link jumps at once for a reader who asked for less motion', async () => {
    expect(await deepLinkTravel(true)).to.be.below(2);
  });

  it("and follows the page's smooth scrolling otherwise", async () => {
    expect(await deepLinkTravel(false)).to.be.above(50);
  });
});
