/**
 * Like Lit's `@customElement`, but a tag that is already defined is left as
 * it is: a partner page may load this module twice (two URLs, two versions),
 * and the second copy must not throw.
 */
export const customElement =
  (tagName: string) =>
  (elementClass: CustomElementConstructor): void => {
    if (!customElements.get(tagName)) {
      customElements.define(tagName, elementClass);
    }
  };
