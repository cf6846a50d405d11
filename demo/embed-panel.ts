/**
 * The demo's "Get embed code" panel: the same `embedSnippet` as
 * `npm run snippet`, with a copy button and a preview of the result.
 */
import packageJson from '../package.json';
import {
  LANGUAGES,
  initiative,
  type ClauseNumber,
  type Language,
} from '../src/content/index.js';
import { LANGUAGE_NAMES } from '../src/language/tags.js';
import { CLAUSE_VARIANTS } from '../src/internal/property-values.js';
import {
  cdnUrl,
  embedSnippet,
  MODULE_FILE,
  SOURCE_FILE,
  subresourceIntegrity,
  type EmbedTarget,
} from '../scripts/lib/embed-code.js';

const DEFAULT_SCRIPT_URL = cdnUrl(packageJson, MODULE_FILE);
const DEFAULT_CITE_URL = cdnUrl(packageJson, SOURCE_FILE);

/** Served by the dev server from dist/ (see vite.config.ts). */
const BUILT_MODULE_URL = '/qingdao-initiative.js';

const COPIED_FOR_MS = 2000;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the demo page`);
  return element as T;
}

function option(value: string, text: string, lang?: string) {
  const element = new Option(text, value);
  if (lang) element.lang = lang;
  return element;
}

function codeText(text: string): HTMLElement {
  const code = document.createElement('code');
  code.textContent = text;
  return code;
}

/** The integrity of the built module, or undefined if it is not built. */
async function builtModuleIntegrity(): Promise<string | undefined> {
  try {
    const response = await fetch(BUILT_MODULE_URL, { cache: 'no-store' });
    const type = response.headers.get('Content-Type') ?? '';
    if (!response.ok || !type.includes('javascript')) return undefined;
    return await subresourceIntegrity(await response.arrayBuffer());
  } catch {
    return undefined;
  }
}

export function setUpEmbedPanel(): void {
  const which = byId<HTMLSelectElement>('embed-which');
  const language = byId<HTMLSelectElement>('embed-language');
  const variantField = byId('embed-variant-field');
  const variant = byId<HTMLSelectElement>('embed-variant');
  const theme = byId<HTMLSelectElement>('embed-theme');
  const citeField = byId('embed-cite-field');
  const cite = byId<HTMLInputElement>('embed-cite');
  const scriptUrl = byId<HTMLInputElement>('embed-script-url');
  const code = byId('embed-code');
  const copyButton = byId<HTMLButtonElement>('embed-copy');
  const copyStatus = byId('embed-copy-status');
  const integrityNote = byId('embed-integrity');
  const preview = byId('embed-preview');

  which.append(
    ...initiative.clauses.map((clause) =>
      option(
        String(clause.number),
        `Clause ${clause.number}: ${clause.heading.en.replace(/\.$/, '')}`,
      ),
    ),
    option('document', 'Whole document'),
  );
  language.append(
    ...LANGUAGES.map((tag) =>
      option(tag, `${LANGUAGE_NAMES[tag]} (${tag})`, tag),
    ),
  );
  language.value = 'en';
  variant.append(...CLAUSE_VARIANTS.map((name) => option(name, name)));
  scriptUrl.value = DEFAULT_SCRIPT_URL;
  cite.value = DEFAULT_CITE_URL;
  scriptUrl.placeholder = DEFAULT_SCRIPT_URL;

  let integrity: string | undefined;
  let copiedTimer: ReturnType<typeof setTimeout> | undefined;

  const target = (): EmbedTarget =>
    which.value === 'document'
      ? 'document'
      : { clause: Number(which.value) as ClauseNumber };

  const previewMode = () =>
    document.querySelector<HTMLInputElement>(
      'input[name="embed-preview"]:checked',
    )?.value;

  function resetCopyButton() {
    clearTimeout(copiedTimer);
    copyButton.textContent = 'Copy';
    copyButton.classList.remove('is-done');
  }

  function update() {
    const isClause = which.value !== 'document';
    variantField.hidden = !isClause;
    citeField.hidden = !isClause;
    const snippet = embedSnippet({
      which: target(),
      language: language.value as Language,
      variant: isClause ? variant.value : undefined,
      theme: theme.value,
      scriptUrl: scriptUrl.value.trim() || DEFAULT_SCRIPT_URL,
      integrity,
      citeUrl: (isClause && cite.value.trim()) || undefined,
    });
    code.textContent = snippet;
    resetCopyButton();
    copyStatus.textContent = '';
    showPreview(snippet);
  }

  /**
   * The snippet's own element, parsed inertly (its script is not taken):
   * as the widget (independent, so the header switch does not move it) or,
   * without JavaScript, just the fallback it carries.
   */
  function showPreview(snippet: string) {
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const element = parsed.body.firstElementChild;
    if (!element) return;
    if (previewMode() === 'fallback') {
      const fallback = document.createElement('div');
      fallback.className = 'embed__fallback';
      fallback.append(
        ...[...element.children].map((child) =>
          document.importNode(child, true),
        ),
      );
      preview.replaceChildren(fallback);
    } else {
      const widget = document.importNode(element, true);
      widget.setAttribute('independent', '');
      preview.replaceChildren(widget);
    }
  }

  function showIntegrityNote() {
    integrityNote.replaceChildren(
      ...(integrity
        ? [
            'The integrity hash is that of the module built here, ',
            codeText('dist/qingdao-initiative.js'),
            `. It matches the file at the script URL only if that file is the same build, as version ${packageJson.version} is once published.`,
          ]
        : [
            'No integrity hash yet: the built module was not found. Run ',
            codeText('npm run build'),
            ' (',
            codeText('npm start'),
            ' builds first) and reload this page.',
          ]),
    );
    integrityNote.classList.toggle('is-warning', !integrity);
  }

  /** Selects the code, for a copy by keyboard when the clipboard is closed to us. */
  function selectCode() {
    const selection = getSelection();
    selection?.selectAllChildren(code);
    code.parentElement?.focus({ preventScroll: true });
  }

  async function copy() {
    try {
      // Missing outside secure contexts, and refused in some embedded views.
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(code.textContent ?? '');
      copyButton.textContent = 'Copied';
      copyButton.classList.add('is-done');
      copyStatus.textContent = 'Embed code copied to the clipboard.';
      clearTimeout(copiedTimer);
      copiedTimer = setTimeout(resetCopyButton, COPIED_FOR_MS);
    } catch {
      selectCode();
      copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  }

  byId('embed-form').addEventListener('input', update);
  byId('embed-form').addEventListener('submit', (event) =>
    event.preventDefault(),
  );
  for (const radio of document.querySelectorAll(
    'input[name="embed-preview"]',
  )) {
    radio.addEventListener('change', () => showPreview(code.textContent ?? ''));
  }
  copyButton.addEventListener('click', () => void copy());

  update();
  void builtModuleIntegrity().then((value) => {
    integrity = value;
    update();
    showIntegrityNote();
  });
}
