// The partner site's own code: Lit 2 (`host-lit`) and @lit/localize 0.11
// (`host-localize`), real second copies of other versions than the
// widget's, resolved by the dev server like any bare import.
import { css, html, LitElement } from 'host-lit';
import {
  configureLocalization,
  msg,
  updateWhenLocaleChanges,
} from 'host-localize';

const templates = {
  de: { greeting: 'Willkommen auf der Partnerseite' },
  fr: { greeting: 'Bienvenue sur le site partenaire' },
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de', 'fr'],
  loadLocale: async (locale) => ({ templates: templates[locale] }),
});

class HostGreeting extends LitElement {
  static styles = css`
    p {
      margin: 0;
      color: rgb(0, 100, 0);
    }
  `;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  render() {
    return html`<p>
      ${msg('Welcome to the partner site', { id: 'greeting' })}
    </p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

const ready = setLocale('de');

// For the test in the parent page: the host's localization, its Lit, and a
// way to import a module in this page's realm (the same module instances
// as this page's <script> tags).
window[Symbol.for('qingdao-embedding-host')] = {
  ready,
  getLocale,
  LitElement,
  importModule: (url) => import(url),
};
