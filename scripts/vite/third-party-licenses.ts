import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const LICENSES_FILE = 'third-party-licenses.txt';

/**
 * Writes `third-party-licenses.txt` beside the module: the name, version
 * and license text of every package bundled into it (Lit and
 * @lit/localize, BSD-3-Clause). Their licenses ask that a redistribution
 * in binary form carry the notice in the materials that come with it; the
 * minified module itself keeps no comments.
 */
export function thirdPartyLicenses(): Plugin {
  return {
    name: 'qingdao-third-party-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const folders = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          // A plugin's virtual module (`\0name:/real/path`) counts as its file.
          const match =
            /^\0?(?:[\w-]+:)?(\/.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(
              id,
            );
          if (match) folders.add(match[1]!);
        }
      }
      const sections = [...folders].sort().map((folder) => {
        const { name, version, license } = JSON.parse(
          readFileSync(join(folder, 'package.json'), 'utf8'),
        ) as { name: string; version: string; license: string };
        const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt']
          .map((each) => join(folder, each))
          .find(existsSync);
        if (!file) throw new Error(`${name} ships no LICENSE file`);
        return `${name} ${version} (${license})\n\n${readFileSync(file, 'utf8').trim()}\n`;
      });
      this.emitFile({
        type: 'asset',
        fileName: LICENSES_FILE,
        source:
          'The module qingdao-initiative.js bundles these packages.\n\n' +
          sections.join(`\n${'-'.repeat(72)}\n\n`),
      });
    },
  };
}
