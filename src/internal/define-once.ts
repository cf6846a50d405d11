/**
 * Defines `tagName` unless it is already defined: a partner page may load
 * this module twice (two URLs, two versions), and the second copy must not
 * throw, as `customElements.define` would.
 */
export function defineOnce(
  tagName: string,
  elementClass: CustomElementConstructor,
): void {
  if (!customElements.get(tagName)) {
    customElements.define(tagName, elementClass);
  }
}
