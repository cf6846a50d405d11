/**
 * The static embed pages of the iframe format, used as editors and CMSes
 * use them: scripts blocked (`sandbox=""`, as TinyMCE adds), scripts
 * allowed in a sandbox (as WordPress frames them), with the optional
 * resizer, and at a phone's width with no resizer at all.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import {
  defaultFrameHeight,
  embedPageFile,
  type EmbedTarget,
} from '../../scripts/lib/embed-code.js';
import type { Language } from '../../src/content/index.js';

const DIST = '/dist/';
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Loads the embed page for `which` in a frame of `width`, sandboxed as given. */
async function frame(
  which: EmbedTarget,
  language: Language,
  {
    sandbox,
    width = 600,
    hash = '',
  }: { sandbox?: string; width?: number; hash?: string } = {},
): Promise<HTMLIFrameElement> {
  const element = document.createElement('iframe');
  if (sandbox !== undefined) element.setAttribute('sandbox', sandbox);
  element.width = String(width);
  element.height = String(defaultFrameHeight(which, language));
  element.src = `${DIST}${embedPageFile(which, language)}${hash}`;
  const loaded = new Promise((resolve) =>
    element.addEventListener('load', resolve, { once: true }),
  );
  document.body.append(element);
  frames.push(element);
  await loaded;
  return element;
}

/** Height messages from frames, as a host page receives them. */
function listen() {
  const heard: { source: MessageEventSource | null; data: unknown }[] = [];
  const onMessage = (event: MessageEvent) =>
    heard.push({ source: event.source, data: event.data });
  window.addEventListener('message', onMessage);
  return {
    heard,
    stop: () => window.removeEventListener('message', onMessage),
  };
}

describe('embed pages', () => {
  for (const language of ['en', 'zh-Hans', 'ru'] as const) {
    it(`with scripts blocked, clause 3 in ${language} reads whole at a phone's width, within the frame's default height`, async () => {
      // Same origin so that the test can read it; still no script runs.
      const element = await frame({ clause: 3 }, language, {
        sandbox: 'allow-same-origin',
        width: 360,
      });
      const doc = element.contentDocument!;
      expect(doc.querySelector('qingdao-clause')!.shadowRoot).to.equal(null);
      const quote = doc.querySelector('blockquote')!;
      expect(quote.getBoundingClientRect().width).to.be.within(300, 360);
      const text = doc.body.innerText;
      expect(text).to.include(
        language === 'zh-Hans' ? '三、' : language === 'en' ? 'III.' : '3.',
      );
      expect(
        doc.documentElement.scrollHeight,
        'fits the default height',
      ).to.be.at.most(Number(element.height));
      expect(doc.documentElement.scrollWidth).to.be.at.most(360);
    });
  }

  it('the whole document fits its default height at a phone width too', async () => {
    const element = await frame('document', 'ru', {
      sandbox: 'allow-same-origin',
      width: 360,
    });
    expect(element.contentDocument!.documentElement.scrollHeight).to.be.at.most(
      Number(element.height),
    );
  });

  it('where scripts run, the widget upgrades and the page reports its height (ours and WordPress’s)', async () => {
    const { heard, stop } = listen();
    try {
      const element = await frame({ clause: 3 }, 'en', {
        sandbox: 'allow-scripts',
        hash: '#?secret=abc123',
      });
      await waitUntil(
        () =>
          heard.some(
            (m) =>
              m.source === element.contentWindow &&
              (m.data as { secret?: string })?.secret,
          ),
        'the WordPress height message',
        { timeout: 5000 },
      );
      const ours = heard.find(
        (m) =>
          m.source === element.contentWindow &&
          (m.data as { type?: string })?.type === 'qingdao-embed:height',
      )!.data as { height: number };
      const wordpress = heard.find(
        (m) => (m.data as { secret?: string })?.secret === 'abc123',
      )!.data as { message: string; value: number };
      expect(ours.height).to.be.within(200, 2000);
      expect(wordpress.message).to.equal('height');
      expect(wordpress.value).to.equal(ours.height);
    } finally {
      stop();
    }
  });

  it('the resizer fits each frame to its text, also when it loads after the frame', async () => {
    const element = await frame({ clause: 2 }, 'ru', {
      sandbox: 'allow-scripts allow-same-origin',
      width: 360,
    });
    // Scripts ran inside: the widget is there.
    await waitUntil(
      () =>
        element.contentDocument?.querySelector('qingdao-clause')?.shadowRoot,
      'the widget in the frame',
      { timeout: 5000 },
    );
    await aTimeout(100);
    const script = document.createElement('script');
    script.src = `${DIST}qingdao-embed-resizer.js`;
    const loaded = new Promise((resolve) =>
      script.addEventListener('load', resolve, { once: true }),
    );
    document.head.append(script);
    await loaded;
    const content = () =>
      Math.ceil(
        element.contentDocument!.documentElement.getBoundingClientRect().height,
      );
    await waitUntil(
      () => Number(element.height) === content(),
      'the frame to fit',
      {
        timeout: 5000,
      },
    );
    // And follows the text when it changes: a wider frame, fewer lines.
    element.width = '900';
    await waitUntil(
      () => Number(element.height) === content(),
      'the frame to fit again',
      {
        timeout: 5000,
      },
    );
    expect(element.getAttribute('style')).to.equal(null);
  });
});
