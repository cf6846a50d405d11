/**
 * KindEditor 4.1.10, self-hosted from node_modules, with `filterMode: true`
 * (its default): its `htmlTags` list is applied when HTML is set, read and
 * pasted.
 */
import { editorHost, dispatchPaste, loadScript, type Tool } from './tool.js';

const BASE = '/node_modules/kindeditor/';

interface KindEditor {
  html(): string;
  html(html: string): KindEditor;
  focus(): KindEditor;
  edit: { doc: Document };
}

interface KindEditorStatic {
  create(
    element: Element,
    options: Record<string, unknown> & { afterCreate(this: KindEditor): void },
  ): void;
}

export async function tools(): Promise<Tool[]> {
  await loadScript(`${BASE}kindeditor-all.js`);
  const K = (window as unknown as { KindEditor: KindEditorStatic }).KindEditor;
  const editor = await new Promise<KindEditor>((resolve) =>
    K.create(editorHost('textarea'), {
      basePath: BASE,
      filterMode: true,
      afterCreate() {
        resolve(this);
      },
    }),
  );
  return [
    {
      name: 'KindEditor 4.1.10 (filterMode)',
      async set(html) {
        editor.html(html);
        return editor.html();
      },
      async paste(html, plain) {
        editor.html('');
        editor.focus();
        const doc = editor.edit.doc;
        // KindEditor lets the browser paste into a hidden box it selects on
        // `paste`, then filters the box's HTML after a timeout. An untrusted
        // event pastes nothing, so do what the browser would: insert the
        // clipboard's HTML at the selection.
        dispatchPaste(doc.body, html, plain);
        doc.execCommand('insertHTML', false, html);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return editor.html();
      },
    },
  ];
}
