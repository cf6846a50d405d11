import { LANGUAGES, release, type Language } from '../src/index.js';
import { setUpEmbedPanel } from './embed-panel.js';

/**
 * Builds one news article per language from the release's own headline and
 * lead paragraphs, with a clause quoted inline: no invented news.
 */
function article(language: Language): HTMLElement {
  const element = document.createElement('article');
  element.className = 'news';
  element.lang = language;

  const kicker = document.createElement('p');
  kicker.className = 'news__kicker';
  const time = document.createElement('time');
  time.dateTime = release.source.publishedAt;
  time.textContent = `${release.source.publisher[language]} · 2025-07-18 23:14`;
  kicker.append(time);

  const headline = document.createElement('h3');
  headline.className = 'news__headline';
  headline.textContent = release.source.headline[language];

  const [first, second] = release.lead[language].map((text) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    return paragraph;
  });

  const clause = document.createElement('qingdao-clause');
  clause.setAttribute('clause', '3');
  clause.setAttribute('independent', '');

  element.append(kicker, headline, first!, clause, second!);
  return element;
}

document.getElementById('articles')?.append(...LANGUAGES.map(article));
setUpEmbedPanel();
