/**
 * A partner page with a strict Content Security Policy and Trusted Types,
 * sent as an HTTP header: the widget must work fully and cause no violation.
 * (Chromium only: Trusted Types enforcement.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  closePages,
  importBundle,
  openPage,
  PAGES,
  settle,
  showsLanguage,
  STRICT_CSP,
  type Bundle,
  type ChildPage,
} from './support.js';
import {
  pressedLanguage,
  switchButton,
  switchToolbar,
  withControls,
} from '../support/elements.js';

let bundle: typeof Bundle;

before(async () => {
  // Only for the expected text; the widgets under test live in the child page.
  bundle = await importBundle();
});

afterEach(closePages);

/** The page's widgets, once each has rendered its text. */
async function renderedWidgets(page: ChildPage) {
  const doc = page.document;
  const initiative = doc.querySelector('qingdao-initiative')!;
  const clause = doc.querySelector('qingdao-clause')!;
  const pageSwitch = doc.querySelector('qingdao-language-switch')!;
  await waitUntil(
    () =>
      showsLanguage(initiative, 'en', bundle) &&
      showsLanguage(clause, 'ru', bundle) &&
      pressedLanguage(pageSwitch) === 'en',
    'the widgets to render under the strict policy',
    { timeout: 5000 },
  );
  await withControls(clause);
  return { initiative, clause, pageSwitch };
}

describe('under a strict CSP with Trusted Types (HTTP header)', () => {
  it('serves the child page with the policy header, and only the child page', async () => {
    const page = await fetch(`${PAGES}csp.html`);
    expect(page.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    // As written: the dev server's own script is kept out of partner pages.
    expect(await page.text()).not.to.include('__web-dev-server');
    const module = await fetch('/dist/qingdao-initiative.js');
    expect(module.headers.get('content-security-policy')).to.equal(null);
  });

  it('renders, switches language, and causes no violation of its own', async () => {
    const page = await openPage('csp.html');
    const { initiative, clause, pageSwitch } = await renderedWidgets(page);

    switchButton(initiative, 'zh-Hans').click();
    await waitUntil(
      () =>
        showsLanguage(initiative, 'zh-Hans', bundle) &&
        showsLanguage(clause, 'zh-Hans', bundle) &&
        pressedLanguage(pageSwitch) === 'zh-Hans',
      'every widget to show Chinese',
      { timeout: 5000 },
    );
    switchButton(pageSwitch, 'ru').click();
    await waitUntil(
      () =>
        showsLanguage(initiative, 'ru', bundle) &&
        showsLanguage(clause, 'ru', bundle),
      'every widget to show Russian',
      { timeout: 5000 },
    );
    // The widget's own UI words follow too (the switch label's locale).
    expect(switchToolbar(clause).lang).to.equal('ru');
    await settle();
    await waitUntil(
      () => page.record.violations.length > 0,
      'the deliberate inline-style violation',
      { timeout: 5000 },
    );

    // Exactly the page's own deliberate inline style: the policy is live,
    // and nothing the widget did was blocked.
    expect(page.record.violations).to.deep.equal([
      {
        disposition: 'enforce',
        directive: 'style-src-attr',
        violated: 'style-src-attr',
        blockedURI: 'inline',
        sample: '',
        source: `${location.origin}${PAGES}csp.html`,
        target: 'p.deliberate-violation',
      },
    ]);
    const deliberate = page.document.querySelector('.deliberate-violation')!;
    expect(page.window.getComputedStyle(deliberate).color).not.to.equal(
      'rgb(1, 2, 3)',
    );
    expect(page.record.errors).to.deep.equal([]);
  });

  it('enforces Trusted Types in the child page (a string to innerHTML is blocked and reported)', async () => {
    const page = await openPage('csp.html');
    await renderedWidgets(page);
    // The page's own inline style is reported first (a queued task).
    await waitUntil(
      () => page.record.violations.length === 1,
      'the deliberate inline-style violation',
      { timeout: 5000 },
    );
    const before = page.record.violations.length;
    const target = page.document.createElement('div');
    expect(() => {
      target.innerHTML = '<b>untrusted</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(
      () => page.record.violations.length > before,
      'the Trusted Types violation to be reported',
      { timeout: 5000 },
    );
    expect(
      page.record.violations.slice(before).map((v) => v.directive),
    ).to.deep.equal(['require-trusted-types-for']);
  });
});
