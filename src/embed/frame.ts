/**
 * dist/qingdao-embed-frame.js: in an embed page, tells the page that frames
 * it how tall the content is, whenever that changes, so that the frame fits
 * the text at any width. Two dialects: ours, which the optional resizer
 * script understands, and WordPress's (`{ secret, message: 'height', value }`,
 * sent when WordPress put `#?secret=…` in the frame's URL), which
 * WordPress's own embed script understands.
 *
 * A classic script, not a module: in a frame sandboxed with only
 * `allow-scripts` the page has an opaque origin, and a module script from
 * another origin would need CORS headers, a classic one does not.
 */
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from './messages.js';

const secret = /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
let reported = 0;

function report(force = false): void {
  const height = Math.ceil(
    document.documentElement.getBoundingClientRect().height,
  );
  if (!force && height === reported) return;
  reported = height;
  parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  if (secret) {
    parent.postMessage({ secret, message: 'height', value: height }, '*');
  }
}

new ResizeObserver(() => report()).observe(document.documentElement);
// Chromium runs no ResizeObserver callback (nor animation frame) in a frame
// WordPress keeps clipped until it hears a height: report on load as well.
addEventListener('load', () => report(true));
// A resizer that arrives after the first report asks again; so does
// WordPress's embed script (`{ message: 'ready', secret }`).
addEventListener('message', (event: MessageEvent) => {
  if (event.source !== parent) return;
  const data = event.data ?? {};
  if (data.type === MEASURE_MESSAGE || (secret && data.message === 'ready')) {
    report(true);
  }
});
