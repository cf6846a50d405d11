import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { warnOnce } from '../internal/warn-once.js';
import { getLocale } from '../language/localization.js';

/**
 * When `attribute` of `element` has a value not in `accepted` (or, when
 * `fallback` is given, a value already found wrong): `fallback` (the first
 * accepted value unless given) applies, one console warning says what is accepted, and a quiet note in
 * the element says so too (the page itself keeps working).
 */
export function unknownValueNote(
  element: Element,
  attribute: string,
  value: string,
  accepted: readonly string[],
  fallback?: string,
) {
  if (fallback === undefined) {
    if (accepted.includes(value)) return nothing;
    fallback = accepted[0]!;
  }
  const list = accepted.join(', ');
  warnOnce(
    `${element.localName} ${attribute}=${value}`,
    `<${element.localName}> has ${attribute}="${value}", which is not offered; ` +
      `using "${fallback}". Accepted values: ${list}.`,
  );
  return message(
    msg(
      str`Unknown ${attribute}="${value}": showing "${fallback}". Accepted: ${list}.`,
      { id: 'value-unknown' },
    ),
  );
}

/**
 * A quiet message in the UI language. The `lang` sits on the text's own
 * element, below the host reset: on a reset element Chromium would draw the
 * text with the page's glyph forms (Japanese on a `ja` page).
 */
export const message = (text: string) =>
  html`<p part="message" class="message">
    <span lang=${getLocale()}>${text}</span>
  </p>`;
