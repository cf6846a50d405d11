/**
 * Elements written into the page before the module loads (the normal case
 * for a `<script type="module">` at the end of an article) upgrade in place.
 * This file must not import src/ statically: the elements come first.
 */
import { expect } from '@open-wc/testing';

describe('elements in the page before the module loads', () => {
  it('upgrade and render once the module arrives', async () => {
    const host = document.createElement('div');
    host.innerHTML = `
      <qingdao-initiative lang="ru"></qingdao-initiative>
      <qingdao-clause clause="5" lang="zh"></qingdao-clause>
      <qingdao-language-switch></qingdao-language-switch>`;
    document.body.append(host);
    const [initiative, clause] = [...host.children];
    expect(customElements.get('qingdao-clause')).to.equal(undefined);
    expect(clause!.shadowRoot).to.equal(null);

    await import('../../src/index.js');
    await (initiative as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
    await (clause as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;

    expect(
      initiative!.shadowRoot!.querySelectorAll('[part~="clause"]'),
    ).to.have.length(6);
    expect(
      initiative!
        .shadowRoot!.querySelector('[part="document"]')!
        .getAttribute('lang'),
    ).to.equal('ru');
    expect(
      clause!.shadowRoot!.querySelector('[part~="clause-number"]')!.textContent,
    ).to.equal('五、');
    host.remove();
  });
});
