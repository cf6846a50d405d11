/**
 * TinyMCE 8, self-hosted from node_modules as sites install it (`base_url`),
 * with its default rules, and with only `custom_elements` added, the one
 * setting a site would change for our element.
 */
import { waitUntil } from '@open-wc/testing';
import type { Editor, RawEditorOptions, TinyMCE } from 'tinymce';
import { dispatchPaste, editorHost, loadScript, type Tool } from './tool.js';

const BASE = '/node_modules/tinymce';

async function open(options: RawEditorOptions): Promise<Editor> {
  await loadScript(`${BASE}/tinymce.min.js`);
  const tinymce = (window as unknown as { tinymce: TinyMCE }).tinymce;
  const [editor] = await tinymce.init({
    target: editorHost('textarea'),
    base_url: BASE,
    suffix: '.min',
    license_key: 'gpl',
    ...options,
  });
  return editor!;
}

function tool(name: string, editor: Editor): Tool {
  return {
    name,
    async set(html) {
      editor.setContent(html);
      return editor.getContent();
    },
    async paste(html, plain) {
      editor.setContent('');
      editor.focus();
      dispatchPaste(editor.getBody(), html, plain);
      // TinyMCE inserts the pasted content after its async filtering; if
      // it never does, the reader gets nothing, which the test reports.
      await waitUntil(() => editor.getContent() !== '', 'TinyMCE pasted', {
        timeout: 3000,
      }).catch(() => undefined);
      return editor.getContent();
    },
  };
}

export async function tools(): Promise<Tool[]> {
  return [
    tool('TinyMCE 8 (default)', await open({})),
    tool(
      'TinyMCE 8 (custom_elements)',
      await open({ custom_elements: 'qingdao-clause' }),
    ),
  ];
}
