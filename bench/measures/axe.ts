// axe-core on an article in each language with every kind of embed on it
// (and the standalone switch in the site's header).
import axe from 'axe-core';

import { figure, LANGUAGES, type Bench } from '../harness.js';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

export default async function accessibility(bench: Bench) {
  const figures = [];
  for (const language of LANGUAGES) {
    const url = bench.page(`axe-${language}`, {
      lang: language,
      title: `Accessibility (${language})`,
      header: '<qingdao-language-switch></qingdao-language-switch>',
      widgets: [
        bench.snippet({ which: 'document', language }),
        bench.snippet({ which: { clause: 3 }, language }),
        bench.snippet({ which: { clause: 5 }, language, variant: 'inline' }),
      ],
    });
    const { page, close } = await bench.open(url);
    await bench.rendered(page);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document, {
        resultTypes: ['violations'],
      });
      return results.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        targets: nodes.map((node) => node.target.join(' >>> ')),
      }));
    });
    await close();
    const name = `axe-core violations, lang=${language}`;
    figures.push(
      figure(name, violations.length, 'count', ['=', 0], {
        hard: true,
        detail: violations,
      }),
    );
  }
  return figures;
}
