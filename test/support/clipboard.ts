import { nextFrame, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { pressPaste } from './keys.js';

/** A real click, with the reader's activation the Clipboard API asks for. */
export async function clickAsReader(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [
      Math.round(box.left + box.width / 2),
      Math.round(box.top + box.height / 2),
    ],
  });
}

/**
 * A reader's click on a widget's copy button, and the wait until the copy
 * is done: copying is asynchronous, and the widget's polite status says
 * when it has finished (what it says is each test's to check).
 */
export async function copyWith(button: Element, widget: Element) {
  await clickAsReader(button);
  await waitUntil(
    () =>
      widget.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim(),
    'the copy status',
  );
}

/**
 * What the clipboard holds, pasted with the keyboard into a plain and a
 * rich field, as a reader would: never read through the API under test.
 */
export async function pasteClipboard(): Promise<{
  plain: string;
  rich: string;
}> {
  const plain = document.createElement('textarea');
  const rich = document.createElement('div');
  rich.contentEditable = 'true';
  document.body.append(plain, rich);
  try {
    plain.focus();
    await pressPaste();
    rich.focus();
    await pressPaste();
    await nextFrame();
    return { plain: plain.value, rich: rich.innerHTML };
  } finally {
    plain.remove();
    rich.remove();
  }
}
