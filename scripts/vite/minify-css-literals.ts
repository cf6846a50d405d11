import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * Minifies the CSS in Lit's `css` tagged templates of src/ (those without
 * `${…}`), which the JavaScript minifier leaves as written: comments,
 * indentation and all. Bytes partner pages would otherwise download.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'qingdao-minify-css-literals',
    apply: 'build',
    async transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const pieces: string[] = [];
      let last = 0;
      for (const match of code.matchAll(/\bcss`([^`]*)`/g)) {
        if (match[1]!.includes('${')) continue;
        const minified = await transform(match[1]!, {
          loader: 'css',
          minify: true,
        });
        pieces.push(
          code.slice(last, match.index),
          `css\`${minified.code.trim().replace(/\\/g, '\\\\')}\``,
        );
        last = match.index! + match[0].length;
      }
      pieces.push(code.slice(last));
      return { code: pieces.join(''), map: null };
    },
  };
}
