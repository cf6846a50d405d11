/**
 * The HTML sanitizers sites run on stored content, with their defaults:
 * DOMPurify, sanitize-html, and UEditor 1.4.3.3's XSS filter. UEditor is not
 * on the npm registry; its filter keeps the elements and attributes of the
 * whitelist it publishes (fixtures/ueditor-whitelist.json) and removes any
 * other element with all it holds, which js-xss (whose default list UEditor's
 * derives from) does with `stripIgnoreTagBody`. Bundled for the browser by
 * the test server (`sanitizers.bundle.js`): two of them are CommonJS.
 */
import DOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';
import { FilterXSS } from 'xss';
import ueditor from '../fixtures/ueditor-whitelist.json';
import type { Tool } from './tool.js';

const ueditorFilter = new FilterXSS({
  whiteList: ueditor.whitList,
  stripIgnoreTagBody: true,
});

const sanitizer = (name: string, clean: (html: string) => string): Tool => ({
  name,
  set: async (html) => clean(html),
});

export async function tools(): Promise<Tool[]> {
  return [
    sanitizer('DOMPurify 3 (default)', (html) => DOMPurify.sanitize(html)),
    sanitizer('sanitize-html 2 (default)', (html) => sanitizeHtml(html)),
    sanitizer('UEditor 1.4.3.3 whitelist (js-xss)', (html) =>
      ueditorFilter.process(html),
    ),
  ];
}
