/**
 * A Vue 3 app that quotes a clause, as a partner's Vue site would:
 * `<qingdao-clause :clause="n" … @qingdao-language-change="…" />`, written
 * as the render function its template compiles to. Bundled by esbuild for
 * the browser test.
 */
import { createApp, h, nextTick, reactive } from 'vue';
import '../../src/index.js';
import type { QingdaoLanguageChangeEvent } from '../../src/index.js';

export interface QuoteProps {
  clause?: number | null | undefined;
  theme?: string | null | undefined;
  variant?: string | null | undefined;
  remember?: string | null | undefined;
  independent?: boolean | null | undefined;
}

/** Mounts the app in `container`; `update` changes its props and waits for Vue to patch. */
export function mountQuote(
  container: HTMLElement,
  props: QuoteProps,
  onLanguage: (language: string) => void,
) {
  const state = reactive({ ...props });
  const app = createApp({
    render: () =>
      h('qingdao-clause', {
        clause: state.clause,
        lang: 'en',
        theme: state.theme,
        variant: state.variant,
        remember: state.remember,
        independent: state.independent,
        // What `@qingdao-language-change` compiles to.
        onQingdaoLanguageChange: (event: QingdaoLanguageChangeEvent) =>
          onLanguage(event.detail.language),
      }),
  });
  app.mount(container);
  return {
    async update(changes: QuoteProps) {
      Object.assign(state, changes);
      await nextTick();
    },
    unmount: () => app.unmount(),
  };
}
