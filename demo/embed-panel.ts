/**
 * The demo's "Get embed code" panel: the same `embedCode` as
 * `npm run snippet`, in the format that survives where the code goes, with
 * a copy button (HTML and plain text, so that a visual editor gets the
 * quotation and a code view its source) and a preview.
 */
import packageJson from '../package.json';
import {
  LANGUAGES,
  initiative,
  type ClauseNumber,
  type Language,
} from '../src/content/index.js';
import { CLAUSE_VARIANTS } from '../src/internal/property-values.js';
import { LANGUAGE_NAMES } from '../src/language/tags.js';
import {
  RESIZER_FILE,
  embedCode,
  embedPageFile,
  joinUrl,
  subresourceIntegrity,
  templateScript,
  type EmbedFormat,
  type EmbedTarget,
} from '../scripts/lib/embed-code.js';

/** Served from dist/ by this site (see vite.config.ts). */
const BUILT_MODULE_URL = '/qingdao-initiative.js';

const COPIED_FOR_MS = 2000;

/** Where the code goes: the format that survives there, and what to do. */
const DESTINATIONS: Record<
  string,
  { format: EmbedFormat; hint: string; template?: 'module' | 'resizer' }
> = {
  template: {
    format: 'element',
    hint: "Paste it into the page's HTML: a template, an HTML block or an editor's code view.",
  },
  visual: {
    format: 'blockquote',
    hint: "Paste it into the editor's normal view: it arrives as a formatted quotation. Add the template line once, and every such quotation becomes the widget.",
    template: 'module',
  },
  wordpress: {
    format: 'iframe',
    hint: 'Paste the address on a line of its own in a post: WordPress embeds the quotation and fits the frame to its text (oEmbed).',
  },
  frames: {
    format: 'iframe',
    hint: "Paste it into the editor's embed or source dialog. Add the resizer line to the template where you can, so the frame fits its text; without it the frame holds the text on a phone.",
    template: 'resizer',
  },
};

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

/**
 * Puts `html` on the clipboard as HTML and as plain text: a visual editor
 * pastes the quotation, a code view its source. Where the Clipboard API is
 * missing (insecure contexts, some embedded views), a copy command carries
 * both.
 */
async function copyBoth(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  const onCopy = (event: ClipboardEvent) => {
    event.preventDefault();
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
  };
  document.addEventListener('copy', onCopy, { once: true });
  const copied = document.execCommand('copy');
  document.removeEventListener('copy', onCopy);
  if (!copied) throw new Error('Copy refused');
}

export function setUpEmbedPanel(): void {
  const destination = byId<HTMLSelectElement>('embed-destination');
  const destinationHint = byId('embed-destination-hint');
  const which = byId<HTMLSelectElement>('embed-which');
  const language = byId<HTMLSelectElement>('embed-language');
  const variantField = byId('embed-variant-field');
  const variant = byId<HTMLSelectElement>('embed-variant');
  const theme = byId<HTMLSelectElement>('embed-theme');
  const baseUrl = byId<HTMLInputElement>('embed-base-url');
  const code = byId('embed-code');
  const templateBlock = byId('embed-template');
  const templateCode = byId('embed-template-code');
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
  // This site serves dist/ at its root, as a partner's would under its base URL.
  baseUrl.value = `${location.origin}/`;

  let integrity: string | undefined;
  let copiedTimer: ReturnType<typeof setTimeout> | undefined;
  let copied = { html: '', text: '' };

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
    const place = DESTINATIONS[destination.value]!;
    const isClause = which.value !== 'document';
    variantField.hidden = !isClause || place.format === 'iframe';
    destinationHint.textContent = place.hint;
    const base = baseUrl.value.trim() || `${location.origin}/`;
    const options = {
      which: target(),
      language: language.value as Language,
      variant: isClause ? variant.value : undefined,
      theme: theme.value,
      baseUrl: base,
      integrity,
    };
    const html = embedCode({ ...options, format: place.format });
    const pageUrl = joinUrl(
      base,
      embedPageFile(options.which, options.language),
    );
    const shown = destination.value === 'wordpress' ? pageUrl : html;
    code.textContent = shown;
    copied = { html: shown, text: shown };
    if (destination.value !== 'wordpress') copied.html = html;
    templateBlock.hidden = !place.template;
    templateCode.textContent =
      place.template === 'module'
        ? templateScript(base, integrity)
        : `<script src="${joinUrl(base, RESIZER_FILE)}" async></script>`;
    resetCopyButton();
    copyStatus.textContent = '';
    showPreview(html);
  }

  /**
   * The code's quotation or frame, parsed inertly (no script is taken): as
   * the widget (independent, so the header switch does not move it) or,
   * without JavaScript, the plain HTML it carries.
   */
  function showPreview(html: string) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const first = parsed.body.firstElementChild;
    if (!first) return;
    const fallback = previewMode() === 'fallback';
    if (first.localName === 'iframe') {
      const frame = document.importNode(first, true) as HTMLIFrameElement;
      // Scripts blocked: what a frame sandboxed by an editor shows.
      if (fallback) frame.setAttribute('sandbox', '');
      preview.replaceChildren(frame);
      return;
    }
    const quote =
      first.localName === 'blockquote' ? first : first.firstElementChild!;
    if (fallback) {
      const plain = document.createElement('div');
      plain.className = 'embed__fallback';
      plain.append(document.importNode(quote, true));
      preview.replaceChildren(plain);
      return;
    }
    // A quotation placed in this page is upgraded by the module, as on a
    // partner's page; the element is the widget at once.
    const shown = document.importNode(first, true);
    if (shown.localName !== 'blockquote') shown.setAttribute('independent', '');
    preview.replaceChildren(shown);
  }

  function showIntegrityNote() {
    integrityNote.replaceChildren(
      ...(integrity
        ? [
            'The integrity hash is that of the module built here, ',
            codeText('dist/qingdao-initiative.js'),
            `: host that same file (version ${packageJson.version}) under your base URL.`,
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
    getSelection()?.selectAllChildren(code);
    code.parentElement?.focus({ preventScroll: true });
  }

  async function copy() {
    try {
      await copyBoth(copied.html, copied.text);
      copyButton.textContent = 'Copied';
      copyButton.classList.add('is-done');
      copyStatus.textContent =
        'Copied, as HTML for a visual editor and as text for a code view.';
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
    radio.addEventListener('change', update);
  }
  copyButton.addEventListener('click', () => void copy());

  update();
  void builtModuleIntegrity().then((value) => {
    integrity = value;
    update();
    showIntegrityNote();
  });
}
