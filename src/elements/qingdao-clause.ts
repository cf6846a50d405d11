import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  attributionDash,
  editorial,
  initiative,
  type Clause,
} from '../content/index.js';
import {
  attributeText,
  CLAUSE_VARIANTS,
  keyword,
} from '../internal/property-values.js';
import { readMarkers, recognizeText } from '../embed/quotation.js';
import { warnOnce } from '../internal/warn-once.js';
import {
  copyButton,
  copyClause,
  copyStatus,
  type Copied,
} from './clause-links.js';
import { clauseBody, clauseTitle } from './clause-templates.js';
import { OfficialTextElement } from './official-text-element.js';
import { styles } from './qingdao-clause.styles.js';
import { message, unknownValueNote } from './value-notes.js';

const ACCEPTED = initiative.clauses.map((clause) => clause.number).join(', ');

/** The clause a `clause` value names: exactly `1` … `6`. */
function findClause(value: string | null): Clause | undefined {
  if (value === null || !/^[1-9]$/.test(value)) return undefined;
  return initiative.clauses.find((clause) => clause.number === Number(value));
}

/**
 * One clause of the Qingdao Initiative, with its number and heading, a
 * compact language switch and a citation line, for quoting in an article.
 *
 * @tagname qingdao-clause
 * @summary One clause of the Qingdao Initiative, quotable with its citation.
 *
 * @csspart clause - The whole quotation (a `figure`).
 * @csspart quote - The quoted clause (a `blockquote`).
 * @csspart clause-title - The clause's number and heading.
 * @csspart clause-number - The clause's number (一、, I., 1.).
 * @csspart clause-heading - The clause's heading sentence.
 * @csspart clause-body - The rest of the clause.
 * @csspart break-mark - The editorial mark where a published text breaks off.
 * @csspart note - The editorial note that explains a break.
 * @csspart footer - Citation, copy button and switch.
 * @csspart copy-quote - The button that copies the clause with a reference in its language's convention (GB/T 7714, Chicago, ГОСТ Р 7.0.100), as text and HTML.
 * @csspart citation - The citation: document, clause, date.
 * @csspart switch - The language switch: a toolbar of three buttons.
 * @csspart switch-group - The language switch too (the name the switch element uses).
 * @csspart switch-button - Each button of the switch.
 * @csspart switch-current - The switch's button of the language shown.
 * @csspart copy-status - What the copy action did: read out when it worked; shown when it did not.
 * @csspart message - The message shown when `clause` names no clause (instead of it) or a value is not offered (under it).
 *
 * @cssprop [--qingdao-clause-accent=var(--qingdao-color-accent)] - The quotation's rule and the clause number.
 *
 * @fires qingdao-language-select - The reader pressed another language; `detail.language`. Cancelable.
 * @fires qingdao-language-change - The language shown changed; `detail.language`, `detail.previous`.
 */
export class QingdaoClause extends OfficialTextElement {
  static override properties: PropertyDeclarations = {
    clause: { reflect: true },
    variant: { reflect: true },
    copied: { state: true },
  };

  static override styles = styles;

  /**
   * Which clause: `1` … `6`, as a number or a string (spaces around it are
   * ignored). Anything else shows a message instead of the text, and a
   * console warning; `null` or `undefined` removes the attribute.
   */
  get clause(): string | null {
    return this.#clauseValue;
  }
  set clause(value: number | string | null | undefined) {
    this.#clauseValue = attributeText(value);
  }

  /**
   * `card` (default): set apart with a rule and background. `inline`: takes
   * the article's font, size and line height, for quoting in running text.
   * `null`, `undefined` or removing the attribute: `card`.
   */
  get variant(): string {
    return this.#variantValue;
  }
  set variant(value: string | null | undefined) {
    this.#variantValue = keyword(value, CLAUSE_VARIANTS);
  }

  #clauseValue: string | null = null;
  /** The last copy action, if any. */
  private copied?: Copied;
  #variantValue = 'card';

  protected renderText() {
    const clause = findClause(this.clause) ?? this.#clauseOfFallback();
    if (!clause) {
      // An editor may have dropped `clause` but kept the quotation: the
      // reader still gets it, never an error instead of the text.
      return this.childElementCount > 0
        ? html`<slot></slot>`
        : this.#renderMessage();
    }
    const language = this.pageLanguage.shown;
    return html`
      <figure
        part="clause"
        id="clause-${clause.number}"
        lang=${language}
        tabindex="-1"
      >
        <blockquote part="quote" class="cell" lang=${language}>
          <p part="clause-title" lang=${language}>
            ${clauseTitle(clause, language)}
          </p>
          ${clauseBody(clause, language)}
        </blockquote>
        <figcaption part="footer" lang=${language}>
          <div class="controls">
            ${
              this.nearView
                ? [
                    copyButton(
                      clause,
                      'quote',
                      this.copied?.done === true,
                      () => {
                        void this.#copy(clause);
                      },
                    ),
                    this.renderSwitch(true),
                  ]
                : nothing
            }
          </div>
          <span class="source"
            >${attributionDash(language)}<cite part="citation"
              >${editorial[language].citation(clause.number)}</cite
            ></span
          >
        </figcaption>
      </figure>
      ${this.nearView ? copyStatus(this.copied) : nothing}
      ${this.renderValueNotes()}
    `;
  }

  /** The citation's `#clause-N` on a news page: the page's first clause N. */
  protected override leadsTo(number: string): boolean {
    return (
      document.querySelector(`qingdao-clause[clause="${number}"]`) === this
    );
  }

  /** The clause with its reference, to the clipboard. */
  async #copy(clause: Clause): Promise<void> {
    // The status empties first: the same words again are words anew, heard.
    this.copied = undefined;
    this.copied = await copyClause(
      clause,
      'quote',
      this.pageLanguage.shown,
      this.renderRoot,
    );
  }

  protected override renderValueNotes() {
    return [
      super.renderValueNotes(),
      unknownValueNote(this, 'variant', this.variant, CLAUSE_VARIANTS),
    ];
  }

  /**
   * The clause the fallback inside quotes, when `clause` names none; warns
   * either way, since the attribute needs fixing.
   */
  #clauseOfFallback(): Clause | undefined {
    const value = this.clause;
    const quote = this.querySelector('blockquote');
    const quoted =
      quote && (readMarkers(quote) ?? recognizeText(quote)?.quoted);
    const clause =
      quoted && quoted.which !== 'document'
        ? initiative.clauses[quoted.which.clause - 1]
        : undefined;
    warnOnce(
      `qingdao-clause clause=${value}`,
      `<qingdao-clause> ${
        value === null
          ? 'has no clause attribute'
          : `has clause="${value}", which names no clause`
      }. Accepted values: ${ACCEPTED}.${
        clause
          ? ` Showing clause ${clause.number}, quoted inside it.`
          : this.childElementCount > 0
            ? ' Showing the quotation inside it as it is.'
            : ''
      }`,
    );
    return clause;
  }

  #renderMessage() {
    const value = this.clause;
    const text =
      value === null
        ? msg(
            'Choose a clause of the Qingdao Initiative with clause="1" to clause="6".',
            { id: 'clause-missing' },
          )
        : msg(
            str`There is no clause "${value}" in the Qingdao Initiative. Clauses are numbered 1 to 6.`,
            { id: 'clause-unknown' },
          );
    return message(text);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qingdao-clause': QingdaoClause;
  }
}
