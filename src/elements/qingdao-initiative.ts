import {
  html,
  nothing,
  type PropertyValues,
  type PropertyDeclarations,
} from 'lit';
import {
  editorial,
  initiative,
  release,
  type Clause,
} from '../content/index.js';
import { flag } from '../internal/property-values.js';
import {
  contents,
  copyClause,
  copyLinkButton,
  copyQuoteButton,
  copyStatus,
  type Copied,
} from './clause-links.js';
import { clauseBody, clauseTitle } from './clause-templates.js';
import { OfficialTextElement } from './official-text-element.js';
import { styles } from './qingdao-initiative.styles.js';

/**
 * The whole Qingdao Initiative in one language at a time: title, release
 * line, a table of contents, preamble and the six numbered clauses, with a
 * language switch. Each clause has a stable anchor, `#clause-1` …
 * `#clause-6` (in every language): a link to it scrolls to the clause and
 * moves focus there. Each clause can be copied with a reference in its
 * language's convention (GB/T 7714, Chicago, ГОСТ Р 7.0.100), as text and
 * HTML, and its copy-link action puts the page's address with its anchor
 * on the clipboard.
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
 * @csspart contents - The table of contents.
 * @csspart contents-link - Each entry of the table of contents: a clause's number and heading.
 * @csspart copy-link - Each clause's copy-link button.
 * @csspart copy-quote - Each clause's button that copies its text with a reference.
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
    copied: { state: true },
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

  /** The last copy action: which clause, what, and whether it reached the clipboard. */
  private copied?: Copied;

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
    // A page opened at #clause-3 scrolls there, without taking focus.
    this.goToClause(false);
  }

  protected renderText() {
    const language = this.pageLanguage.shown;
    const words = editorial[language];
    return html`
      <article
        part="document"
        lang=${language}
        aria-labelledby="title"
        @click=${this.handleContentsClick}
      >
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
        ${contents(initiative.clauses, language)}
        <p part="preamble" lang=${language}>${initiative.preamble[language]}</p>
        <ol part="clauses" role="list">
          ${initiative.clauses.map(
            (clause) => html`
              <li
                part="clause"
                id="clause-${clause.number}"
                lang=${language}
                tabindex="-1"
              >
                <h3 part="clause-title">${clauseTitle(clause, language)}</h3>
                <span class="clause-actions">
                  ${copyQuoteButton(
                    clause,
                    this.wasCopied(clause.number, 'quote'),
                    () => void this.copy(clause, 'quote'),
                  )}${copyLinkButton(
                    clause,
                    this.wasCopied(clause.number, 'link'),
                    () => void this.copy(clause, 'link'),
                  )}
                </span>
                ${clauseBody(clause, language)}
              </li>
            `,
          )}
        </ol>
        ${copyStatus(this.copied)}
      </article>
      ${this.renderValueNotes()}
    `;
  }

  private wasCopied(clause: number, what: 'link' | 'quote'): boolean {
    const copied = this.copied;
    return copied?.clause === clause && copied.what === what && copied.done;
  }

  private async copy(clause: Clause, what: Copied['what']): Promise<void> {
    this.copied = await copyClause(
      clause,
      what,
      this.pageLanguage.shown,
      this.renderRoot,
    );
  }

  /**
   * Deep links: the page's own `#clause-3` cannot reach an id inside a
   * shadow root, so the widget scrolls to the clause itself, and on a link
   * followed in the page (not on load) moves focus there, as a link to an
   * anchor does.
   */
  private handleHashChange = (): void => this.goToClause(true);

  private goToClause(focus: boolean): void {
    const match = /^#clause-([1-6])$/.exec(window.location.hash);
    const clause = match
      ? this.renderRoot.querySelector<HTMLElement>(`#clause-${match[1]}`)
      : null;
    if (!clause) return;
    // A page's smooth scrolling, but not for a reader who asked for less motion.
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    clause.scrollIntoView(still ? { behavior: 'instant' } : {});
    if (focus) clause.focus({ preventScroll: true });
  }

  /** A contents link to the clause the address already names: no hashchange, so go there. */
  private handleContentsClick = (event: Event): void => {
    const link = (event.target as Element).closest('a');
    if (link && link.hash === window.location.hash) this.goToClause(true);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'qingdao-initiative': QingdaoInitiative;
  }
}
