import { msg } from '@lit/localize';
import { html } from 'lit';
import { getLocale } from '../language/localization.js';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../language/tags.js';

export interface LanguageButtonsOptions {
  /** The language marked as current. */
  readonly current: Language;
  /**
   * Part names: `group`, `button`, `current` on the standalone switch;
   * `switch` (also `switch-group`), `switch-button`, `switch-current` inside a widget.
   */
  readonly parts: 'switch' | 'widget';
  /** Smaller buttons, for a clause in running text. */
  readonly compact?: boolean;
  /** The reader pressed a language other than the current one. */
  readonly onSelect: (language: Language) => void;
}

/**
 * The language switch: a toolbar of three toggle buttons, each language
 * named in itself (中文, English, Русский), with one Tab stop: arrow keys,
 * Home and End move between the buttons, Enter and Space choose (the ARIA
 * toolbar pattern, with a roving tabindex).
 */
export function languageButtons(options: LanguageButtonsOptions) {
  const { current, parts, compact = false, onSelect } = options;
  const prefix = parts === 'widget' ? 'switch-' : '';
  return html`<div
    part=${parts === 'widget' ? 'switch switch-group' : 'group'}
    class=${compact ? 'switch compact' : 'switch'}
    role="toolbar"
    aria-label=${msg('Language of the text', { id: 'switch-label' })}
    lang=${getLocale()}
    @keydown=${moveFocus}
    @focusout=${resetTabStop}
  >
    ${LANGUAGES.map((language) => {
      const isCurrent = language === current;
      return html`<button
        type="button"
        part=${isCurrent ? `${prefix}button ${prefix}current` : `${prefix}button`}
        lang=${language}
        aria-pressed=${isCurrent ? 'true' : 'false'}
        tabindex=${isCurrent ? 0 : -1}
        @click=${() => isCurrent || onSelect(language)}
      >
        ${LANGUAGE_NAMES[language]}
      </button>`;
    })}
  </div>`;
}

const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/**
 * Focus left the group: its Tab stop goes back to the current language, as
 * the template has it (so the template's bindings stay true to the DOM).
 */
function resetTabStop(event: FocusEvent): void {
  const group = event.currentTarget as HTMLElement;
  if (group.contains(event.relatedTarget as Node | null)) return;
  for (const button of group.querySelectorAll('button')) {
    button.tabIndex = button.getAttribute('aria-pressed') === 'true' ? 0 : -1;
  }
}

/** Moves focus, and the group's one Tab stop with it, to another button. */
function moveFocus(event: KeyboardEvent): void {
  const group = event.currentTarget as HTMLElement;
  const buttons = [...group.querySelectorAll('button')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  const last = buttons.length - 1;
  const step = KEY_STEPS[event.key];
  const target =
    step !== undefined
      ? (index + step + buttons.length) % buttons.length
      : event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : undefined;
  if (target === undefined) return;
  event.preventDefault();
  buttons.forEach((button, i) => {
    button.tabIndex = i === target ? 0 : -1;
  });
  buttons[target]!.focus();
}
