/**
 * WordPress's own PHP filters, run by the test server under php-cli
 * (scripts/wtr/wordpress.mjs, test/publishing/wordpress/filter.php):
 * `wp_kses_post()`, what a post by an author without `unfiltered_html`
 * keeps, and the oEmbed path, what a post that names one of our embed pages'
 * URLs shows.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Tool } from './tool.js';

export type WordPressFilter = 'kses' | 'oembed';

/** Runs WordPress's filter on `input` (HTML, or oEmbed JSON for `oembed`). */
export const wordpressFilter = (filter: WordPressFilter, input: string) =>
  executeServerCommand<string, { filter: WordPressFilter; input: string }>(
    'wordpress-filter',
    { filter, input },
  );

export async function tools(): Promise<Tool[]> {
  return [
    {
      name: 'WordPress wp_kses_post',
      set: (html) => wordpressFilter('kses', html),
    },
  ];
}
