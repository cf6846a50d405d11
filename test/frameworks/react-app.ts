/**
 * A React 19 app that quotes a clause, as a partner's React site would:
 * `<qingdao-clause clause={n} … onqingdao-language-change={…} />`. Bundled
 * by esbuild for the browser test (React ships CommonJS).
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/index.js';
import type { QingdaoLanguageChangeEvent } from '../../src/index.js';

export interface QuoteProps {
  clause?: number | undefined;
  theme?: string | undefined;
  variant?: string | undefined;
  remember?: string | undefined;
  independent?: boolean | undefined;
  onLanguage?: (language: string) => void;
}

/** Mounts the app in `container`; `render` re-renders it with new props, synchronously. */
export function mountQuote(container: HTMLElement) {
  const root = createRoot(container);
  return {
    render(props: QuoteProps) {
      flushSync(() =>
        root.render(
          createElement('qingdao-clause', {
            clause: props.clause,
            lang: 'en',
            theme: props.theme,
            variant: props.variant,
            remember: props.remember,
            independent: props.independent,
            'onqingdao-language-change': (event: QingdaoLanguageChangeEvent) =>
              props.onLanguage?.(event.detail.language),
          }),
        ),
      );
    },
    unmount: () => root.unmount(),
  };
}
