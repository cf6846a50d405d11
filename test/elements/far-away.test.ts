/**
 * A widget far down the page (more than a screen below the view) keeps
 * showing its fallback, the same text at the cost of static HTML, until the
 * reader comes near; then it renders, without moving what the reader sees.
 */
import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';
import { quotation } from '../../scripts/lib/embed-code.js';
import '../../src/index.js';
import type { QingdaoClause } from '../../src/index.js';
import { parts, shownLanguage, switchButton } from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

const SCREENS = 4;

/** A page `SCREENS` screens tall with a quotation widget at its end, and one at its top. */
async function longPage() {
  const page = document.createElement('div');
  page.innerHTML = `
    <qingdao-clause id="near" clause="1" lang="en">${quotation({ clause: 1 }, 'en').join('')}</qingdao-clause>
    <div style="height: ${SCREENS * 100}vh"></div>
    <qingdao-clause id="far" clause="3" lang="en">${quotation({ clause: 3 }, 'en').join('')}</qingdao-clause>
    <p id="after">After the quotation.</p>
    <div style="height: ${SCREENS * 100}vh"></div>`;
  document.body.append(page);
  const near = page.querySelector<QingdaoClause>('#near')!;
  const far = page.querySelector<QingdaoClause>('#far')!;
  await near.updateComplete;
  await far.updateComplete;
  return { page, near, far };
}

describe('a widget far from the view', () => {
  it('keeps its fallback until the reader comes near, then renders the widget', async () => {
    const { page, near, far } = await longPage();
    try {
      expect(parts(near, 'clause-body')).to.have.length(1);
      expect(parts(far, 'clause-body')).to.have.length(0);
      expect(far.shadowRoot!.querySelector('slot')).to.exist;
      // The fallback shows, as the reader would see it without the module.
      expect(
        far.querySelector('blockquote')!.getBoundingClientRect().height,
      ).to.be.greaterThan(50);
      far.scrollIntoView();
      await waitUntil(
        () => parts(far, 'clause-body').length === 1,
        'the far widget to render',
        {
          timeout: 5000,
        },
      );
      expect(far.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(far.shadowRoot!.querySelector('[role="toolbar"]')).to.exist;
    } finally {
      page.remove();
      scrollTo(0, 0);
    }
  });

  it("shows another language at once, near or not: its fallback is in the author's", async () => {
    const { page, near, far } = await longPage();
    try {
      switchButton(near, 'ru').click();
      await near.updateComplete;
      await far.updateComplete;
      expect(shownLanguage(near)).to.equal('ru');
      expect(shownLanguage(far), 'the far widget').to.equal('ru');
      expect(parts(far, 'clause-body')[0]!.textContent).to.match(/[А-Яа-я]{4}/);
    } finally {
      page.remove();
      scrollTo(0, 0);
    }
  });

  it('rendering in view, after a jump to it, moves nothing after it', async () => {
    const { page, far } = await longPage();
    try {
      const after = page.querySelector('#after')!;
      far.scrollIntoView({ block: 'center' });
      const seen = after.getBoundingClientRect().top;
      expect(seen).to.be.within(0, innerHeight);
      await waitUntil(
        () => parts(far, 'clause-body').length === 1,
        'the far widget to render',
        {
          timeout: 5000,
        },
      );
      await aTimeout(50);
      expect(
        after.getBoundingClientRect().top,
        'the text after it moved',
      ).to.be.closeTo(seen, 1);
    } finally {
      page.remove();
      scrollTo(0, 0);
    }
  });

  it('rendering above the reader keeps their place', async () => {
    const { page, far } = await longPage();
    try {
      // The reader jumps past the quotation: it renders a screen above them.
      const after = page.querySelector('#after')!;
      scrollTo(
        0,
        after.getBoundingClientRect().bottom + scrollY + innerHeight * 1.5,
      );
      await nextFrame();
      const landmark = page.lastElementChild!;
      const seen = landmark.getBoundingClientRect().top;
      scrollBy(0, -innerHeight * 0.6);
      const seenAfterScroll = landmark.getBoundingClientRect().top;
      expect(seenAfterScroll).to.be.closeTo(seen + innerHeight * 0.6, 1);
      await waitUntil(
        () => parts(far, 'clause-body').length === 1,
        'the far widget to render',
        {
          timeout: 5000,
        },
      );
      await aTimeout(50);
      expect(
        landmark.getBoundingClientRect().top,
        'what the reader sees moved',
      ).to.be.closeTo(seenAfterScroll, 1);
    } finally {
      page.remove();
      scrollTo(0, 0);
    }
  });

  it('without a fallback: each renders its text at once, and only those near the view their controls', async () => {
    // A feed appends many bare widgets at once: none has a box yet, so none
    // can tell where its text will land until it has rendered.
    const page = document.createElement('div');
    page.innerHTML = Array.from(
      { length: 30 },
      (_, i) =>
        `<qingdao-clause clause="${(i % 6) + 1}" lang="en"></qingdao-clause>`,
    ).join('');
    document.body.prepend(page);
    const widgets = [...page.querySelectorAll<QingdaoClause>('qingdao-clause')];
    const controls = (widget: QingdaoClause) =>
      widget.shadowRoot!.querySelectorAll(
        '[role="toolbar"], [part="copy-quote"]',
      ).length;
    try {
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) {
        expect(parts(widget, 'clause-body')).to.have.length(1);
      }
      await waitUntil(
        () => controls(widgets[0]!) === 2,
        'controls near the view',
        {
          timeout: 5000,
        },
      );
      const last = widgets.at(-1)!;
      expect(last.getBoundingClientRect().top).to.be.greaterThan(
        2 * innerHeight,
      );
      expect(controls(last), 'a widget far below').to.equal(0);
      const near = widgets.filter((widget) => controls(widget) > 0);
      expect(near.length).to.be.within(1, widgets.length - 1);
      for (const widget of near) {
        expect(widget.getBoundingClientRect().top).to.be.below(2 * innerHeight);
      }

      // Its controls take the place kept for them: nothing after them moves.
      last.scrollIntoView({ block: 'start' });
      const body = parts(last, 'clause-body')[0]!;
      const seen = body.getBoundingClientRect().top;
      await waitUntil(() => controls(last) === 2, 'controls once near', {
        timeout: 5000,
      });
      expect(body.getBoundingClientRect().top).to.be.closeTo(seen, 0.5);
    } finally {
      page.remove();
      scrollTo(0, 0);
    }
  });
});
