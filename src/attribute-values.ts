/** `theme`: `light` (default), `dark`, or `auto` (the reader's system setting). */
export const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** `remember`: `on` (default) or `off`. */
export const REMEMBER_VALUES: readonly string[] = ['on', 'off'];
