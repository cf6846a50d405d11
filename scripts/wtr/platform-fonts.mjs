// A test command, Chromium only: which fonts the engine really drew an
// element's text with (DevTools' CSS.getPlatformFontsForNode). The page
// hands over the element as `window.__platformFontsProbe`.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export const platformFontsPlugin = () => ({
  name: 'platform-fonts',
  async executeCommand({ command, session }) {
    if (command !== 'platform-fonts') return undefined;
    if (session.browser.type !== 'puppeteer') {
      throw new Error('platform-fonts needs Chromium (DevTools protocol)');
    }
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    try {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'window.__platformFontsProbe',
      });
      await cdp.send('DOM.getDocument', { depth: 0 });
      await cdp.send('CSS.enable');
      const { nodeId } = await cdp.send('DOM.requestNode', {
        objectId: result.objectId,
      });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', {
        nodeId,
      });
      return fonts.map((font) => font.familyName);
    } finally {
      await cdp.detach();
    }
  },
});
