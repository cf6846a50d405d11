/**
 * Quill 2 with its defaults. Sites store either the editor's DOM
 * (`root.innerHTML`, the long-standing way) or `getSemanticHTML()` (Quill 2's
 * export): two rows, one editor. Content goes in through the clipboard
 * module, as `dangerouslyPasteHTML` (the documented way to set HTML) or a
 * paste. Bundled for the browser by the test server (`quill.bundle.js`).
 */
import Quill from 'quill';
import { dispatchPaste, editorHost, type Tool } from './tool.js';

export async function tools(): Promise<Tool[]> {
  const quill = new Quill(editorHost());
  const readouts = {
    'Quill 2 (root.innerHTML)': () => quill.root.innerHTML,
    'Quill 2 (getSemanticHTML)': () => quill.getSemanticHTML(),
  };
  return Object.entries(readouts).map(([name, read]) => ({
    name,
    async set(html) {
      quill.setContents([]);
      quill.clipboard.dangerouslyPasteHTML(html);
      return read();
    },
    async paste(html, plain) {
      quill.setContents([]);
      quill.focus();
      quill.setSelection(0, 0);
      dispatchPaste(quill.root, html, plain);
      return read();
    },
  }));
}
