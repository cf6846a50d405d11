import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { clauseText, type Clause, type Language } from '../content/index.js';
import { getLocale } from '../language/localization.js';

/** The address of clause `number` on this page: `#clause-N` on the page's URL. */
export const clauseUrl = (number: number) =>
  `${location.href.replace(/#.*$/, '')}#clause-${number}`;

/**
 * The table of contents: each clause's number and heading, in the language
 * shown, linking to its `#clause-N` anchor.
 */
export const contents = (clauses: readonly Clause[], language: Language) =>
  html`<nav part="contents" aria-labelledby="contents-label">
    <h3 id="contents-label" class="contents-label" lang=${getLocale()}>
      ${msg('Contents', { id: 'contents-label' })}
    </h3>
    <ol role="list" lang=${language}>
      ${clauses.map((clause) => {
        const text = clauseText(clause, language);
        return html`<li>
          <a part="contents-link" href="#clause-${clause.number}"
            ><span class="contents-number">${text.label}</span
            >${text.separator}${text.heading}</a
          >
        </li>`;
      })}
    </ol>
  </nav>`;

/** The copy-link action of one clause; `copied`: its last copy succeeded. */
export const copyLinkButton = (
  clause: Clause,
  copied: boolean,
  onCopy: () => void,
) => {
  const label = msg(str`Copy the link to clause ${clause.number}`, {
    id: 'copy-link-label',
  });
  return html`<button
    part="copy-link"
    class="copy-link"
    type="button"
    lang=${getLocale()}
    aria-label=${label}
    title=${label}
    @click=${onCopy}
  >
    <span aria-hidden="true">${copied ? '✓' : '#'}</span>
  </button>`;
};

/**
 * Puts `text` on the clipboard: the Clipboard API where the page may use it,
 * else the older copy command on a selection. Resolves whether it worked.
 */
export async function copyText(
  text: string,
  near: ParentNode,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'copy-source';
    near.append(field);
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}
