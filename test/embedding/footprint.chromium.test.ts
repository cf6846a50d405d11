/**
 * What the widget leaves on a partner page besides its elements: no request
 * of its own, no cookie, no global beyond Lit's version registries, one
 * Trusted Types policy (Lit's). The list below is the one README documents.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  BUNDLE_URL,
  closePages,
  importBundle,
  openPage,
  PAGES,
  showsLanguage,
  type Bundle,
} from './support.js';
import { pressedLanguage, switchButton } from '../support/elements.js';

/**
 * Window properties the production build adds, and nothing else: Lit's
 * version registries (lit-html, lit-element, @lit/reactive-element) and the
 * property metadata map Lit 3 shares between copies.
 */
const LIT_GLOBALS = [
  'litElementVersions',
  'litHtmlVersions',
  'litPropertyMetadata',
  'reactiveElementVersions',
];

let bundle: typeof Bundle;

before(async () => {
  bundle = await importBundle();
});

afterEach(closePages);

describe("the widget's footprint on a partner page", () => {
  it('adds only Lit globals, no cookie, no other request, one Trusted Types policy', async () => {
    const page = await openPage('footprint.html');
    const doc = page.document;
    const initiative = doc.querySelector('qingdao-initiative')!;
    const clause = doc.querySelector('qingdao-clause')!;
    const pageSwitch = doc.querySelector('qingdao-language-switch')!;
    await waitUntil(
      () =>
        showsLanguage(initiative, 'en', bundle) &&
        showsLanguage(clause, 'en', bundle) &&
        pressedLanguage(pageSwitch) === 'en',
      'the three elements to render',
      { timeout: 5000 },
    );
    switchButton(pageSwitch, 'ru').click();
    await waitUntil(
      () =>
        showsLanguage(initiative, 'ru', bundle) &&
        showsLanguage(clause, 'ru', bundle),
      'the widgets to switch to Russian',
      { timeout: 5000 },
    );

    const before = new Set(page.record.globalsBefore);
    const added = Object.getOwnPropertyNames(page.window)
      .filter((name) => !before.has(name))
      .sort();
    expect(added, 'window properties added').to.deep.equal(LIT_GLOBALS);
    const symbolsBefore = new Set(page.record.symbolsBefore);
    const addedSymbols = Object.getOwnPropertySymbols(page.window)
      .map(String)
      .filter((name) => !symbolsBefore.has(name));
    expect(addedSymbols, 'window symbols added').to.deep.equal([
      'Symbol(qingdao-embedding-record)', // the recorder's own
    ]);

    expect(doc.cookie).to.equal('');

    const requests = page.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !path.endsWith('/pages/recorder.js'));
    expect(requests, 'requests after the page itself').to.deep.equal([
      BUNDLE_URL,
    ]);
    // Requests still under way have no Resource Timing entry yet; the page's
    // report-only policy reports them as they start (any URL, any kind).
    expect(page.record.violations, 'requests reported').to.deep.equal([]);

    expect(page.record.policies, 'Trusted Types policies').to.deep.equal([
      'lit-html',
    ]);
    expect(page.record.errors).to.deep.equal([]);
  });

  it('would see a request the moment it starts (the report-only policy is live)', async () => {
    const response = await fetch(`${PAGES}footprint.html`);
    expect(
      response.headers.get('content-security-policy-report-only'),
    ).to.match(/^default-src 'none'; script-src /);
    const page = await openPage('footprint.html');
    await page.window.customElements.whenDefined('qingdao-initiative');
    expect(page.record.violations).to.deep.equal([]);
    // Not awaited: the report comes before the response.
    void page.window.fetch('/package.json').catch(() => undefined);
    await waitUntil(
      () => page.record.violations.length > 0,
      'the request to be reported',
      { timeout: 5000 },
    );
    // (Chromium may report one request more than once.)
    const reported = new Set(
      page.record.violations.map(
        (v) => `${v.disposition} ${v.directive} ${v.blockedURI}`,
      ),
    );
    expect([...reported]).to.deep.equal([
      `report connect-src ${location.origin}/package.json`,
    ]);
  });
});
