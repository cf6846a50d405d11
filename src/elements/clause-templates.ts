import { html, nothing } from 'lit';
import {
  clauseText,
  type Clause,
  type Language,
  type TextRun,
} from '../content/index.js';

/** Editorial runs, each quoted language marked for screen readers and glyphs. */
export const textRuns = (runs: readonly TextRun[]) =>
  runs.map((run) =>
    run.language
      ? html`<span lang=${run.language}>${run.text}</span>`
      : run.text,
  );

/** A clause's number and heading, set as published. */
export const clauseTitle = (clause: Clause, language: Language) => {
  const text = clauseText(clause, language);
  return html`<span part="clause-number">${text.label}</span
    >${text.separator}<span part="clause-heading">${text.heading}</span>`;
};

/**
 * A clause's body as published, and where the published text breaks off,
 * the editorial mark and the note that explains it. Each block carries its
 * own `lang`, so its glyphs and hyphenation never depend on an ancestor's.
 */
export const clauseBody = (clause: Clause, language: Language) => {
  const text = clauseText(clause, language);
  return html`<p part="clause-body" class="clause-body" lang=${language}>
      ${text.body}${
        text.breakMark
          ? html`<span part="break-mark" class="break-mark"
              >${text.breakMark}</span
            >`
          : nothing
      }
    </p>
    ${
      text.note
        ? html`<p part="note" class="note" role="note" lang=${language}>
            ${textRuns(text.note)}
          </p>`
        : nothing
    }`;
};
