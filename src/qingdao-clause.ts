import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  editorial,
  initiative,
  type Clause,
  type Language,
} from './content/index.js';
import { customElement } from './define.js';
import { getLocale } from './localization.js';
import { styles } from './qingdao-clause.styles.js';
import './qingdao-language-switch.js';
import { clauseBody, clauseTitle } from './templates.js';
import { QingdaoTextElement } from './text-element.js';
import { warnOnce } from './warnings.js';

const ACCEPTED = initiative.clauses.map((clause) => clause.number).join(', ');

/** Looks for a clause: `card` stands apart, `inline` takes the article's type. */
export const CLAUSE_VARIANTS = ['card', 'inline'] as const;
export type ClauseVariant = (typeof CLAUSE_VARIANTS)[number];

const isVariant = (value: string): value is ClauseVariant =>
  (CLAUSE_VARIANTS as readonly string[]).includes(value);

/** The clause a `clause` attribute names: exactly `1` … `6`. */
function findClause(value: string | null | undefined): Clause | undefined {
  const trimmed = value?.trim() ?? '';
  if (!/^[1-9]$/.test(trimmed)) return undefined;
  return initiative.clauses.find((clause) => clause.number === Number(trimmed));
}

/**
 * One clause of the Qingdao Initiative, with its number and heading, a
 * compact language switch and a citation line, for quoting in an article.
 *
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
 * @csspart footer - Citation and switch.
 * @csspart citation - The citation: document, clause, date.
 * @csspart switch - The language switch (a `qingdao-language-switch`).
 * @csspart switch-group - The switch's row of buttons.
 * @csspart switch-button - Each button of the switch.
 * @csspart switch-current - The switch's button of the language shown.
 * @csspart message - The message shown when `clause` names no clause (instead of it) or `variant` no variant (under it).
 *
 * @cssprop --qingdao-clause-accent - Accent of the quotation rule; defaults to `--qingdao-color-accent`.
 * @cssprop --qingdao-color-text - Text colour.
 * @cssprop --qingdao-color-muted - Secondary text colour.
 * @cssprop --qingdao-color-accent - Accent colour.
 * @cssprop --qingdao-color-surface - Background.
 * @cssprop --qingdao-color-border - Rules and borders.
 * @cssprop --qingdao-font-family - Font of English and Russian text.
 * @cssprop --qingdao-font-family-zh - Font of Chinese text.
 * @cssprop --qingdao-font-family-ui - Font of controls and the citation.
 * @cssprop --qingdao-font-size - Base font size.
 *
 * @fires qingdao-language-change - The language shown changed; `detail.language`, `detail.previous`.
 */
@customElement('qingdao-clause')
@localized()
export class QingdaoClause extends QingdaoTextElement {
  static override styles = styles;

  /** Which clause: `1` … `6`. */
  @property({ reflect: true }) clause: string | null = null;

  /**
   * `card` (default): set apart with a rule and background. `inline`: takes
   * the article's font, size and line height, for quoting in running text.
   */
  @property({ reflect: true }) variant: string = 'card';

  override render() {
    const clause = findClause(this.clause);
    return clause
      ? this.renderClause(clause, this.shown)
      : this.renderMessage();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (!findClause(this.clause)) {
      const problem =
        this.clause === null
          ? 'has no clause attribute'
          : `has clause="${this.clause}", which is not a clause of the Qingdao Initiative`;
      warnOnce(
        `qingdao-clause clause=${this.clause}`,
        `<qingdao-clause> ${problem}. Accepted values: ${ACCEPTED}.`,
      );
    }
  }

  private renderClause(clause: Clause, language: Language) {
    return html`
      <figure part="clause" lang=${language}>
        <blockquote part="quote">
          <p part="clause-title">${clauseTitle(clause, language)}</p>
          ${clauseBody(clause, language)}
        </blockquote>
        <figcaption part="footer">
          <cite part="citation"
            >${editorial[language].citation(clause.number)}</cite
          >
          <qingdao-language-switch
            part="switch"
            exportparts="group: switch-group, button: switch-button, current: switch-current"
            compact
            .value=${language}
            @qingdao-language-select=${this.handleLanguageSelect}
          ></qingdao-language-switch>
        </figcaption>
      </figure>
      ${this.valueNotes()}
    `;
  }

  protected override valueNotes() {
    return [
      super.valueNotes(),
      isVariant(this.variant)
        ? nothing
        : this.unknownValueNote('variant', this.variant, CLAUSE_VARIANTS),
    ];
  }

  private renderMessage() {
    const value = this.clause;
    const text =
      value === null
        ? msg(
            'Choose a clause of the Qingdao Initiative with clause="1" to clause="6".',
            {
              id: 'clause-missing',
            },
          )
        : msg(
            str`There is no clause "${value}" in the Qingdao Initiative. Clauses are numbered 1 to 6.`,
            { id: 'clause-unknown' },
          );
    return html`<p part="message" class="message" lang=${getLocale()}>
      ${text}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qingdao-clause': QingdaoClause;
  }
}
