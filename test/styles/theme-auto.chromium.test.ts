import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { QingdaoClause } from '../../src/index.js';
import { part } from '../support/elements.js';

// Emulating the system's colour scheme needs Chromium's DevTools protocol.
const DARK_TEXT = 'rgb(230, 237, 243)';
const LIGHT_TEXT = 'rgb(31, 35, 40)';
const color = (element: Element) => getComputedStyle(element).color;

describe('theme="auto"', () => {
  it('theme="auto" follows the reader\'s system setting', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="3" lang="en" theme="auto"></qingdao-clause>`,
    );
    await element.updateComplete;
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(color(part(element, 'clause-body'))).to.equal(DARK_TEXT);
      await emulateMedia({ colorScheme: 'light' });
      expect(color(part(element, 'clause-body'))).to.equal(LIGHT_TEXT);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
