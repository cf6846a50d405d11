/**
 * WordPress, with its own PHP run by the test server (tools/wordpress.ts):
 * what `wp_kses_post()` keeps of the `blockquote` format, and what a post
 * shows for one of our embed pages' URLs through oEmbed, where WordPress's
 * own wp-embed.js sizes the frame on the page's height messages.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  embedCode,
  embedPageFile,
  oembed,
  type EmbedTarget,
} from '../../scripts/lib/embed-code.js';
import type { Language } from '../../src/content/types.js';
import { shownLanguage } from '../support/elements.js';
import { BASE_URL, MODULE_SCRIPT, closeArticles, publish } from './article.js';
import { wordpressFilter } from './tools/wordpress.js';

const CLAUSE: EmbedTarget = { clause: 3 };
/**
 * A post's template: WordPress's wp-embed.js (served by
 * scripts/wtr/wordpress.mjs from Debian's package), and a record of the
 * height messages frames send, from the first one on.
 */
const WP_EMBED = `<script>
  window.heights = [];
  addEventListener('message', ({ data }) => {
    if (data && data.message === 'height') heights.push(data.value);
  });
</script>
<script src="/__wordpress__/wp-embed.js"></script>`;

afterEach(closeArticles);

const parse = (html: string) =>
  new DOMParser().parseFromString(html, 'text/html').body;

/** The HTML WordPress embeds in a post that names our embed page's URL. */
async function embedded(language: Language): Promise<string> {
  const url = `${BASE_URL}/${embedPageFile(CLAUSE, language)}`;
  const data = oembed(CLAUSE, language, BASE_URL);
  return wordpressFilter('oembed', JSON.stringify({ url, data }));
}

for (const language of ['en', 'zh-Hans'] as const) {
  describe(`WordPress, ${language}`, () => {
    it('wp_kses_post keeps the blockquote format’s markers, and the module upgrades it', async () => {
      const code = embedCode({
        format: 'blockquote',
        which: CLAUSE,
        language,
        baseUrl: BASE_URL,
      });
      const stored = await wordpressFilter('kses', code);
      const quote = parse(stored).querySelector('blockquote')!;
      expect([...quote.classList]).to.include.members([
        'qingdao-quote',
        'qingdao-clause-3',
        `qingdao-lang-${language}`,
      ]);
      expect(quote.lang).to.equal(language);
      expect(quote.dataset).to.include({
        qingdaoClause: '3',
        qingdaoLang: language,
      });

      const { widgets } = await publish(stored, language);
      expect(widgets).to.have.length(1);
      expect(widgets[0]!.getAttribute('clause')).to.equal('3');
      expect(shownLanguage(widgets[0]!)).to.equal(language);
    });

    it('oEmbed: WordPress keeps the quotation and the frame, sandboxed, with a secret', async () => {
      const body = parse(await embedded(language));
      const quote = body.querySelector('blockquote')!;
      const frame = body.querySelector('iframe')!;
      expect(body.querySelectorAll('blockquote, iframe')).to.have.length(2);
      const secret = frame.dataset.secret!;
      expect(secret).to.match(/^[A-Za-z0-9]{10}$/);
      expect(quote.dataset.secret).to.equal(secret);
      expect(frame.getAttribute('sandbox')).to.equal('allow-scripts');
      expect(frame.getAttribute('security')).to.equal('restricted');
      const src = new URL(frame.src);
      expect(src.pathname).to.equal(
        new URL(`${BASE_URL}/${embedPageFile(CLAUSE, language)}`).pathname,
      );
      expect(src.hash).to.equal(`#?secret=${secret}`);
    });

    it('oEmbed in a post: wp-embed.js sizes the frame to the height its page reports, and hides the quotation', async () => {
      const html = await embedded(language);
      const { document: post, frames } = await publish(
        html,
        language,
        WP_EMBED,
      );
      const reported = (post.defaultView as unknown as { heights: number[] })
        .heights;
      expect(frames).to.have.length(1);
      const { frame } = frames[0]!;
      const quote = post.querySelector('blockquote')!;
      // On the frame's first message, wp-embed.js shows the frame (until
      // then clipped to nothing) and hides the quotation.
      await waitUntil(
        () => quote.style.display === 'none' && !frame.hasAttribute('style'),
        'the frame reported its height to wp-embed.js',
        { timeout: 5000 },
      );
      // wp-embed.js keeps a frame between 200 and 1000 px tall.
      const clamp = (height: number) => Math.min(1000, Math.max(200, height));
      await waitUntil(
        () =>
          reported.length > 0 &&
          frame.height === String(clamp(reported.at(-1)!)),
        `frame height ${frame.height} follows the reports ${reported}`,
        { timeout: 5000 },
      );
      expect(reported.at(-1)).to.be.above(200);
    });

    it('oEmbed in a post whose template also loads the module: the text shows once', async () => {
      const html = await embedded(language);
      const head = WP_EMBED + MODULE_SCRIPT;
      const { document: post, widgets } = await publish(html, language, head);
      const quote = post.querySelector('blockquote')!;
      await waitUntil(
        () => quote.style.display === 'none' || widgets.length > 0,
        'the quotation hidden, or upgraded',
        { timeout: 5000 },
      );
      // WordPress shows the frame and hides its quotation: a widget made
      // of that quotation would show the clause a second time.
      expect(widgets).to.have.length(0);
    });
  });
}
