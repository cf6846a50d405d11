import { css } from 'lit';
import { hostStyles } from './shared.styles.js';

export const styles = [
  hostStyles,
  css`
    :host {
      --_switch-accent: var(--qingdao-switch-accent, var(--_accent));
      --_switch-radius: var(--qingdao-switch-radius, var(--_radius));
      display: inline-block;
    }

    [part~='group'] {
      display: inline-flex;
      font-family: var(--_font-ui);
      line-height: 1.2;
      flex-wrap: wrap;
      gap: 2px;
      padding: 2px;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_switch-radius) + 2px);
      background: var(--_surface);
    }

    button {
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

    button[lang='zh-Hans'] {
      font-family: var(--_font-ui);
    }

    button:hover {
      background: var(--_subtle);
    }

    button[aria-pressed='true'] {
      background: var(--_switch-accent);
      color: var(--_accent-contrast);
      cursor: default;
    }

    button:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }

    :host([compact]) button {
      min-width: 36px;
      min-height: 28px;
      padding: 0.3em 0.6em;
      font-size: 0.8125rem;
    }

    @media (forced-colors: active) {
      button[aria-pressed='true'] {
        border: 2px solid CanvasText;
      }
    }
  `,
];
