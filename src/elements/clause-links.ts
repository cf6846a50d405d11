import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import {
  clauseText,
  editorial,
  initiative,
  type Clause,
  type Language,
} from '../content/index.js';
import { getLocale } from '../language/localization.js';
import { toLanguage } from '../language/tags.js';

/** The address of clause `number` on this page: `#clause-N` on the page's URL (none: the page's). */
export const clauseUrl = (number?: number) =>
  location.href.replace(/#.*$/, '') + (number ? `#clause-${number}` : '');

/**
 * The table of contents: each clause's number and heading, in the language
 * shown, linking to its `#clause-N` anchor.
 */
export const contents = (clauses: readonly Clause[], language: Language) =>
  html`<nav part="contents" aria-labelledby="contents-label">
    <h3
      part="contents-heading"
      id="contents-label"
      class="contents-label"
      lang=${getLocale()}
    >
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

/**
 * A clause's copy action: `link` copies its address, `quote` its text with
 * a reference; `copied`: its last copy succeeded.
 */
export const copyButton = (
  clause: Clause,
  what: Copied['what'],
  copied: boolean,
  onCopy: () => void,
) =>
  html`<button
    part="copy-${what}"
    class="copy"
    type="button"
    lang=${getLocale()}
    title=${
      what === 'link'
        ? msg(str`Copy the link to clause ${clause.number}`, {
            id: 'copy-link-label',
          })
        : msg(str`Copy clause ${clause.number} with its reference`, {
            id: 'copy-quote-label',
          })
    }
    @click=${onCopy}
  >
    <span aria-hidden="true"
      >${copied ? '✓' : what === 'link' ? '#' : '❝'}</span
    >
  </button>`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Clause `clause` as a reader quotes it: its number, heading and text in
 * `language` (or only `passage`, a part of it the reader selected), then
 * the reference in that language's convention, read at `url` today; as
 * plain text and as HTML (a cited blockquote and a linked reference), for
 * plain and rich editors alike. Without a clause (a passage of the title or
 * preamble), the reference names the document.
 */
export function quotation(
  clause: Clause | undefined,
  language: Language,
  url: string,
  passage?: string,
): { plain: string; html?: string } {
  const text = clause && clauseText(clause, language);
  const title =
    text && !passage ? `${text.label}${text.separator}${text.heading}` : '';
  const body = passage ?? `${text!.body}${text!.breakMark ?? ''}`;
  const reference = editorial[language].reference(
    clause?.number,
    url,
    new Date(),
  );
  return {
    plain: `${title && `${title}\n`}${body}\n\n${reference}`,
    html: `<blockquote lang="${language}" cite="${escapeHtml(url)}">${
      title && `<p><strong>${escapeHtml(title)}</strong></p>`
    }<p>${escapeHtml(body)}</p></blockquote><p lang="${language}">${escapeHtml(
      reference,
    ).replace(escapeHtml(url), (link) => `<a href="${link}">${link}</a>`)}</p>`,
  };
}

/**
 * The reader copied a selection in a widget (their own copy command, from
 * the keyboard or a menu): "quote this passage". A passage within one block
 * of the official text in one language (class `cell`: a clause, the title,
 * the preamble) goes on the clipboard with the reference of its clause (the
 * nearest `#clause-N`; none: the document's), in the block's language. Any
 * other copy (across blocks or languages, of a note, the release's words, a
 * control, or a fallback not yet upgraded) is left as the browser makes it.
 */
export function quotePassage(event: ClipboardEvent): void {
  const from = event.composedPath()[0] as Element;
  const block = from.closest?.<HTMLElement>('.cell');
  const passage = getSelection()?.toString().trim();
  const language = toLanguage(block?.getAttribute('lang'));
  if (
    !passage ||
    !language ||
    from.closest('.note') ||
    // As rendered, as the selection reads it.
    !block!.innerText.includes(passage)
  ) {
    return;
  }
  const clause =
    initiative.clauses[
      Number(from.closest('[id^="clause-"]')?.id.slice(7)) - 1
    ];
  const quoted = quotation(
    clause,
    language,
    clauseUrl(clause?.number),
    passage,
  );
  event.clipboardData?.setData('text/plain', quoted.plain);
  event.clipboardData?.setData('text/html', quoted.html!);
  event.preventDefault();
}

/**
 * Puts `plain` (and `html` where given) on the clipboard: the Clipboard API
 * where the page may use it, else the older copy command on a selection of
 * the plain text. Resolves whether it worked.
 */
export async function copyText(
  plain: string,
  near: ParentNode,
  html?: string,
): Promise<boolean> {
  try {
    await (html
      ? navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([plain], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ])
      : navigator.clipboard.writeText(plain));
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = plain;
    field.setAttribute('readonly', '');
    field.className = 'copy-source';
    near.append(field);
    field.select();
    // The plain text only: what a selection of it gives.
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}

/** A copy action's outcome: what was copied, in which language, from which address, whether it worked. */
export interface Copied {
  clause: number;
  what: 'link' | 'quote';
  language: Language;
  url: string;
  done: boolean;
}

/**
 * The polite status of the last copy action, in the UI language: heard when
 * it worked; seen when it did not (a link then shows its address, to copy by
 * hand).
 */
export const copyStatus = (copied: Copied | undefined) =>
  html`<p
    part="copy-status"
    class="copy-status"
    role="status"
    lang=${getLocale()}
  >
    ${
      !copied
        ? nothing
        : copied.done
          ? html`<span class="visually-hidden"
              >${
                copied.what === 'link'
                  ? msg('Link copied', { id: 'copy-link-done' })
                  : msg('Clause copied with its reference', {
                      id: 'copy-quote-done',
                    })
              }</span
            >`
          : copied.what === 'link'
            ? html`${msg('Copy this link:', { id: 'copy-link-failed' })}
                <a href=${copied.url}>${copied.url}</a>`
            : msg('Copying is blocked here: select the text.', {
                id: 'copy-quote-failed',
              })
    }
  </p>`;

/** Clause `clause`'s address, or its text with a reference, to the clipboard. */
export async function copyClause(
  clause: Clause,
  what: Copied['what'],
  language: Language,
  near: ParentNode,
): Promise<Copied> {
  const url = clauseUrl(clause.number);
  const quoted =
    what === 'quote' ? quotation(clause, language, url) : { plain: url };
  const done = await copyText(quoted.plain, near, quoted.html);
  return { clause: clause.number, what, language, url, done };
}
