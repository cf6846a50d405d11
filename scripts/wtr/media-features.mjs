// A test command, Chromium only: emulate CSS media features that
// @web/test-runner-commands' emulateMedia does not offer, such as
// `forced-colors` (DevTools' Emulation.setEmulatedMedia). An empty list
// ends the emulation.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export const mediaFeaturesPlugin = () => {
  // The emulation lasts as long as the DevTools session that set it.
  const sessions = new Map();
  return {
    name: 'media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error('media-features needs Chromium (DevTools protocol)');
      }
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page))
        sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: payload,
      });
      return true;
    },
  };
};
