/**
 * The built module, as partner sites load it (run after `npm run build`).
 * This file must not import src/: the page gets only dist/.
 */
import { expect } from '@open-wc/testing';

const BUNDLE = '/dist/qingdao-initiative.js';

describe('dist/qingdao-initiative.js', () => {
  it('is one self-contained, minified ES module that imports nothing', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code.length).to.be.greaterThan(10_000);
    expect(code).not.to.match(/(^|[;\s])import\s*[\s{*"'(]/);
    expect(code).not.to.match(/\bimport\(/);
    expect(code).not.to.include('sourceMappingURL');
    expect(code, 'comments stripped').not.to.include('@csspart');
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
});
