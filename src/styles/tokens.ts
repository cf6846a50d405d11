import { css, unsafeCSS } from 'lit';

/** The dark palette's declarations, for the two rules of `themeStyles`. */
const darkPalette = `
  --_theme-text: #e6edf3;
  --_theme-muted: #9ea7b3;
  --_theme-accent: #79b8ff;
  --_theme-accent-contrast: #0d1117;
  --_theme-surface: #161b22;
  --_theme-subtle: #21262d;
  --_theme-border: #3d444d;
  --_theme-focus: #58a6ff;
  color-scheme: dark;
`;

/**
 * `theme="dark"`, and `theme="auto"` on a dark system. The palette sets the
 * theme's defaults, below the public tokens, so a site's own
 * `--qingdao-color-*` still wins.
 */
const themes = unsafeCSS(`
  :host([theme~='dark' i]) {${darkPalette}}
  @media (prefers-color-scheme: dark) {
    :host([theme~='auto' i]) {${darkPalette}}
  }
`);

/**
 * The public `--qingdao-*` tokens, read once into private `--_*` variables,
 * so that an element's own token (`--qingdao-clause-accent`) can fall back
 * to the global one, and the global one to the theme's default.
 */
const tokens = css`
  :host {
    --_text: var(--qingdao-color-text, var(--_theme-text, #1f2328));
    --_muted: var(--qingdao-color-muted, var(--_theme-muted, #57606a));
    --_accent: var(--qingdao-color-accent, var(--_theme-accent, #0b5394));
    --_accent-contrast: var(
      --qingdao-color-accent-contrast,
      var(--_theme-accent-contrast, #ffffff)
    );
    --_surface: var(--qingdao-color-surface, var(--_theme-surface, #f6f8fa));
    --_subtle: var(--qingdao-color-subtle, var(--_theme-subtle, #eaeef2));
    --_border: var(--qingdao-color-border, var(--_theme-border, #d0d7de));
    --_focus: var(--qingdao-color-focus, var(--_theme-focus, #0969da));
    --_font: var(
      --qingdao-font-family,
      'Noto Serif',
      'Source Serif Pro',
      Georgia,
      'Times New Roman',
      serif
    );
    --_font-zh: var(
      --qingdao-font-family-zh,
      'Noto Serif CJK SC',
      'Source Han Serif SC',
      'Songti SC',
      'STSong',
      'SimSun',
      serif
    );
    --_font-ui: var(
      --qingdao-font-family-ui,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans CJK SC',
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif
    );
    --_size: var(--qingdao-font-size, 1em);
    --_leading: var(--qingdao-line-height, 1.6);
    --_radius: var(--qingdao-radius, 6px);
    --_space: var(--qingdao-space, 1rem);
  }

  /* On paper: the text in black, without tinted panels. */
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
      --_surface: transparent;
      --_subtle: transparent;
      --_border: #999;
    }
  }
`;

export const tokenStyles = [tokens, themes];
