/**
 * What the public properties accept. Frameworks and plain scripts pass
 * numbers, strings with spaces, `null` and `undefined` (React's
 * `theme={undefined}`, Vue's nulled binding) as well as the attribute's own
 * strings; removing an attribute gives `null`. All of them are read here.
 */

/** `theme`: `light` (default), `dark`, or `auto` (the reader's system setting). */
export const THEMES = ['light', 'dark', 'auto'] as const;

/** `remember`: `on` (default) or `off`. */
export const REMEMBER_VALUES = ['on', 'off'] as const;

/** A clause's `variant`: `card` (default) or `inline`. */
export const CLAUSE_VARIANTS = ['card', 'inline'] as const;

/** The document's `view`: `single` (default, one language at a time) or `parallel` (side by side). */
export const VIEWS = ['single', 'parallel'] as const;

/** A value as its attribute would carry it: trimmed text, `null` when absent. */
export function attributeText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value).trim();
}

/**
 * A keyword attribute's value, ASCII case-insensitive as HTML's are:
 * `null`, `undefined`, blank or removed is the default (`accepted[0]`); any
 * other text is kept (trimmed, lower-case), so that the element can say it
 * is not offered.
 */
export function keyword(value: unknown, accepted: readonly string[]): string {
  return attributeText(value)?.toLowerCase() || accepted[0]!;
}

/**
 * A boolean property: `true`/`false`; `null`, `undefined` and `0` are
 * `false`; a string is `true` (an empty one too, as a present attribute is)
 * except `"false"`.
 */
export function flag(value: unknown): boolean {
  return value === '' || (value !== 'false' && Boolean(value));
}
