/**
 * What every publishing tool's harness offers the test: the HTML a site
 * stores after the tool has had the embed code, set through the tool's API
 * (what a CMS does with an author's HTML) or pasted into its visual view
 * (what an author does after the demo's copy button).
 */
export interface Tool {
  /** Its row in the matrix. */
  readonly name: string;
  /** The HTML stored after setting `html` as the content. */
  set(html: string): Promise<string>;
  /** The HTML stored after pasting a clipboard holding `html` and `plain`; visual editors only. */
  paste?(html: string, plain: string): Promise<string>;
}

/**
 * Dispatches the `paste` event a visitor's Ctrl+V fires, carrying what the
 * demo's copy button puts on the clipboard. Untrusted, so the browser inserts
 * nothing itself: editors that read `clipboardData` and insert it (all but
 * KindEditor) behave as on a real paste.
 */
export function dispatchPaste(
  target: EventTarget,
  html: string,
  plain: string,
): void {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', plain);
  const init = { bubbles: true, cancelable: true, composed: true };
  const event = new ClipboardEvent('paste', { ...init, clipboardData: data });
  // Firefox gives the event an empty DataTransfer of its own instead.
  // Enumerable, as TinyMCE copies the event's properties with for…in.
  if (event.clipboardData !== data) {
    Object.defineProperty(event, 'clipboardData', {
      value: data,
      enumerable: true,
    });
  }
  target.dispatchEvent(event);
}

/** Loads a classic script (the self-hosted editors) once. */
export function loadScript(src: string): Promise<void> {
  const present = document.querySelector(`script[src="${src}"]`);
  if (present) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Cannot load ${src}`));
    document.head.append(script);
  });
}

/** A visible box for an editor, as on an editing page. */
export function editorHost(tag = 'div'): HTMLElement {
  const host = document.createElement(tag);
  host.style.cssText = 'width: 800px';
  document.body.append(host);
  return host;
}
