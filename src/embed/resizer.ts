/**
 * dist/qingdao-embed-resizer.js: optional, for pages that frame our embed
 * pages (the `iframe` format). Sets each frame's height to its content's,
 * as the frame reports it, whenever that changes. Through the `height`
 * attribute, so a strict `style-src` allows it. Without this script a frame
 * keeps the height written in the embed code, which holds the text on a
 * phone.
 */
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from './messages.js';

/** No frame grows past this (px), whatever a page it frames says. */
const TALLEST = 20000;

addEventListener('message', (event: MessageEvent) => {
  const { type, height } = event.data ?? {};
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !(height > 0)) {
    return;
  }
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.height = String(Math.min(Math.ceil(height), TALLEST));
    }
  }
});

// Frames that reported before this script ran report again.
for (const frame of document.querySelectorAll('iframe')) {
  frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
}
