import { sendKeys } from '@web/test-runner-commands';

/** Our WebKitGTK runs through WebDriver, whose launcher only types and presses. */
const throughWebDriver =
  navigator.userAgent.includes('AppleWebKit') &&
  !navigator.userAgent.includes('Chrome');

/**
 * Shift+Tab in every engine: WebDriver takes it as its key codes typed in
 * one sequence (Shift, U+E008, stays down until the sequence ends).
 */
export async function pressShiftTab(): Promise<void> {
  if (throughWebDriver) {
    await sendKeys({ type: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
