import { sendKeys } from '@web/test-runner-commands';

/**
 * Shift+Tab, where the runner can send it: WTR's WebDriver launcher (our
 * WebKitGTK) only presses one key at a time. Returns whether it was sent.
 */
export async function pressShiftTab(): Promise<boolean> {
  try {
    await sendKeys({ down: 'Shift' });
  } catch {
    return false;
  }
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  return true;
}
