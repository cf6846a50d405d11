import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  editorial,
  initiative,
  release,
  type Clause,
  type Language,
} from '../content/index.js';
import {
  attributeText,
  flag,
  keyword,
  VIEWS,
} from '../internal/property-values.js';
import { getLocale } from '../language/localization.js';
import { LANGUAGE_NAMES, LANGUAGES, languageList } from '../language/tags.js';
import {
  contents,
  copyButton,
  copyClause,
  copyStatus,
  type Copied,
} from './clause-links.js';
import { clauseBody, clauseTitle } from './clause-templates.js';
import { OfficialTextElement } from './official-text-element.js';
import { styles } from './qingdao-initiative.styles.js';
import { unknownValueNote } from './value-notes.js';

/**
 * The whole Qingdao Initiative in one language at a time: title, release
 * line, a table of contents, preamble and the six numbered clauses, with a
 * language switch; or, with `view="parallel"`, two or three languages side
 * by side, aligned clause by clause. Each clause has a stable anchor, `#clause-1` …
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
 * @csspart switch - The language switch: a toolbar of three buttons.
 * @csspart switch-group - The language switch too (the name the switch element uses).
 * @csspart switch-button - Each button of the switch.
 * @csspart switch-current - The switch's button of the language shown.
 * @csspart view-toggle - The "Side by side" button that turns the parallel view on and off (`aria-pressed`).
 * @csspart columns - In the parallel view, the row of each column's language choice.
 * @csspart column-language - Each column's language choice (a `select`).
 * @csspart tools - The row of the "Side by side" button and the language switch.
 * @csspart title-text - The title in one language (in the parallel view, one per column).
 * @csspart preamble-row - The preamble's row: one preamble, or one per column.
 * @csspart contents - The table of contents.
 * @csspart contents-heading - The table of contents' heading.
 * @csspart contents-link - Each entry of the table of contents: a clause's number and heading.
 * @csspart copy-link - Each clause's copy-link button.
 * @csspart copy-quote - Each clause's button that copies its text with a reference.
 * @csspart context - The news release's lead paragraphs (with `show-context`).
 * @csspart preamble - The preamble.
 * @csspart clauses - The list of clauses.
 * @csspart clause - Each clause (in the parallel view, the row of its columns).
 * @csspart clause-text - A clause in one language: title, actions, body.
 * @csspart clause-title - A clause's number and heading.
 * @csspart clause-number - A clause's number (一、, I., 1.).
 * @csspart clause-heading - A clause's heading sentence.
 * @csspart clause-body - The rest of a clause.
 * @csspart break-mark - The editorial mark where a published text breaks off.
 * @csspart note - The editorial note that explains a break.
 * @csspart copy-status - What the last copy action did: read out when it worked; shown, with the link to copy by hand, when it did not.
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
    view: { reflect: true },
    languages: { reflect: true },
    copied: { state: true },
  };

  static override styles = styles;

  /**
   * Also shows the two lead paragraphs of the news release that published
   * the text. Default `false`; `null` or `undefined`: `false`.
   */
  get showContext(): boolean {
    return this.#showsContext;
  }
  set showContext(value: boolean | string | null | undefined) {
    this.#showsContext = flag(value);
  }

  /**
   * `single` (default): one language at a time, with the language switch.
   * `parallel`: the languages side by side, title, preamble and each clause
   * aligned in columns (stacked clause by clause below 40rem of the
   * widget's own width). The reader turns it on and off with the
   * "Side by side" button. `null`, `undefined` or removing the attribute:
   * `single`; an unknown value shows `single` with a note.
   */
  get view(): string {
    return this.#viewValue;
  }
  set view(value: string | null | undefined) {
    this.#viewValue = keyword(value, VIEWS);
  }

  /**
   * The parallel view's columns, in order: two or three BCP 47 tags
   * separated by spaces or commas (`"zh en"`, `"ru zh-CN en"`). Default
   * (`null`, `undefined`, blank): `zh-Hans en ru`; a list that names fewer
   * than two published languages, or a tag that names none, gives the
   * default with a note. Reads back as given; the reader's choice of a
   * column's language sets it.
   */
  get languages(): string | null {
    return this.#languagesValue;
  }
  set languages(value: string | null | undefined) {
    this.#languagesValue = attributeText(value) || null;
  }

  #showsContext = false;
  #viewValue = 'single';
  #languagesValue: string | null = null;

  get #parallel(): boolean {
    return this.view === 'parallel';
  }

  /** The last copy action: which clause, what, and whether it reached the clipboard. */
  private copied?: Copied;

  protected renderText() {
    const shown = this.pageLanguage.shown;
    const columns = this.#parallel ? this.#columns() : [shown];
    // Contents, release line and notes: in the language the reader chose,
    // where a column shows it, else the first column's.
    const language = columns.includes(shown) ? shown : columns[0]!;
    const words = editorial[language];
    return html`
      <article
        part="document"
        class=${this.#parallel ? 'parallel' : 'single'}
        lang=${language}
        aria-labelledby="title"
        @click=${this.#handleContentsClick}
      >
        <header part="header">
          <div part="tools" class="tools">
            <span class="switch" lang=${getLocale()}
              ><button
                part="view-toggle"
                type="button"
                aria-pressed=${this.#parallel}
                @click=${this.#toggleView}
              >
                ${msg('Side by side', { id: 'view-parallel' })}
              </button></span
            >${this.#parallel ? nothing : this.renderSwitch()}
          </div>
          <h2 part="title" id="title" class="row">
            ${columns.map(
              (language) =>
                html`<span part="title-text" class="cell" lang=${language}
                  >${initiative.title[language].map(
                    (line) => html`<span class="title-line">${line}</span>`,
                  )}</span
                >`,
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
        ${
          this.#parallel
            ? html`<div part="columns" class="row" lang=${getLocale()}>
                ${columns.map(
                  (column, index) =>
                    html`<select
                      part="column-language"
                      aria-label=${msg(str`Language of column ${index + 1}`, {
                        id: 'column-language',
                      })}
                      @change=${(event: Event) =>
                        this.#chooseColumn(
                          index,
                          (event.target as HTMLSelectElement).value as Language,
                        )}
                    >
                      ${LANGUAGES.map(
                        (option) =>
                          html`<option
                            value=${option}
                            lang=${option}
                            .selected=${option === column}
                          >
                            ${LANGUAGE_NAMES[option]}
                          </option>`,
                      )}
                    </select>`,
                )}
              </div>`
            : nothing
        }
        <div part="preamble-row" class="row">
          ${columns.map(
            (language) =>
              html`<p part="preamble" class="cell" lang=${language}>
                ${initiative.preamble[language]}
              </p>`,
          )}
        </div>
        <ol part="clauses" role="list">
          ${initiative.clauses.map(
            (clause) => html`
              <li
                part="clause"
                class="row"
                id="clause-${clause.number}"
                lang=${language}
                tabindex="-1"
              >
                ${columns.map(
                  (language, index) => html`
                    <div part="clause-text" class="cell" lang=${language}>
                      <h3 part="clause-title">
                        ${clauseTitle(clause, language)}
                      </h3>
                      <span class="clause-actions">
                        ${this.#copyButton(clause, 'quote', language)}${
                          index
                            ? nothing
                            : this.#copyButton(clause, 'link', language)
                        }
                      </span>
                      ${clauseBody(clause, language)}
                    </div>
                  `,
                )}
              </li>
            `,
          )}
        </ol>
        ${copyStatus(this.copied)}
      </article>
      ${this.renderValueNotes()}
    `;
  }

  protected override renderValueNotes(): unknown {
    const languages = this.#languagesValue;
    return [
      super.renderValueNotes(),
      unknownValueNote(this, 'view', this.view, VIEWS),
      languages && !languageList(languages)
        ? unknownValueNote(
            this,
            'languages',
            languages,
            LANGUAGES,
            LANGUAGES.join(' '),
          )
        : nothing,
    ];
  }

  /** The parallel view's columns: `languages`, or all three. */
  #columns(): Language[] {
    return languageList(this.#languagesValue ?? '') ?? [...LANGUAGES];
  }

  /** The reader chose `language` for column `index`: a column that had it takes this one's. */
  #chooseColumn(index: number, language: Language): void {
    const columns = this.#columns();
    const other = columns.indexOf(language);
    if (other >= 0) columns[other] = columns[index]!;
    columns[index] = language;
    this.languages = columns.join(' ');
  }

  #toggleView = (): void => {
    this.view = this.#parallel ? 'single' : 'parallel';
  };

  /** A clause's copy action, showing whether its last copy succeeded. */
  #copyButton(clause: Clause, what: Copied['what'], language: Language) {
    const copied = this.copied;
    return copyButton(
      clause,
      what,
      copied?.clause === clause.number &&
        copied.what === what &&
        copied.language === language &&
        copied.done,
      () => void this.#copy(clause, what, language),
    );
  }

  async #copy(
    clause: Clause,
    what: Copied['what'],
    language: Language,
  ): Promise<void> {
    // The status empties first: the same words again are words anew, heard.
    this.copied = undefined;
    this.copied = await copyClause(clause, what, language, this.renderRoot);
  }

  /** A contents link to the clause the address already names: no hashchange, so go there. */
  #handleContentsClick = (event: Event): void => {
    const link = (event.target as Element).closest('a');
    if (link && link.hash === window.location.hash) void this.goToClause(true);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'qingdao-initiative': QingdaoInitiative;
  }
}
