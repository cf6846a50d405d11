import type { Plugin } from 'vite';

import {
  LANGUAGES,
  release,
  type ClauseNumber,
  type Language,
} from '../../src/content/index.js';
import { releaseSource } from '../../src/content/release-source.js';
import { escapeText, quotation } from '../lib/embed-code.js';

/**
 * The demo page as a partner's page is written: every widget with its
 * quotation inside as its fallback (so nothing moves when the module
 * arrives, and the page reads without JavaScript), and the three news
 * articles, built from the release's own headline and lead paragraphs with
 * clause 3 quoted inline (no invented news).
 */
export function demoFallbacks(): Plugin {
  return {
    name: 'qingdao-demo-fallbacks',
    transformIndexHtml(html) {
      return html
        .replace(
          /<(qingdao-clause|qingdao-initiative)\b([^>]*)><\/\1>/g,
          (_element, tag: string, attributes: string) => {
            const clause = /\bclause="(\d)"/.exec(attributes)?.[1];
            const language = (/\blang="([^"]+)"/.exec(attributes)?.[1] ??
              'en') as Language;
            const which =
              tag === 'qingdao-initiative'
                ? ('document' as const)
                : { clause: Number(clause) as ClauseNumber };
            return `<${tag}${attributes}>${quotation(which, language).join('')}</${tag}>`;
          },
        )
        .replace('<!-- articles -->', LANGUAGES.map(article).join('\n'));
    },
  };
}

function article(language: Language): string {
  const [first, second] = release.lead[language];
  return `<article class="news" lang="${language}">
    <p class="news__kicker"><time datetime="${releaseSource.publishedAt}">${escapeText(releaseSource.publisher[language])} · 2025-07-18 23:14</time></p>
    <h3 class="news__headline">${escapeText(releaseSource.headline[language])}</h3>
    <p>${escapeText(first)}</p>
    <qingdao-clause clause="3" lang="${language}" independent>${quotation({ clause: 3 }, language).join('')}</qingdao-clause>
    <p>${escapeText(second)}</p>
  </article>`;
}
