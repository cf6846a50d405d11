import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every node below `node`, depth first. */
function* nodes(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child);
  } else if (node && typeof node === 'object' && 'type' in node) {
    yield node as Node;
    for (const value of Object.values(node)) {
      if (value && typeof value === 'object') yield* nodes(value);
    }
  }
}

const BLOCKS =
  'article|blockquote|div|figcaption|figure|h[1-6]|header|li|nav|ol|p|section';

/**
 * A run of white space with a line break after a block's tag or before
 * one: at a line's start or end, or between blocks, where HTML lays out
 * no space (the blocks here keep their display, or become flex or grid
 * containers and items, which lay out no white space between items).
 */
const BESIDE_BLOCK = new RegExp(
  `(<\\/?(?:${BLOCKS})\\b[^<>]*>)\\s*\\n\\s*|\\s*\\n\\s*(?=<\\/?(?:${BLOCKS})\\b)`,
  'g',
);

/**
 * Collapses the indentation of Lit's `html` templates in src/: each run of
 * white space that holds a line break becomes one space, and goes at a
 * template's very start and end (before or after its first or last tag:
 * every template that has such a run starts or ends with a block), and
 * also inside a tag before its `>` and beside a block's tag. HTML renders
 * such a run as one space at most (the widgets set no `white-space: pre`),
 * so what the reader sees is unchanged; the module stops carrying the
 * source's indentation, and the widgets some empty text nodes. Only the
 * templates' own text changes, never the expressions inside `${…}`.
 */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'qingdao-minify-html-literals',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('html`')) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      for (const node of nodes(this.parse(code))) {
        const tag = node.tag as Node | undefined;
        if (
          node.type !== 'TaggedTemplateExpression' ||
          tag?.type !== 'Identifier' ||
          tag.name !== 'html'
        ) {
          continue;
        }
        const quasis = (node.quasi as { quasis: Node[] }).quasis;
        for (const quasi of quasis) {
          let text = code.slice(quasi.start, quasi.end);
          const raw = text;
          if (quasi === quasis[0]) text = text.replace(/^\s*\n\s*/, '');
          if (quasi === quasis.at(-1)) text = text.replace(/\s*\n\s*$/, '');
          text = text
            // Inside a tag, before its end: `lang=${x}\n  >`.
            .replace(/\s*\n\s*(?=\/?>)/g, '')
            // Beside a block's tag a run is no space on the page either.
            .replace(BESIDE_BLOCK, '$1')
            .replace(/\s*\n\s*/g, ' ');
          if (text !== raw) edits.push({ ...quasi, text });
        }
      }
      if (!edits.length) return null;
      let result = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result =
          result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      }
      return { code: result, map: null };
    },
  };
}
