import {
  html,
  nothing,
  type PropertyValues,
  type PropertyDeclarations,
} from 'lit';
import { editorial, initiative, release } from '../content/index.js';
import { flag } from '../internal/property-values.js';
import { clauseBody, clauseTitle } from './clause-templates.js';
import { OfficialTextElement } from './official-text-element.js';
import { styles } from './qingdao-initiative.styles.js';

/**
 * The whole Qingdao Initiative in one language at a time: title, release
 * line, preamble and the six numbered clauses, with a language switch.
 * Each clause has a stable anchor id, `clause-1` … `clause-6`.
 *
 * @tagname qingdao-initiative
 * @summary The Qingdao Initiative of the China–SCO Local Economic and Trade Cooperation Conference.
 *
 * @csspart document - The whole document.
 * @csspart header - Title, release line and switch.
 * @csspart title - The document title.
 * @csspart release - When, where and by whom it was released.
 * @csspart version-note - Which version is the original.
 * @csspart switch - The language switch (also `switch-group`): a toolbar of three buttons.
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
 * @cssprop [--qingdao-initiative-max-width=calc(var(--qingdao-measure) + 6em)] - The document's widest width, padding included (42em by default); below 32rem of its own width it takes a narrow layout.
 * @cssprop [--qingdao-scroll-margin=1rem] - Space kept above a clause that a `#clause-N` link scrolls to (a sticky site header's height, say).
 *
 * @fires qingdao-language-select - The reader pressed another language; `detail.language`. Cancelable.
 * @fires qingdao-language-change - The language shown changed; `detail.language`, `detail.previous`.
 */
export class QingdaoInitiative extends OfficialTextElement {
  static override properties: PropertyDeclarations = {
    showContext: { type: Boolean, reflect: true, attribute: 'show-context' },
  };

  static override styles = styles;

  /**
   * Also shows the two lead paragraphs of the news release that published
   * the text. Default `false`; `null` or `undefined`: `false`.
   */
  get showContext(): boolean {
    return this.showsContext;
  }
  set showContext(value: boolean | string | null | undefined) {
    this.showsContext = flag(value);
  }

  private showsContext = false;

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
    this.handleHashChange();
  }

  protected renderText() {
    const language = this.pageLanguage.shown;
    const words = editorial[language];
    return html`
      <article part="document" lang=${language} aria-labelledby="title">
        <header part="header">
          ${this.renderSwitch()}
          <h2 part="title" id="title" lang=${language}>
            ${initiative.title[language].map(
              (line) => html`<span class="title-line">${line}</span>`,
            )}
          </h2>
          <p part="release" lang=${language}>${words.releaseLine}</p>
          <p part="version-note" lang=${language}>${words.versionNote}</p>
        </header>
        ${
          this.showContext
            ? html`<section
                part="context"
                lang=${language}
                aria-labelledby="context-heading"
              >
                <h3 id="context-heading">${words.contextHeading}</h3>
                ${release.lead[language].map((paragraph) => html`<p>${paragraph}</p>`)}
                <p class="context-source">${words.contextSource}</p>
              </section>`
            : nothing
        }
        <p part="preamble" lang=${language}>${initiative.preamble[language]}</p>
        <ol part="clauses" role="list">
          ${initiative.clauses.map(
            (clause) => html`
              <li part="clause" id="clause-${clause.number}" lang=${language}>
                <h3 part="clause-title">${clauseTitle(clause, language)}</h3>
                ${clauseBody(clause, language)}
              </li>
            `,
          )}
        </ol>
      </article>
      ${this.renderValueNotes()}
    `;
  }

  /**
   * Deep links: the page's own `#clause-3` cannot reach an id inside a
   * shadow root, so the widget scrolls to the clause itself.
   */
  private handleHashChange = (): void => {
    const match = /^#clause-([1-6])$/.exec(window.location.hash);
    if (!match) return;
    // A page's smooth scrolling, but not for a reader who asked for less motion.
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.renderRoot
      .querySelector(`#clause-${match[1]}`)
      ?.scrollIntoView(still ? { behavior: 'instant' } : {});
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'qingdao-initiative': QingdaoInitiative;
  }
}
