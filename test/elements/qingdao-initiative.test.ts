import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { QingdaoInitiative } from '../../src/index.js';
import { LANGUAGES } from '../../src/language/tags.js';
import { part, parts, shadowOf, switchButton } from '../support/elements.js';
import { pressShiftTab } from '../support/keys.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

describe('<qingdao-initiative>', () => {
  it('shows title, release line, version note, preamble and six numbered clauses', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="en"></qingdao-initiative>`,
    );
    await element.updateComplete;
    expect(part(element, 'title').localName).to.equal('h2');
    expect(part(element, 'release').textContent)
      .to.include('18 July 2025')
      .and.include('Wang Lei');
    expect(part(element, 'version-note').textContent).to.include(
      'Chinese text is the original',
    );
    expect(
      parts(element, 'clause-number').map((n) => n.textContent),
    ).to.deep.equal(['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.']);
    expect(parts(element, 'clause').map((c) => c.id)).to.deep.equal([
      'clause-1',
      'clause-2',
      'clause-3',
      'clause-4',
      'clause-5',
      'clause-6',
    ]);
    expect(parts(element, 'clause-title').every((h) => h.localName === 'h3')).to
      .be.true;
    expect(parts(element, 'context')).to.have.length(0);
  });

  it('shows the two lead paragraphs with show-context, and hides them again', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="ru" show-context></qingdao-initiative>`,
    );
    await element.updateComplete;
    const context = part(element, 'context');
    expect(context.querySelectorAll('p:not(.context-source)')).to.have.length(
      2,
    );
    expect(context.textContent).to.include('Ван Лэй');
    element.showContext = false;
    await element.updateComplete;
    expect(parts(element, 'context')).to.have.length(0);
  });

  for (const language of LANGUAGES) {
    it(`is accessible in ${language}`, async () => {
      const element = await fixture<QingdaoInitiative>(
        html`<qingdao-initiative
          lang=${language}
          show-context
        ></qingdao-initiative>`,
      );
      await element.updateComplete;
      expect(parts(element, 'clause')).to.have.length(6);
      await expect(element).to.be.accessible();
    });
  }

  it('switches language by click, in place, marking the current language', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="zh-CN"></qingdao-initiative>`,
    );
    await element.updateComplete;
    expect(part(element, 'document').lang).to.equal('zh-Hans');
    expect(
      switchButton(element, 'zh-Hans').getAttribute('aria-pressed'),
    ).to.equal('true');
    const before = part(element, 'document');
    const changed = oneEvent(element, 'qingdao-language-change');
    switchButton(element, 'en').click();
    expect((await changed).detail).to.deep.equal({
      language: 'en',
      previous: 'zh-Hans',
    });
    await element.updateComplete;
    expect(part(element, 'document')).to.equal(before);
    expect(part(element, 'document').lang).to.equal('en');
    expect(part(element, 'clause-heading').textContent).to.equal(
      'Jointly Build International Logistics Corridors.',
    );
    expect(switchButton(element, 'en').getAttribute('aria-pressed')).to.equal(
      'true',
    );
    expect(
      switchButton(element, 'zh-Hans').getAttribute('aria-pressed'),
    ).to.equal('false');
  });

  it('names each language in itself and labels the switch for assistive technology', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="ru"></qingdao-initiative>`,
    );
    await element.updateComplete;
    const group = part(element, 'switch');
    expect(group.getAttribute('role')).to.equal('toolbar');
    expect(group.getAttribute('aria-label')).to.be.a('string').and.not.be.empty;
    const names = LANGUAGES.map((language) => {
      const button = switchButton(element, language);
      expect(button.lang).to.equal(language);
      return button.textContent!.trim();
    });
    expect(names).to.deep.equal(['中文', 'English', 'Русский']);
  });

  it('the view button, then the switch as one Tab stop, with arrow keys inside and Enter to choose', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<div>
        <button id="before">before</button
        ><qingdao-initiative lang="en"></qingdao-initiative
        ><button id="after">after</button>
      </div>`,
    );
    const initiative = element.querySelector('qingdao-initiative')!;
    await initiative.updateComplete;
    element.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(
      shadowOf(initiative).activeElement === part(initiative, 'view-toggle'),
      'focus on the "Side by side" button',
    ).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(initiative).activeElement).to.equal(
      switchButton(initiative, 'en'),
    );
    await sendKeys({ press: 'ArrowRight' });
    expect(shadowOf(initiative).activeElement).to.equal(
      switchButton(initiative, 'ru'),
    );
    await sendKeys({ press: 'Enter' });
    await initiative.updateComplete;
    expect(part(initiative, 'document').lang).to.equal('ru');
    expect(shadowOf(initiative).activeElement).to.equal(
      switchButton(initiative, 'ru'),
    );
    // One Tab leaves the switch: on to the table of contents.
    await sendKeys({ press: 'Tab' });
    expect(
      shadowOf(initiative).activeElement ===
        parts(initiative, 'contents-link')[0],
      'focus on the first entry of the contents',
    ).to.be.true;
    await pressShiftTab();
    expect(shadowOf(initiative).activeElement).to.equal(
      switchButton(initiative, 'ru'),
    );
  });

  it('fires nothing when the current language is pressed again', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="en"></qingdao-initiative>`,
    );
    await element.updateComplete;
    let fired = 0;
    element.addEventListener('qingdao-language-change', () => fired++);
    switchButton(element, 'en').click();
    element.requestUpdate();
    await element.updateComplete;
    expect(fired).to.equal(0);
  });

  it('scrolls to the clause a #clause-N deep link names, on load and on hash change', async () => {
    history.replaceState(null, '', '#clause-4');
    try {
      // Room below, so that even the last clause can reach the top of the view.
      const page = await fixture(
        html`<div>
          <qingdao-initiative lang="en"></qingdao-initiative>
          <div style="height: 300vh"></div>
        </div>`,
      );
      const element = page.querySelector('qingdao-initiative')!;
      await element.updateComplete;
      const top = (n: number) =>
        shadowOf(element).querySelector(`#clause-${n}`)!.getBoundingClientRect()
          .top;
      // At the top of the view (below its scroll margin), the clause before out of it.
      expect(top(4)).to.be.within(0, 48);
      expect(top(3)).to.be.below(0);
      location.hash = 'clause-6';
      await new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(top(6)).to.be.at.least(-2).and.below(innerHeight);
      expect(top(4)).to.be.below(0);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      scrollTo(0, 0);
    }
  });
});
