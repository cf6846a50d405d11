import { localized } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { editorial, initiative, release } from './content/index.js';
import { customElement } from './define.js';
import { styles } from './qingdao-initiative.styles.js';
import './qingdao-language-switch.js';
import { clauseBody, clauseTitle } from './templates.js';
import { QingdaoTextElement } from './text-element.js';

/**
 * The whole Qingdao Initiative in one language at a time: title, release
 * line, preamble and the six numbered clauses, with a language switch.
 * Each clause has a stable anchor id, `clause-1` … `clause-6`.
 *
 * @summary The Qingdao Initiative of the China–SCO Local Economic and Trade Cooperation Conference.
 *
 * @csspart document - The whole document.
 * @csspart header - Title, release line and switch.
 * @csspart title - The document title.
 * @csspart release - When, where and by whom it was released.
 * @csspart version-note - Which version is the original.
 * @csspart switch - The language switch (a `qingdao-language-switch`).
 * @csspart switch-group - The switch's row of buttons.
 * @csspart switch-button - Each button of the switch.
 * @csspart switch-current - The switch's button of the language shown.
 * @csspart context - The news release's lead paragraphs (with `show-context`).
 * @csspart preamble - The preamble.
 * @csspart clauses - The list of clauses.
 * @csspart clause - Each clause.
 * @csspart clause-title - A clause's number and heading.
 * @csspart clause-number - A clause's number (一、, I., 1.).
 * @csspart clause-heading - A clause's heading sentence.
 * @csspart clause-body - The rest of a clause.
 * @csspart break-mark - The editorial mark where a published text breaks off.
 * @csspart note - The editorial note that explains a break.
 * @csspart message - A note under the document on an attribute value it does not offer.
 *
 * @cssprop --qingdao-color-text - Text colour.
 * @cssprop --qingdao-color-muted - Secondary text colour.
 * @cssprop --qingdao-color-accent - Accent colour (clause numbers, current language).
 * @cssprop --qingdao-color-accent-contrast - Text on the accent colour.
 * @cssprop --qingdao-color-surface - Background.
 * @cssprop --qingdao-color-subtle - Quiet background (hover, notes).
 * @cssprop --qingdao-color-border - Rules and borders.
 * @cssprop --qingdao-color-focus - Focus ring.
 * @cssprop --qingdao-font-family - Font of English and Russian text.
 * @cssprop --qingdao-font-family-zh - Font of Chinese text.
 * @cssprop --qingdao-font-family-ui - Font of controls and captions.
 * @cssprop --qingdao-font-size - Base font size.
 * @cssprop --qingdao-line-height - Line height of the text.
 * @cssprop --qingdao-radius - Corner radius.
 * @cssprop --qingdao-space - Base spacing unit.
 * @cssprop --qingdao-initiative-max-width - Measure of the text; defaults to `46rem`.
 *
 * @fires qingdao-language-change - The language shown changed; `detail.language`, `detail.previous`.
 */
@customElement('qingdao-initiative')
@localized()
export class QingdaoInitiative extends QingdaoTextElement {
  static override styles = styles;

  /** Also shows the two lead paragraphs of the news release that published the text. */
  @property({ type: Boolean, reflect: true, attribute: 'show-context' })
  showContext = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    void this.handleHashChange();
  }

  override render() {
    const language = this.shown;
    const words = editorial[language];
    return html`
      <article part="document" lang=${language} aria-labelledby="title">
        <header part="header">
          <qingdao-language-switch
            part="switch"
            exportparts="group: switch-group, button: switch-button, current: switch-current"
            .value=${language}
            @qingdao-language-select=${this.handleLanguageSelect}
          ></qingdao-language-switch>
          <h2 part="title" id="title">
            ${initiative.title[language].map(
              (line) => html`<span class="title-line">${line}</span>`,
            )}
          </h2>
          <p part="release">${words.releaseLine}</p>
          <p part="version-note">${words.versionNote}</p>
        </header>
        ${
          this.showContext
            ? html`<section part="context" aria-labelledby="context-heading">
                <h3 id="context-heading">${words.contextHeading}</h3>
                ${release.lead[language].map((paragraph) => html`<p>${paragraph}</p>`)}
                <p class="context-source">${words.contextSource}</p>
              </section>`
            : nothing
        }
        <p part="preamble">${initiative.preamble[language]}</p>
        <ol part="clauses" role="list">
          ${initiative.clauses.map(
            (clause) => html`
              <li part="clause" id="clause-${clause.number}">
                <h3 part="clause-title">${clauseTitle(clause, language)}</h3>
                ${clauseBody(clause, language)}
              </li>
            `,
          )}
        </ol>
      </article>
      ${this.valueNotes()}
    `;
  }

  /**
   * Deep links: the page's own `#clause-3` cannot reach an id inside a
   * shadow root, so the widget scrolls to the clause itself.
   */
  private handleHashChange = async (): Promise<void> => {
    const match = /^#clause-([1-6])$/.exec(window.location.hash);
    if (!match) return;
    // Scroll once the switch above has its height, or the clause moves away.
    await this.renderRoot.querySelector('qingdao-language-switch')
      ?.updateComplete;
    this.renderRoot.querySelector(`#clause-${match[1]}`)?.scrollIntoView();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'qingdao-initiative': QingdaoInitiative;
  }
}
