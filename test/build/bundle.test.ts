/**
 * The built module, as partner sites load it (run after `npm run build`).
 * This file must not import src/: the page gets only dist/.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { quotation } from '../../scripts/lib/embed-code.js';

const BUNDLE = '/dist/qingdao-initiative.js';

// A quotation in the blockquote format, in the page before the module loads.
const article = document.createElement('article');
article.innerHTML = quotation({ clause: 2 }, 'ru').join('\n');
document.body.append(article);

describe('dist/qingdao-initiative.js', () => {
  it('is one self-contained, minified ES module that imports nothing', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code.length).to.be.greaterThan(10_000);
    expect(code).not.to.match(/(^|[;\s])import\s*[\s{*"'(]/);
    expect(code).not.to.match(/\bimport\(/);
    expect(code).not.to.include('sourceMappingURL');
    expect(code, 'comments stripped').not.to.include('@csspart');
    expect(code, 'the snippet tooling stays out').not.to.include(
      'apply to a clause, not to the whole document',
    );
    expect(code, 'test-only code stays out').not.to.include('ForTests');
    expect(code, 'identifiers mangled').not.to.include('SERVED_BY_RUSSIAN');
  });

  it('defines every element, and loading it again from another URL throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ BUNDLE);
      await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    for (const tag of [
      'qingdao-initiative',
      'qingdao-clause',
      'qingdao-language-switch',
    ]) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    const clause = document.createElement('qingdao-clause');
    clause.setAttribute('clause', '1');
    clause.setAttribute('lang', 'en');
    document.body.append(clause);
    await (clause as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
    expect(
      clause.shadowRoot!.querySelector('[part~="clause-heading"]')!.textContent,
    ).to.equal('Jointly Build International Logistics Corridors.');
    clause.remove();
  });

  it('speaks the page language in its UI words, templates with values too', async () => {
    // The build looks messages up by id with its own small runtime
    // (scripts/vite/explicit-message-ids.ts): this is that runtime at work.
    const root = document.documentElement;
    const before = root.lang;
    root.lang = 'ru';
    const element = document.createElement('qingdao-initiative');
    document.body.append(element);
    try {
      await waitUntil(
        () =>
          element.shadowRoot
            ?.querySelector('.contents-label')
            ?.textContent?.trim() === 'Содержание',
        'Russian UI words',
      );
      const copy = element.shadowRoot!.querySelector<HTMLElement>(
        '[part~="copy-quote"]',
      )!;
      expect(copy.title).to.equal('Скопировать пункт 1 со ссылкой на источник');
    } finally {
      element.remove();
      root.lang = before;
    }
  });

  it('upgrades the quotations on the page, before and after it loaded', async () => {
    const before = article.querySelector('qingdao-clause')!;
    expect(before.getAttribute('clause')).to.equal('2');
    expect(
      before.shadowRoot!.querySelector('[part~="clause-number"]')!.textContent,
    ).to.equal('2.');
    const later = document.createElement('div');
    later.innerHTML = quotation({ clause: 5 }, 'en').join('\n');
    article.append(later);
    await aTimeout(0);
    const upgraded = later.querySelector('qingdao-clause') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await upgraded.updateComplete;
    expect(
      upgraded.shadowRoot!.querySelector('[part~="clause-number"]')!
        .textContent,
    ).to.equal('V.');
    article.remove();
  });
});

describe('the package', () => {
  it('points every toolchain at files the build wrote', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.name).to.equal('qingdao-initiative');
    expect(pkg.version).to.match(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    const targets = [
      pkg.exports['.'].default,
      pkg.exports['.'].types,
      pkg.module,
      pkg.types,
      pkg.customElements,
    ];
    for (const target of targets) {
      const response = await fetch(`/${target.replace(/^\.\//, '')}`);
      expect(response.status, target).to.equal(200);
    }
    // The module defines the elements on import: never dropped as unused,
    // neither from the package nor from a bundle of the sources (the demo).
    expect(pkg.sideEffects).to.deep.equal([
      './dist/qingdao-initiative.js',
      './src/index.ts',
    ]);
    expect(pkg.files).to.include('dist/');
  });

  it("carries the licenses of what the module bundles, Lit's notice included", async () => {
    const response = await fetch('/dist/third-party-licenses.txt');
    expect(response.status).to.equal(200);
    const text = await response.text();
    for (const name of ['lit-html', '@lit/reactive-element', '@lit/localize']) {
      expect(text, name).to.match(
        new RegExp(`^${name} \\S+ \\(BSD-3-Clause\\)$`, 'm'),
      );
    }
    expect(text).to.include('Copyright (c) 2017 Google LLC');
  });

  it('describes the elements in custom-elements.json', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap(
      (module: { declarations?: unknown[] }) => module.declarations ?? [],
    ) as {
      tagName?: string;
      summary?: string;
      attributes?: { name: string }[];
      events?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    }[];
    const byTag = new Map(
      declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]),
    );
    const clause = byTag.get('qingdao-clause')!;
    expect(clause.summary).to.be.a('string').and.not.be.empty;
    expect(clause.attributes!.map((a) => a.name)).to.include.members([
      'clause',
      'independent',
      'remember',
    ]);
    expect(clause.events!.map((e) => e.name)).to.have.members([
      'qingdao-language-select',
      'qingdao-language-change',
    ]);
    expect(clause.cssParts!.map((p) => p.name)).to.include.members([
      'citation',
      'clause-body',
      'message',
    ]);
    expect(clause.cssProperties!.map((p) => p.name)).to.include(
      '--qingdao-color-accent',
    );
    expect(
      byTag.get('qingdao-initiative')!.attributes!.map((a) => a.name),
    ).to.include('show-context');
    expect(
      byTag.get('qingdao-language-switch')!.events!.map((e) => e.name),
    ).to.include('qingdao-language-select');
  });
});
