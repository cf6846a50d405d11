/**
 * A partner page that has its own Lit and @lit/localize (other versions)
 * and includes the widget module twice, from two URLs. Nothing may throw,
 * neither side may disturb the other, and the two copies stay in step.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  BUNDLE_URL,
  closePages,
  importBundle,
  openPage,
  settle,
  showsLanguage,
  type Bundle,
  type ChildPage,
} from './support.js';
import {
  pressedLanguage,
  switchButton,
  switchToolbar,
  withControls,
} from '../support/elements.js';

/** What pages/host.js hands the test. */
interface HostPage {
  ready: Promise<void>;
  getLocale: () => string;
  LitElement: CustomElementConstructor;
  importModule: (url: string) => Promise<typeof Bundle>;
}

const TAGS = [
  'qingdao-initiative',
  'qingdao-clause',
  'qingdao-language-switch',
];
const HOST_GREETING = 'Willkommen auf der Partnerseite';

let bundle: typeof Bundle;

before(async () => {
  bundle = await importBundle();
});

afterEach(closePages);

function hostOf(page: ChildPage): HostPage {
  const host = (page.window as unknown as Record<symbol, HostPage | undefined>)[
    Symbol.for('qingdao-embedding-host')
  ];
  if (!host) throw new Error('pages/host.js did not run');
  return host;
}

/** What the host's own element shows. */
const greetingText = (greeting: Element) =>
  greeting.shadowRoot?.querySelector('p')?.textContent?.trim();

/** The host page with everything loaded and rendered. */
async function openHostPage() {
  const page = await openPage('host.html');
  const host = hostOf(page);
  await host.ready;
  const doc = page.document;
  const widgets = {
    initiative: doc.querySelector('qingdao-initiative')!,
    clause: doc.querySelector('qingdao-clause')!,
    pageSwitch: doc.querySelector('qingdao-language-switch')!,
    greeting: doc.querySelector('host-greeting')!,
  };
  await waitUntil(
    () =>
      showsLanguage(widgets.initiative, 'en', bundle) &&
      showsLanguage(widgets.clause, 'zh-Hans', bundle) &&
      pressedLanguage(widgets.pageSwitch) === 'en' &&
      greetingText(widgets.greeting) === HOST_GREETING,
    'the host element and the widgets to render',
    { timeout: 5000 },
  );
  await withControls(widgets.clause);
  return { page, host, ...widgets };
}

/** Major versions in one of Lit's version registries of the page. */
function majors(page: ChildPage, registry: string): number[] {
  const versions = (page.window as unknown as Record<string, string[]>)[
    registry
  ];
  return [...new Set(versions.map((v) => Number(v.split('.')[0])))].sort();
}

describe('beside the host page’s own Lit 2 and @lit/localize 0.11, loaded twice', () => {
  it('defines each element once, renders and switches, and leaves the host alone', async () => {
    const { page, host, initiative, clause, pageSwitch, greeting } =
      await openHostPage();
    const win = page.window;

    const copy1 = await host.importModule(BUNDLE_URL);
    const copy2 = await host.importModule(`${BUNDLE_URL}?copy=2`);
    expect(copy2.QingdaoClause, 'two module instances').not.to.equal(
      copy1.QingdaoClause,
    );
    // Both copies ran their definitions: each pushed its Lit version.
    const widgetLitHtml = (
      win as unknown as { litHtmlVersions: string[] }
    ).litHtmlVersions.filter((v) => v.startsWith('3.'));
    expect(widgetLitHtml).to.have.length(2);
    for (const tag of TAGS) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    expect(win.customElements.get('qingdao-clause')).to.equal(
      copy1.QingdaoClause,
    );
    expect(win.customElements.get('qingdao-initiative')).to.equal(
      copy1.QingdaoInitiative,
    );
    expect(win.customElements.get('qingdao-language-switch')).to.equal(
      copy1.QingdaoLanguageSwitch,
    );

    switchButton(clause, 'ru').click();
    await waitUntil(
      () =>
        showsLanguage(initiative, 'ru', bundle) &&
        showsLanguage(clause, 'ru', bundle) &&
        pressedLanguage(pageSwitch) === 'ru',
      'the widgets to show Russian',
      { timeout: 5000 },
    );
    // The widget's own UI words are Russian now, the host's still German.
    await waitUntil(
      () => switchToolbar(clause).lang === 'ru',
      "the widget's UI locale to follow",
      { timeout: 5000 },
    );
    await settle();
    expect(host.getLocale()).to.equal('de');
    expect(greetingText(greeting)).to.equal(HOST_GREETING);
    expect(greeting).to.be.instanceOf(host.LitElement);
    expect(
      win.getComputedStyle(greeting.shadowRoot!.querySelector('p')!).color,
    ).to.equal('rgb(0, 100, 0)');

    // Two real copies of Lit side by side: the host's Lit 2 and the widget's Lit 3.
    expect(majors(page, 'litHtmlVersions')).to.deep.equal([2, 3]);
    expect(majors(page, 'litElementVersions')).to.deep.equal([3, 4]);

    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.violations).to.deep.equal([]);
  });

  it('keeps the two copies in step, both ways', async () => {
    const { page, host, initiative } = await openHostPage();
    const copy2 = await host.importModule(`${BUNDLE_URL}?copy=2`);
    // The second copy's class, which it could not register under its own
    // name, registered under a test-only tag.
    page.window.customElements.define('copy-two-clause', copy2.QingdaoClause);
    const copyTwo = page.document.createElement('copy-two-clause');
    copyTwo.setAttribute('clause', '3');
    copyTwo.setAttribute('lang', 'en');
    page.document.body.append(copyTwo);
    await waitUntil(
      () => showsLanguage(copyTwo, 'en', bundle),
      'the copy-two clause to render',
      { timeout: 5000 },
    );

    // Chosen in the first copy, followed by the second.
    switchButton(initiative, 'zh-Hans').click();
    await waitUntil(
      () =>
        showsLanguage(initiative, 'zh-Hans', bundle) &&
        showsLanguage(copyTwo, 'zh-Hans', bundle),
      'the copy-two clause to follow a first-copy widget',
      { timeout: 5000 },
    );

    // Chosen in the second copy, followed by the first.
    await withControls(copyTwo);
    switchButton(copyTwo, 'ru').click();
    await waitUntil(
      () =>
        showsLanguage(copyTwo, 'ru', bundle) &&
        showsLanguage(initiative, 'ru', bundle),
      'a first-copy widget to follow the copy-two clause',
      { timeout: 5000 },
    );

    expect(host.getLocale()).to.equal('de');
    expect(page.record.errors).to.deep.equal([]);
  });
});
