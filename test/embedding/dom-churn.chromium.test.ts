/**
 * Widgets in a single-page app or a CMS preview: created, removed, moved
 * and re-inserted by scripts, their container's markup replaced. Afterwards
 * a page-wide language choice must reach every connected widget exactly
 * once and no removed one, and nothing may throw.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  closePages,
  importBundle,
  openPage,
  settle,
  showsLanguage,
  type Bundle,
  type ChildPage,
} from './support.js';
import { pressedLanguage, switchButton } from '../support/elements.js';

let bundle: typeof Bundle;

before(async () => {
  bundle = await importBundle();
});

afterEach(closePages);

/** Counts each widget's own `qingdao-language-change` events. */
function countLanguageChanges() {
  const counts = new Map<Element, number>();
  const watch = (widget: Element) => {
    if (counts.has(widget)) return;
    counts.set(widget, 0);
    widget.addEventListener('qingdao-language-change', (event) => {
      if (event.target === widget) counts.set(widget, counts.get(widget)! + 1);
    });
  };
  const reset = () => {
    for (const widget of counts.keys()) counts.set(widget, 0);
  };
  return { counts, watch, reset };
}

/** A widget created by the page's script. */
function create(
  page: ChildPage,
  tag: 'qingdao-clause' | 'qingdao-initiative',
  attributes: Record<string, string> = {},
): Element {
  const element = page.document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  return element;
}

/** The language the widget should show before any choice is made. */
function defaultLanguage(widget: Element): string {
  const lang = widget.getAttribute('lang');
  return lang === 'zh' ? 'zh-Hans' : (lang ?? 'en');
}

describe('widgets inserted, removed, moved and re-inserted by scripts', () => {
  it('after 50 rounds, a page-wide choice reaches each connected widget once and no removed one', async () => {
    const page = await openPage('churn.html');
    const doc = page.document;
    await page.window.customElements.whenDefined('qingdao-clause');
    const left = doc.querySelector('.left')!;
    const right = doc.querySelector('.right')!;
    const pageSwitch = doc.querySelector('qingdao-language-switch')!;
    const changes = countLanguageChanges();

    const initiative = create(page, 'qingdao-initiative', { lang: 'en' });
    const quoted = create(page, 'qingdao-clause', { clause: '3', lang: 'ru' });
    left.append(initiative, quoted);
    const removed: Element[] = [];
    const created: Element[] = [];
    for (let round = 0; round < 50; round++) {
      // A new widget each round; every third round drops an earlier one.
      const clause = create(page, 'qingdao-clause', {
        clause: String((round % 6) + 1),
        ...(round % 4 === 0 ? { lang: 'zh' } : {}),
      });
      (round % 2 ? right : left).append(clause);
      created.push(clause);
      // The whole document and the quoted clause change places.
      (initiative.parentNode === left ? right : left).append(initiative);
      quoted.remove();
      (round % 2 ? left : right).prepend(quoted);
      if (round % 3 === 2) {
        const dropped = created.splice(created.length - 2, 1)[0]!;
        dropped.remove();
        removed.push(dropped);
      }
      // Half the rounds let the widgets render before the next change.
      if (round % 2)
        await (quoted as Element & { updateComplete: Promise<unknown> })
          .updateComplete;
    }
    // Removed, changed while out of the page, put back: shows what it says now.
    const restored = removed.shift()!;
    restored.setAttribute('clause', '5');
    restored.setAttribute('lang', 'ru');
    right.append(restored);
    created.push(restored);

    const connected = [initiative, quoted, ...created];
    expect(connected.every((w) => w.isConnected)).to.equal(true);
    expect(removed.length).to.be.greaterThan(10);
    expect(removed.some((w) => w.isConnected)).to.equal(false);

    await waitUntil(
      () =>
        connected.every((w) => showsLanguage(w, defaultLanguage(w), bundle)),
      'every connected widget to show its own language',
      { timeout: 5000 },
    );
    expect(quoted.getAttribute('clause')).to.equal('3');
    // The removed ones had rendered too: they could react, and must not.
    expect(
      removed.every((w) => showsLanguage(w, defaultLanguage(w), bundle)),
    ).to.equal(true);
    expect(showsLanguage(quoted, 'ru', bundle)).to.equal(true);
    expect(showsLanguage(restored, 'ru', bundle)).to.equal(true);
    expect(restored.getAttribute('clause')).to.equal('5');

    for (const widget of [pageSwitch, ...connected, ...removed]) {
      changes.watch(widget);
    }
    await settle();
    changes.reset();

    switchButton(pageSwitch, 'zh-Hans').click();
    await waitUntil(
      () =>
        pressedLanguage(pageSwitch) === 'zh-Hans' &&
        connected.every((w) => showsLanguage(w, 'zh-Hans', bundle)),
      'every connected widget to show Chinese',
      { timeout: 5000 },
    );
    await settle();

    const changeCount = (widgets: Element[]) =>
      widgets.map((w) => changes.counts.get(w));
    expect(changeCount([pageSwitch]), 'the switch').to.deep.equal([1]);
    const ownChanges = (w: Element) =>
      defaultLanguage(w) === 'zh-Hans' ? 0 : 1;
    expect(changeCount(connected), 'connected widgets').to.deep.equal(
      connected.map(ownChanges),
    );
    expect(changeCount(removed), 'removed widgets').to.deep.equal(
      removed.map(() => 0),
    );

    // A removed widget put back shows the page's choice, with its clause.
    const back = removed[0]!;
    const clauseBefore = back.getAttribute('clause');
    left.append(back);
    await waitUntil(
      () => showsLanguage(back, 'zh-Hans', bundle),
      'the re-inserted widget to show Chinese',
      { timeout: 5000 },
    );
    expect(back.getAttribute('clause')).to.equal(clauseBefore);

    expect(page.record.errors).to.deep.equal([]);
  });

  it('survives its container’s markup being replaced (innerHTML), old widgets fall silent', async () => {
    const page = await openPage('churn.html');
    const doc = page.document;
    await page.window.customElements.whenDefined('qingdao-clause');
    const preview = doc.querySelector('.preview')!;
    // The page enforces Trusted Types: the CMS preview has its own policy.
    // (TypeScript's DOM library has no Trusted Types yet.)
    const { trustedTypes } = page.window as unknown as {
      trustedTypes: {
        createPolicy(
          name: string,
          rules: { createHTML(markup: string): string },
        ): { createHTML(markup: string): string };
      };
    };
    const policy = trustedTypes.createPolicy('cms-preview', {
      createHTML: (markup) => markup,
    });
    const setMarkup = (markup: string) => {
      // A TrustedHTML, typed as the string it stands for.
      preview.innerHTML = policy.createHTML(markup);
    };
    const changes = countLanguageChanges();

    setMarkup(
      '<qingdao-initiative lang="ru"></qingdao-initiative><qingdao-clause clause="1"></qingdao-clause>',
    );
    const [oldInitiative, oldClause] = [...preview.children];
    await waitUntil(
      () =>
        showsLanguage(oldInitiative!, 'ru', bundle) &&
        showsLanguage(oldClause!, 'en', bundle),
      'the first markup to render',
      { timeout: 5000 },
    );
    // Several replacements in a row, as a preview re-rendering on each keystroke.
    for (let i = 1; i <= 6; i++) {
      setMarkup(`<qingdao-clause clause="${i}" lang="ru"></qingdao-clause>`);
    }
    setMarkup(
      '<p>Preview</p><qingdao-clause clause="6" lang="ru"></qingdao-clause><qingdao-initiative></qingdao-initiative>',
    );
    const newClause = preview.querySelector('qingdao-clause')!;
    const newInitiative = preview.querySelector('qingdao-initiative')!;
    await waitUntil(
      () =>
        showsLanguage(newClause, 'ru', bundle) &&
        showsLanguage(newInitiative, 'en', bundle),
      'the replaced markup to render',
      { timeout: 5000 },
    );
    expect(oldInitiative!.isConnected).to.equal(false);

    for (const widget of [
      oldInitiative!,
      oldClause!,
      newClause,
      newInitiative,
    ]) {
      changes.watch(widget);
    }
    await settle();
    changes.reset();

    // A language none of the four shows, so that each could react to it.
    switchButton(newClause, 'zh-Hans').click();
    await waitUntil(
      () =>
        showsLanguage(newClause, 'zh-Hans', bundle) &&
        showsLanguage(newInitiative, 'zh-Hans', bundle),
      'the new widgets to show Chinese',
      { timeout: 5000 },
    );
    await settle();
    expect(
      [oldInitiative!, oldClause!, newClause, newInitiative].map((w) =>
        changes.counts.get(w),
      ),
      'old initiative, old clause, new clause, new initiative',
    ).to.deep.equal([0, 0, 1, 1]);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.violations).to.deep.equal([]);
  });
});
