// The README's pictures, taken from the built package in headless Chromium
// (the system one, as the tests use) into docs/:
//
//   npm run screenshots          (after npm run build)
//
// Each is a news article page (bench/pages/article.css, an ordinary news
// site's styles) with embed code pasted in, as a reader sees it: each
// format, then the whole document light, dark, side by side and on a phone,
// a clause inline and one in a site's colours.
import { readFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.mjs';
import { embedCode, templateScript } from './lib/embed-code.js';

const root = path.dirname(import.meta.dirname);
const docs = path.join(root, 'docs');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The repository over HTTP; `/page/<name>` is a generated article page. */
function serve(pages: Map<string, string>) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url!, 'http://localhost');
    const page = pages.get(url.pathname);
    try {
      const body = page ?? (await readFile(path.join(root, url.pathname)));
      response.setHeader(
        'Content-Type',
        page
          ? TYPES['.html']!
          : (TYPES[path.extname(url.pathname)] ?? 'application/octet-stream'),
      );
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise<{ origin: string; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

/** A news article with `embed` between its paragraphs; `head`: the template's extras. */
const article = (embed: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Qingdao Initiative released</title><link rel="stylesheet" href="/bench/pages/article.css">${head}</head>
<body><header class="site-header"><a class="brand" href="/">Eurasia Trade Review</a></header>
<main><article class="story"><h1>Conference in Qingdao sets out six areas of cooperation</h1>
<p class="byline">By a staff correspondent · 19 July 2025</p>
<p>Regional governments, business associations and companies from the member states gathered in Qingdao this week for a conference on local economic and trade cooperation.</p>
${embed}
<p>Analysts noted that several of the commitments build on projects already under way, such as the rail freight services that link the port with Central Asia.</p>
</article></main></body></html>`;

const BASE = '/dist/';
/** `height`: a viewport of that height instead of the full page. */
const shots: { file: string; html: string; width?: number; height?: number }[] =
  [
    {
      file: 'embed-element.png',
      html: article(
        embedCode({
          format: 'element',
          which: { clause: 3 },
          language: 'en',
          baseUrl: BASE,
        }),
      ),
    },
    {
      file: 'embed-blockquote.png',
      html: article(
        embedCode({
          format: 'blockquote',
          which: { clause: 3 },
          language: 'en',
          baseUrl: BASE,
        }),
        templateScript(BASE),
      ),
    },
    {
      file: 'embed-blockquote-no-script.png',
      html: article(
        embedCode({
          format: 'blockquote',
          which: { clause: 3 },
          language: 'en',
          baseUrl: BASE,
        }),
      ),
    },
    {
      file: 'embed-iframe.png',
      html: article(
        embedCode({
          format: 'iframe',
          which: { clause: 3 },
          language: 'zh-Hans',
          baseUrl: BASE,
        }),
        `<script src="${BASE}qingdao-embed-resizer.js" async></script>`,
      ),
    },
    {
      file: 'embed-blockquote-phone.png',
      width: 390,
      html: article(
        embedCode({
          format: 'blockquote',
          which: { clause: 2 },
          language: 'ru',
          baseUrl: BASE,
        }),
        templateScript(BASE),
      ),
    },
    {
      file: 'document-light.png',
      height: 1300,
      html: article(
        embedCode({
          format: 'element',
          which: 'document',
          language: 'en',
          baseUrl: BASE,
        }),
      ),
    },
    {
      file: 'document-dark.png',
      height: 1300,
      html: article(
        embedCode({
          format: 'element',
          which: 'document',
          language: 'zh-Hans',
          baseUrl: BASE,
          theme: 'dark',
        }),
        '<style>body, .site-header { background: #0d1117; color: #e6edf3 }</style>',
      ),
    },
    {
      file: 'clause-inline.png',
      html: article(
        embedCode({
          format: 'element',
          which: { clause: 1 },
          language: 'en',
          baseUrl: BASE,
          variant: 'inline',
        }),
      ),
    },
    {
      // The demo playground's provincial-government red, as a site sets it.
      file: 'clause-themed.png',
      html: article(
        embedCode({
          format: 'element',
          which: { clause: 4 },
          language: 'zh-Hans',
          baseUrl: BASE,
        }),
        `<style>qingdao-clause { --qingdao-color-accent: #a4161a;
        --qingdao-color-surface: #fbf6ef; --qingdao-color-text: #2b211c;
        --qingdao-color-muted: #6b5a4e; --qingdao-radius: 2px }</style>`,
      ),
    },
    {
      // A provincial site's full-width page: the three languages side by side.
      file: 'document-parallel.png',
      width: 1280,
      height: 1300,
      html: article(
        embedCode({
          format: 'element',
          which: 'document',
          language: 'zh-Hans',
          baseUrl: BASE,
        }).replace(
          '<qingdao-initiative',
          '<qingdao-initiative view="parallel" languages="zh en ru"',
        ),
        '<style>main, .story { max-width: 1200px }</style>',
      ),
    },
    {
      file: 'document-phone.png',
      width: 390,
      height: 1200,
      html: article(
        embedCode({
          format: 'element',
          which: 'document',
          language: 'ru',
          baseUrl: BASE,
        }),
      ),
    },
  ];

const pages = new Map(shots.map((shot) => [`/page/${shot.file}`, shot.html]));
const { origin, close } = await serve(pages);
const browser = await chromium.launch({
  executablePath: ensureBrowsers(['chromium']).chromium,
  args: CHROMIUM_ARGS,
});
await mkdir(docs, { recursive: true });
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width ?? 1100, height: shot.height ?? 900 },
      deviceScaleFactor: 1,
    });
    await page.goto(`${origin}/page/${shot.file}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await page.screenshot({
      path: path.join(docs, shot.file),
      fullPage: shot.height === undefined,
    });
    await page.close();
    console.log(`docs/${shot.file}`);
  }
} finally {
  await browser.close();
  close();
}
