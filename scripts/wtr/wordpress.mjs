// WordPress for the publishing tests: the `wordpress-filter` command runs its
// own PHP filters under php-cli (test/publishing/wordpress/filter.php), and
// WP_EMBED_URL serves its wp-embed.js, the script that sizes embed frames in
// a WordPress post. Its files come from Debian's package, installed or
// unpacked by scripts/install-test-tools.sh.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const PLACES = [
  process.env.WORDPRESS_DIR,
  'node_modules/.cache/wordpress/usr/share/wordpress',
  '/usr/share/wordpress',
];

/** Where WordPress is: its folder holding wp-includes/. */
export function wordpressDir(root) {
  const found = PLACES.filter(Boolean)
    .map((place) => path.resolve(root, place))
    .find((dir) => existsSync(path.join(dir, 'wp-includes', 'kses.php')));
  if (!found)
    throw new Error(
      'WordPress not found. Run scripts/install-test-tools.sh, or set WORDPRESS_DIR.',
    );
  return found;
}

export const WP_EMBED_URL = '/__wordpress__/wp-embed.js';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export const wordpressPlugin = (root) => ({
  name: 'wordpress',
  async serve({ path: url }) {
    if (url !== WP_EMBED_URL) return undefined;
    const file = path.join(wordpressDir(root), 'wp-includes/js/wp-embed.js');
    return { body: await readFile(file, 'utf8'), type: 'js' };
  },
  async executeCommand({ command, payload }) {
    if (command !== 'wordpress-filter') return undefined;
    const { filter, input } = payload;
    if (filter !== 'kses' && filter !== 'oembed')
      throw new Error(`Unknown WordPress filter "${filter}": kses or oembed.`);
    const script = path.join(root, 'test/publishing/wordpress/filter.php');
    const env = { ...process.env, WORDPRESS_DIR: wordpressDir(root) };
    return new Promise((resolve, reject) => {
      const php = execFile('php', [script, filter], { env }, (error, out) =>
        error ? reject(error) : resolve(out),
      );
      php.stdin.end(input);
    });
  },
});
