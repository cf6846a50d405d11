// Harness check: proves that the browser test setup works in every engine
// (TypeScript through esbuild with legacy decorators, bare-module resolution
// of `lit`, @open-wc/testing fixtures, shadow DOM rendering). Keep it.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('qd-smoke-greeting')
class QdSmokeGreeting extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  // With the wrong TypeScript settings (define semantics for class fields)
  // this field would shadow the reactive accessor and never re-render.
  @property() name = 'world';

  override render() {
    return html`<p>你好, ${this.name}!</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-smoke-greeting': QdSmokeGreeting;
  }
}

describe('test harness', () => {
  it('renders a Lit element and updates its shadow DOM', async () => {
    const el = await fixture<QdSmokeGreeting>(
      html`<qd-smoke-greeting name="Qingdao"></qd-smoke-greeting>`,
    );
    expect(el).to.be.instanceOf(QdSmokeGreeting);
    expect(el.shadowRoot?.textContent?.trim()).to.equal('你好, Qingdao!');

    el.name = 'SCO';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal(
      '你好, SCO!',
    );
  });
});
