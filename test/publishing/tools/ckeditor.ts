/**
 * CKEditor 5's classic editor with the plugins its old "classic build"
 * shipped, and the same with General HTML Support allowing everything, the
 * setting a site turns on to keep markup the plugins do not model. Bundled
 * for the browser by the test server (`ckeditor.bundle.js`).
 */
import {
  Autoformat,
  BlockQuote,
  Bold,
  ClassicEditor,
  Essentials,
  GeneralHtmlSupport,
  Heading,
  Image,
  ImageCaption,
  Italic,
  Link,
  List,
  MediaEmbed,
  Paragraph,
  PasteFromOffice,
  Table,
  TextTransformation,
  type EditorConfig,
} from 'ckeditor5';
import { dispatchPaste, editorHost, type Tool } from './tool.js';

const COMMON = [
  Essentials,
  Autoformat,
  Paragraph,
  Heading,
  Bold,
  Italic,
  Link,
  List,
  BlockQuote,
  Image,
  ImageCaption,
  MediaEmbed,
  PasteFromOffice,
  Table,
  TextTransformation,
];

async function tool(name: string, config: EditorConfig): Promise<Tool> {
  const editor = await ClassicEditor.create(editorHost(), {
    licenseKey: 'GPL',
    ...config,
  });
  return {
    name,
    async set(html) {
      editor.setData(html);
      return editor.getData();
    },
    async paste(html, plain) {
      editor.setData('');
      editor.editing.view.focus();
      // The clipboard pipeline inserts synchronously on `paste`.
      dispatchPaste(editor.editing.view.getDomRoot()!, html, plain);
      return editor.getData();
    },
  };
}

export async function tools(): Promise<Tool[]> {
  return [
    await tool('CKEditor 5 (common plugins)', { plugins: COMMON }),
    await tool('CKEditor 5 (General HTML Support)', {
      plugins: [...COMMON, GeneralHtmlSupport],
      htmlSupport: {
        allow: [{ name: /.*/, attributes: true, classes: true, styles: true }],
      },
    }),
  ];
}
