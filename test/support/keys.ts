import { sendKeys } from '@web/test-runner-commands';

/** Our WebKitGTK runs through WebDriver, whose launcher only types and presses. */
const throughWebDriver =
  navigator.userAgent.includes('AppleWebKit') &&
  !navigator.userAgent.includes('Chrome');

/** WebDriver's key codes for the modifiers (they stay down until the sequence ends). */
const WEBDRIVER_KEYS = { Shift: '\uE008', Control: '\uE009', Tab: '\uE004' };

/** `key` pressed with `modifier` held, in every engine. */
async function pressWith(
  modifier: 'Shift' | 'Control',
  key: string,
  webDriverKey: string,
): Promise<void> {
  if (throughWebDriver) {
    await sendKeys({ type: WEBDRIVER_KEYS[modifier] + webDriverKey });
    return;
  }
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

export const pressShiftTab = () =>
  pressWith('Shift', 'Tab', WEBDRIVER_KEYS.Tab);

/** Ctrl+V: paste. */
export const pressPaste = () => pressWith('Control', 'KeyV', 'v');

/** Ctrl+C: copy. */
export const pressCopy = () => pressWith('Control', 'KeyC', 'c');
