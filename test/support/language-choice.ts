import { resetPageChoiceForTests } from '../../src/language/page-choice.js';

/** Forgets the visitor's page-wide choice, in memory and in storage. */
export function forgetLanguageChoice(): void {
  resetPageChoiceForTests();
  localStorage.clear();
}
