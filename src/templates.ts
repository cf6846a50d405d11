import { html, nothing } from 'lit';
import type { Clause, Language, TextRun } from './content/index.js';
import { labelSeparator } from './language.js';

/** Editorial runs, each quoted language marked for screen readers. */
export const textRuns = (runs: readonly TextRun[]) =>
  runs.map((run) =>
    run.language
      ? html`<span lang=${run.language}>${run.text}</span>`
      : run.text,
  );

/** A clause's number and heading, set as published. */
export const clauseTitle = (clause: Clause, language: Language) =>
  html`<span part="clause-number">${clause.label[language]}</span
    >${labelSeparator(language)}<span part="clause-heading"
      >${clause.heading[language]}</span
    >`;

/**
 * A clause's body as published, and where the published text breaks off,
 * the editorial mark and the note that explains it.
 */
export const clauseBody = (clause: Clause, language: Language) => {
  const textBreak = clause.breaks?.[language];
  return html`<p part="clause-body" class="clause-body">
      ${clause.body[language]}${
        textBreak
          ? html`<span part="break-mark" class="break-mark"
              >${textBreak.mark}</span
            >`
          : nothing
      }
    </p>
    ${
      textBreak
        ? html`<p part="note" class="note" role="note">
            ${textRuns(textBreak.note)}
          </p>`
        : nothing
    }`;
};
