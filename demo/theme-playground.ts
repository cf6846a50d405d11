/**
 * The demo's theme playground: presets and controls that set the public
 * `--qingdao-*` tokens on a preview panel, as a site's stylesheet would,
 * and the CSS rule to copy, listing only the tokens that differ from the
 * defaults.
 */

/** The tokens the playground can set, in the order of the README's table. */
const TOKENS = [
  '--qingdao-color-text',
  '--qingdao-color-muted',
  '--qingdao-color-accent',
  '--qingdao-color-accent-contrast',
  '--qingdao-color-surface',
  '--qingdao-color-subtle',
  '--qingdao-color-border',
  '--qingdao-color-focus',
  '--qingdao-font-family',
  '--qingdao-font-family-zh',
  '--qingdao-font-size',
  '--qingdao-measure',
  '--qingdao-radius',
] as const;

type Token = (typeof TOKENS)[number];
type Tokens = Partial<Record<Token, string>>;
type Page = 'light' | 'dark';

/**
 * The light theme's defaults (README, "Styling"; src/styles/tokens.ts). A
 * font left empty is unset: the element's own stack applies, which differs
 * between browsers and is not worth copying. A value equal to its default
 * is never set, so that an untouched `--qingdao-measure` leaves Chinese its
 * own measure (`38ic`).
 */
const DEFAULTS: Readonly<Record<Token, string>> = {
  '--qingdao-color-text': '#1f2328',
  '--qingdao-color-muted': '#57606a',
  '--qingdao-color-accent': '#0b5394',
  '--qingdao-color-accent-contrast': '#ffffff',
  '--qingdao-color-surface': '#f6f8fa',
  '--qingdao-color-subtle': '#eaeef2',
  '--qingdao-color-border': '#d0d7de',
  '--qingdao-color-focus': '#0969da',
  '--qingdao-font-family': '',
  '--qingdao-font-family-zh': '',
  '--qingdao-font-size': '1em',
  '--qingdao-measure': '36em',
  '--qingdao-radius': '6px',
};

const FONTS = {
  georgia: "Georgia, 'Times New Roman', Times, serif",
  times: "'Times New Roman', Times, 'Liberation Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  songti:
    "'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'STSong', serif",
  simsun: "SimSun, 'Songti SC', STSong, 'Noto Serif CJK SC', serif",
  heiti: "'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
};

/** The options of the two font selects: [value, label]; '' is the default. */
const FONT_OPTIONS: Readonly<Record<string, [string, string][]>> = {
  '--qingdao-font-family': [
    ['', "Default: 'Noto Serif', Georgia"],
    [FONTS.georgia, 'Georgia, Times'],
    [FONTS.times, 'Times New Roman'],
    [FONTS.sans, "The system's sans-serif"],
  ],
  '--qingdao-font-family-zh': [
    ['', 'Default: Noto Serif CJK, Songti'],
    [FONTS.songti, 'Songti, Noto Serif CJK'],
    [FONTS.simsun, 'SimSun first (Windows)'],
    [FONTS.heiti, 'Sans-serif: PingFang, YaHei'],
  ],
};

/**
 * Each preset sets every token it cares about; the rest keep their
 * defaults. Colour pairs meet WCAG AA (4.5:1 for text on the surface and
 * on the accent), as the defaults do.
 */
const PRESETS: Readonly<Record<string, { page: Page; tokens: Tokens }>> = {
  default: { page: 'light', tokens: {} },
  provincial: {
    page: 'light',
    tokens: {
      '--qingdao-color-text': '#2b211c',
      '--qingdao-color-muted': '#6b5a4e',
      '--qingdao-color-accent': '#a4161a',
      '--qingdao-color-surface': '#fbf6ef',
      '--qingdao-color-subtle': '#f3e8da',
      '--qingdao-color-border': '#d9c7b0',
      '--qingdao-font-family': FONTS.times,
      '--qingdao-font-family-zh': FONTS.simsun,
      '--qingdao-radius': '2px',
    },
  },
  newspaper: {
    page: 'light',
    // No tint: the quotation stands apart by its rule alone.
    tokens: {
      '--qingdao-color-text': '#111111',
      '--qingdao-color-muted': '#555555',
      '--qingdao-color-accent': '#222222',
      '--qingdao-color-surface': '#ffffff',
      '--qingdao-color-subtle': '#efefef',
      '--qingdao-color-border': '#8c8c8c',
      '--qingdao-font-family': FONTS.georgia,
      '--qingdao-font-family-zh': FONTS.songti,
      '--qingdao-measure': '32em',
      '--qingdao-radius': '0px',
    },
  },
  dark: {
    page: 'dark',
    // The dark theme's palette (src/styles/tokens.ts), every colour of it:
    // the light defaults of the others would glare on a dark page.
    tokens: {
      '--qingdao-color-text': '#e6edf3',
      '--qingdao-color-muted': '#9ea7b3',
      '--qingdao-color-accent': '#79b8ff',
      '--qingdao-color-accent-contrast': '#0d1117',
      '--qingdao-color-surface': '#161b22',
      '--qingdao-color-subtle': '#21262d',
      '--qingdao-color-border': '#3d444d',
      '--qingdao-color-focus': '#58a6ff',
    },
  },
};

/** The elements the copied rule styles: the tokens are inherited from there. */
const SELECTOR =
  'qingdao-initiative,\nqingdao-clause,\nqingdao-language-switch';

const COPIED_FOR_MS = 2000;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the demo page`);
  return element as T;
}

function isToken(name: string | undefined): name is Token {
  return (TOKENS as readonly string[]).includes(name ?? '');
}

/** A control's token and the unit its value lacks (a range's `em`, `px`). */
function tokenOf(control: HTMLInputElement | HTMLSelectElement) {
  const token = control.dataset['token'];
  if (!isToken(token)) throw new Error(`#${control.id}: no known data-token`);
  return { token, unit: control.dataset['unit'] ?? '' };
}

function sameTokens(a: Tokens, b: Tokens): boolean {
  return TOKENS.every((token) => a[token] === b[token]);
}

/** The rule to copy: only the tokens set, in the README's order. */
function cssRule(tokens: Tokens): string {
  const lines = TOKENS.filter((token) => tokens[token] !== undefined).map(
    (token) => `  ${token}: ${tokens[token]};`,
  );
  if (lines.length === 0) return '/* The defaults: no token to set. */';
  return `${SELECTOR} {\n${lines.join('\n')}\n}`;
}

export function setUpThemePlayground(): void {
  const form = byId<HTMLFormElement>('playground-form');
  const stage = byId('playground-stage');
  const clause = byId('playground-clause');
  const languageSwitch = byId('playground-switch');
  const code = byId('playground-code');
  const copyButton = byId<HTMLButtonElement>('playground-copy');
  const copyStatus = byId('playground-copy-status');
  const controls = [
    ...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      '[data-token]',
    ),
  ];

  for (const select of form.querySelectorAll('select')) {
    const options = FONT_OPTIONS[tokenOf(select).token] ?? [];
    select.append(...options.map(([value, text]) => new Option(text, value)));
  }

  let tokens: Tokens = {};
  let page: Page = 'light';
  let copiedTimer: ReturnType<typeof setTimeout> | undefined;

  const radios = (name: string) =>
    form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`);

  /** The controls' values as tokens, leaving out those at their default. */
  function readControls(): Tokens {
    // Tokens no control shows (a preset's border, say) are kept.
    const read: Tokens = { ...tokens };
    for (const control of controls) {
      const { token, unit } = tokenOf(control);
      const value = control.value === '' ? '' : `${control.value}${unit}`;
      if (value === DEFAULTS[token]) delete read[token];
      else read[token] = value;
    }
    return read;
  }

  function showControls() {
    for (const control of controls) {
      const { token, unit } = tokenOf(control);
      const value = tokens[token] ?? DEFAULTS[token];
      control.value = unit ? value.slice(0, -unit.length) : value;
    }
    for (const radio of radios('playground-page')) {
      radio.checked = radio.value === page;
    }
  }

  /**
   * Each control's value beside it. The outputs are not live regions
   * (index.html: a preset would read out all of them); a range says its
   * value with its unit instead (`6px`, not `6`).
   */
  function showOutputs() {
    for (const output of form.querySelectorAll('output')) {
      const control = byId<HTMLInputElement>(output.htmlFor.value);
      const text = `${control.value}${control.dataset['unit'] ?? ''}`;
      output.value = text;
      if (control.type === 'range')
        control.setAttribute('aria-valuetext', text);
    }
  }

  /** Marks the preset the settings match, or none once they are the reader's own. */
  function showPreset() {
    for (const radio of radios('playground-preset')) {
      const preset = PRESETS[radio.value];
      radio.checked =
        !!preset && preset.page === page && sameTokens(preset.tokens, tokens);
    }
  }

  /**
   * Sets the tokens on the panel as the CSSOM allows under a strict CSP
   * (no style attribute in the HTML); one removed falls back to the
   * defaults, not this page's own accent (see demo.css).
   */
  function apply() {
    for (const token of TOKENS) {
      const value = tokens[token];
      if (value === undefined) stage.style.removeProperty(token);
      else stage.style.setProperty(token, value);
    }
    stage.classList.toggle('is-dark', page === 'dark');
    code.textContent = cssRule(tokens);
    showOutputs();
    showPreset();
    resetCopyButton();
    copyStatus.textContent = '';
  }

  function choosePreset(name: string) {
    const preset = PRESETS[name];
    if (!preset) return;
    tokens = { ...preset.tokens };
    page = preset.page;
    showControls();
    apply();
  }

  function onInput(event: Event) {
    const target = event.target as HTMLInputElement;
    if (target.name === 'playground-preset') return choosePreset(target.value);
    if (target.name === 'playground-page') page = target.value as Page;
    else tokens = readControls();
    apply();
  }

  function resetCopyButton() {
    clearTimeout(copiedTimer);
    copyButton.textContent = 'Copy';
    copyButton.classList.remove('is-done');
  }

  /** Selects the code, for a copy by keyboard when the clipboard is closed to us. */
  function selectCode() {
    getSelection()?.selectAllChildren(code);
    code.parentElement?.focus({ preventScroll: true });
  }

  async function copy() {
    try {
      // Missing in insecure contexts (http: other than localhost).
      if (!navigator.clipboard?.writeText) throw new Error('No Clipboard API');
      await navigator.clipboard.writeText(code.textContent ?? '');
      copyButton.textContent = 'Copied';
      copyButton.classList.add('is-done');
      copyStatus.textContent = 'Copied the CSS.';
      clearTimeout(copiedTimer);
      copiedTimer = setTimeout(resetCopyButton, COPIED_FOR_MS);
    } catch {
      selectCode();
      copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  }

  /**
   * The preview's switch moves only the preview's clause: it is cancelled
   * (the API a host uses to handle the choice itself), so the rest of the
   * page keeps its language.
   */
  languageSwitch.addEventListener('qingdao-language-select', (event) => {
    event.preventDefault();
    clause.setAttribute('lang', event.detail.language);
    languageSwitch.setAttribute('value', event.detail.language);
  });
  // The clause's own switch moves it too: the preview's switch follows.
  clause.addEventListener('qingdao-language-change', (event) => {
    languageSwitch.setAttribute('value', event.detail.language);
  });

  form.addEventListener('input', onInput);
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', () => void copy());

  choosePreset('default');
}
