import { css } from 'lit';

/** The switch's toolbar and buttons, wherever they are rendered. */
export const languageButtonStyles = css`
  :host {
    --_switch-accent: var(--qingdao-switch-accent, var(--_accent));
    --_switch-radius: var(--qingdao-switch-radius, var(--_radius));
    /* The compact switch has a fixed size, known before it renders. */
    --_switch-button: 4rem;
    --_switch-width: calc(3 * var(--_switch-button) + 10px);
    --_switch-height: calc(1.75rem + 6px);
  }

  .switch {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 2px;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_switch-radius) + 2px);
    background: var(--_surface);
    font-family: var(--_font-ui);
    line-height: 1.2;
  }

  .switch button {
    all: unset;
    box-sizing: border-box;
    min-width: 44px;
    min-height: 36px;
    padding: 0.45em 0.8em;
    border-radius: var(--_switch-radius);
    color: var(--_text);
    font-family: var(--_font-ui);
    font-size: 0.875rem;
    font-weight: 500;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }

  .switch button:hover {
    background: var(--_subtle);
  }

  .switch button[aria-pressed='true'] {
    background: var(--_switch-accent);
    color: var(--_accent-contrast);
    cursor: default;
  }

  .switch button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .compact {
    flex-wrap: nowrap;
  }

  .compact button {
    width: var(--_switch-button);
    min-width: 0;
    height: 1.75rem;
    min-height: 0;
    padding: 0;
    font-size: 0.8125rem;
    line-height: 1.75rem;
  }

  /* The system's colours take over; the current language keeps its mark. */
  @media (forced-colors: active) {
    .switch button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    .switch {
      display: none;
    }
  }
`;
