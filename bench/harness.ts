// What the measures share: the article pages with partner embed code, a
// server for them and the built module, a fresh browser context per page,
// heap readings and the figures they report.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Browser, CDPSession, Page } from 'playwright-core';

import {
  embedCode,
  quotation,
  subresourceIntegrity,
  templateScript,
  type EmbedCodeOptions,
  type EmbedTarget,
} from '../scripts/lib/embed-code.js';
import {
  LANGUAGES,
  type ClauseNumber,
  type Language,
} from '../src/content/index.js';

export { LANGUAGES };
export const CLAUSES: readonly ClauseNumber[] = [1, 2, 3, 4, 5, 6];
export const MODULE_URL = '/dist/qingdao-initiative.js';
const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');

export type Goal = readonly ['≤' | '<' | '=', number];
export type Unit = 'ms' | 'B' | 'MB' | '×' | 'count' | 'CLS' | 'px';

export interface Figure {
  name: string;
  value: number;
  unit: Unit;
  /** A fixed number, never derived from the build being measured. */
  goal?: Goal | undefined;
  /** Missing a hard budget fails the run; missing a goal is only printed. */
  hard?: boolean;
  samples?: number[];
  detail?: unknown;
}

export type Measure = (bench: Bench) => Promise<Figure[]>;

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
export function median(values: number[]): number {
  const s = sorted(values);
  const middle = Math.floor(s.length / 2);
  return s.length % 2 ? s[middle]! : (s[middle - 1]! + s[middle]!) / 2;
}
/** Nearest rank: of 15 runs, the slowest. */
export const p95 = (values: number[]) =>
  sorted(values)[Math.ceil(values.length * 0.95) - 1]!;

/** A figure; `more`: `hard`, `samples`, `detail`. */
export const figure = (
  name: string,
  value: number,
  unit: Unit,
  goal?: Goal,
  more: Partial<Figure> = {},
): Figure => ({ name, value, unit, goal, ...more });

/** Median (against `goal`) and p95 (against `p95Goal`) of timings, in ms. */
export const timings = (
  name: string,
  samples: number[],
  goal?: Goal,
  p95Goal?: Goal,
): Figure[] => [
  figure(`${name}, median`, median(samples), 'ms', goal, { samples }),
  figure(`${name}, p95`, p95(samples), 'ms', p95Goal),
];

/** In-page helpers from pages/probe.js. */
interface Probe {
  shifts: { value: number; startTime: number; hadRecentInput: boolean }[];
  updated(elements: Iterable<Element>): Promise<unknown>;
  layout(): number;
  frame(): Promise<number>;
  /** ms of each report of the widgets' IntersectionObserver, with the updates and layout it caused. */
  deferred: number[];
  task(): Promise<unknown>;
  widgets(): NodeListOf<HTMLElement>;
  shown(widget: Element): string | undefined;
}
declare global {
  interface Window {
    qingdaoBench: Probe;
  }
}

interface ArticleOptions {
  title: string;
  /** Embed snippets, or any HTML, placed between the article's paragraphs. */
  widgets: string[];
  lang?: Language;
  header?: string;
}

export class Bench {
  /** Script errors on any page: the figures of a broken page mean nothing. */
  readonly errors: string[] = [];
  private readonly pages = new Map<string, string>();
  private origin = '';
  private readonly server = createServer((request, response) =>
    this.respond(request.url ?? '/').then(([status, type, body]) => {
      // Every load is a first visit: nothing comes from a cache.
      response.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
      });
      response.end(body);
    }),
  );

  private constructor(
    readonly browser: Browser,
    readonly bundle: Buffer,
    private readonly integrity: string,
    private readonly template: string,
  ) {}

  static async start(browser: Browser, bundle: Buffer): Promise<Bench> {
    const bench = new Bench(
      browser,
      bundle,
      await subresourceIntegrity(new Uint8Array(bundle)),
      await readFile(path.join(PAGES, 'article.html'), 'utf8'),
    );
    await new Promise<void>((done) =>
      bench.server.listen(0, '127.0.0.1', done),
    );
    const { port } = bench.server.address() as AddressInfo;
    bench.origin = `http://127.0.0.1:${port}`;
    return bench;
  }

  close(): void {
    this.server.close();
  }

  /** The embed code as partners paste it, for the module this bench serves. */
  snippet(options: Pick<EmbedCodeOptions, 'which' | 'language' | 'variant'>) {
    return embedCode({
      ...options,
      format: 'element',
      scriptUrl: MODULE_URL,
      integrity: this.integrity,
    });
  }

  /** The module's `<script>` alone, as a site's template loads it. */
  moduleScript(): string {
    return templateScript(path.dirname(MODULE_URL), this.integrity);
  }

  /** A partner's article with `widgets` in it, served at the returned URL. */
  page(name: string, options: ArticleOptions): string {
    const { lang = 'en', title, widgets, header = '' } = options;
    const between = '<p lang="en">The clause delegates quoted most:</p>\n';
    const html = this.template
      .replaceAll('{{lang}}', lang)
      .replaceAll('{{title}}', title)
      .replace('<!-- header -->', header)
      .replace('<!-- widgets -->', widgets.join(between));
    this.pages.set(`/${name}.html`, html);
    return `${this.origin}/${name}.html`;
  }

  /**
   * A page in a context of its own: no cache, storage or compiled code
   * shared. `moduleDelay`: the module arrives that late (a slow CDN), and
   * this returns as soon as the page starts loading.
   */
  async open(
    url: string,
    options: {
      viewport?: { width: number; height: number };
      moduleDelay?: number;
    } = {},
  ) {
    const { viewport = { width: 1280, height: 800 }, moduleDelay = 0 } =
      options;
    const context = await this.browser.newContext({ viewport });
    // tsx compiles with esbuild's keepNames: the functions page.evaluate
    // sends to the page call its __name helper.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();
    const where = new URL(url).pathname;
    page.on('pageerror', (error) => this.errors.push(`${where}: ${error}`));
    // A refused integrity or a 404 is only a console message.
    page.on('console', (message) => {
      if (message.type() === 'error') {
        this.errors.push(`${where}: ${message.text()}`);
      }
    });
    if (moduleDelay) {
      await page.route(`**${MODULE_URL}`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, moduleDelay));
        await route.continue();
      });
    }
    await page.goto(url, { waitUntil: moduleDelay ? 'commit' : 'load' });
    return {
      page,
      cdp: () => context.newCDPSession(page),
      close: () => context.close(),
    };
  }

  /** Waits for probe.js's mark: every widget on the page rendered. */
  async rendered(page: Page): Promise<void> {
    try {
      await page.waitForFunction(
        () => performance.getEntriesByName('qingdao:rendered').length > 0,
        undefined,
        { timeout: 15_000 },
      );
    } catch (error) {
      throw new Error(
        `${page.url()}: the widgets did not render.\n  ${this.errors.join('\n  ')}`,
        { cause: error },
      );
    }
  }

  private async respond(
    url: string,
  ): Promise<[number, string, Buffer | string]> {
    const { pathname } = new URL(url, this.origin);
    const page = this.pages.get(pathname);
    if (page) return [200, 'text/html; charset=utf-8', page];
    if (pathname === MODULE_URL) return [200, 'text/javascript', this.bundle];
    const type = { '.css': 'text/css', '.js': 'text/javascript' }[
      path.extname(pathname)
    ];
    const file = path.join(PAGES, path.basename(pathname));
    if (!pathname.startsWith('/pages/') || !type) {
      return [404, 'text/plain', 'Not found'];
    }
    return readFile(file).then(
      (body): [number, string, Buffer] => [200, type, body],
      (): [number, string, string] => [404, 'text/plain', 'Not found'],
    );
  }
}

/** V8's heap and Blink's (DOM objects) after a full collection. */
export async function heap(cdp: CDPSession) {
  // Twice: the first pass can leave garbage that finalizers release.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0 };
}

/** How many instances of a custom element's class are alive (GC first). */
export async function liveInstances(cdp: CDPSession, tag: string) {
  await heap(cdp);
  const { result: prototype } = await cdp.send('Runtime.evaluate', {
    expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
  });
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.objectId!,
  });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId! });
  return result.value as number;
}

/** `count` clauses, clauses 1–6 and the three languages in turn. */
export function clauses(
  count: number,
  html = (n: ClauseNumber, l: Language) =>
    `<qingdao-clause clause="${n}" lang="${l}"></qingdao-clause>`,
) {
  return Array.from({ length: count }, (_, i) =>
    html(CLAUSES[i % 6]!, LANGUAGES[i % 3]!),
  ).join('\n');
}

/**
 * The quotation as static HTML that the module leaves alone, although it
 * upgrades quotations of ours it finds: no class or data-* markers, and an
 * invisible word joiner before the title, since it also knows them by text.
 */
export const plainQuotation = (which: EmbedTarget, language: Language) =>
  quotation(which, language)
    .join('\n')
    .replace(/ (class|data-[\w-]+)="[^"]*"/g, '')
    .replace(/^(<blockquote[^>]*>\s*<(p><strong|h2)>)/, '$1&#x2060;');

/**
 * One append: until every widget updated ("script"), then the forced
 * layout, then the work deferred to the next frame ("deferred": controls
 * of the widgets near the view); `total` is their sum.
 */
export type Run = {
  script: number;
  layout: number;
  deferred: number;
  total: number;
};

/**
 * Each of `html` (name → HTML) appended to the article in one fragment, in
 * turn (the order rotating each round), `rounds` times after one discarded
 * warm-up. The HTML named `static` must stay as it is: no widget in it.
 * `widgets`: the selector of the widgets to wait for.
 */
export async function interleaved<Name extends string>(
  page: Page,
  html: Record<Name, string>,
  rounds: number,
  widgets = 'qingdao-clause, qingdao-initiative',
): Promise<Record<Name, Run[]>> {
  return page.evaluate(
    async ({ html, rounds, widgets }) => {
      const { frame, layout, updated, task, deferred } = window.qingdaoBench;
      const box = document.createElement('div');
      document.querySelector('.story')!.append(box);
      const names = Object.keys(html);
      const runs: Record<string, Run[]> = {};
      const content: Record<string, DocumentFragment> = {};
      for (const name of names) {
        const template = document.createElement('template');
        template.innerHTML = html[name]!;
        content[name] = template.content;
        runs[name] = [];
      }
      for (let round = 0; round <= rounds; round++) {
        for (let i = 0; i < names.length; i++) {
          const name = names[(round + i) % names.length]!;
          await frame(); // from a painted, idle page
          const reports = deferred.length;
          const start = performance.now();
          // Cloned from an inert template: upgraded once in the page.
          box.append(content[name]!.cloneNode(true));
          // After the module's own MutationObserver, which may wrap
          // quotations in new widgets.
          await null;
          await updated(box.querySelectorAll(widgets));
          const scripted = performance.now();
          layout();
          const end = performance.now();
          if (name === 'static' && box.querySelector(widgets)) {
            throw new Error('The module upgraded the static quotations.');
          }
          // The observer reports after the next frame's layout; its
          // timing ends in a task after that.
          await frame();
          await frame();
          await task();
          const later = deferred
            .slice(reports)
            .reduce((sum, each) => sum + each, 0);
          if (round > 0) {
            runs[name]!.push({
              script: scripted - start,
              layout: end - scripted,
              deferred: later,
              total: end - start + later,
            });
          }
          box.replaceChildren();
          layout();
        }
      }
      box.remove();
      return runs as Record<Name, Run[]>;
    },
    { html: html as Record<string, string>, rounds, widgets },
  );
}

/**
 * Presses the languages in turn (Russian first) in the first widget's
 * switch; times each press until every widget on the page has updated, and
 * until the page is laid out again.
 */
export async function switchTimes(page: Page, runs: number) {
  return page.evaluate(
    async ({ runs, languages }) => {
      const { frame, layout, updated, widgets, shown } = window.qingdaoBench;
      const all = [...widgets()];
      const times = { updated: [] as number[], laidOut: [] as number[] };
      let wrong = 0;
      for (let i = 0; i < runs; i++) {
        const language = languages[(i + 2) % languages.length]!;
        const button = all[0]!.shadowRoot!.querySelector<HTMLElement>(
          `button[lang="${language}"]`,
        )!;
        await frame(); // from a painted, idle page
        const start = performance.now();
        button.click();
        await updated(all);
        times.updated.push(performance.now() - start);
        layout();
        times.laidOut.push(performance.now() - start);
        wrong += all.filter((widget) => shown(widget) !== language).length;
      }
      return { ...times, wrong };
    },
    { runs, languages: LANGUAGES },
  );
}

/** Appends `html` to the article and waits until its widgets rendered. */
export const append = (page: Page, html: string) =>
  page.evaluate(async (html) => {
    const { frame, updated } = window.qingdaoBench;
    const box = document.createElement('div');
    box.className = 'bench-widgets';
    box.innerHTML = html;
    document.querySelector('.story')!.append(box);
    await updated(box.children);
    await frame();
  }, html);
