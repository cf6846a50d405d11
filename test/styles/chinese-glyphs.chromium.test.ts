/**
 * Chinese text gets Simplified Chinese glyphs on any page: on a Japanese or
 * Korean page (`<html lang="ja">`, `ko`), every Chinese block of a widget is
 * drawn with the same face as a plain `<p lang="zh-Hans">` of the same font
 * stack, not the page language's (携 构 建 流 通 道 differ in Japanese forms).
 * Chromium only: read through DevTools' CSS.getPlatformFontsForNode.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { withControls, withPageLang } from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

/**
 * The font faces the engine drew `element`'s own text with. DevTools reads
 * them from the layout as it stands, without laying out first: a block whose
 * layout is pending (the widget just rendered its controls, a probe paragraph
 * just left the page) reports no faces, so lay it out, and ask again a
 * little later while it still reports none (a timer, not a frame: a page in
 * a background tab gets no frames).
 */
async function facesOf(element: Element): Promise<string[]> {
  (window as { __platformFontsProbe?: Element }).__platformFontsProbe = element;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    element.getBoundingClientRect();
    const faces = await executeServerCommand<string[], undefined>(
      'platform-fonts',
    );
    if (faces.length > 0) return faces;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no faces reported for <${element.localName}>`);
}

/** The faces of a plain paragraph with the same text, font stack and `lang="zh-Hans"`. */
async function plainFaces(like: Element, text: string): Promise<string[]> {
  const paragraph = document.createElement('p');
  paragraph.lang = 'zh-Hans';
  paragraph.textContent = text;
  paragraph.style.fontFamily = getComputedStyle(like).fontFamily;
  document.body.append(paragraph);
  try {
    return await facesOf(paragraph);
  } finally {
    paragraph.remove();
  }
}

/** Every element of the widget that holds Chinese text of its own. */
function chineseBlocks(widget: LitElement): Element[] {
  return [...widget.shadowRoot!.querySelectorAll('*')].filter((element) =>
    [...element.childNodes].some(
      (node) => node instanceof Text && /\p{Script=Han}/u.test(node.data),
    ),
  );
}

const widgets = {
  'a clause card': html`<qingdao-clause
    clause="1"
    lang="zh-Hans"
  ></qingdao-clause>`,
  'an inline clause': html`<qingdao-clause
    clause="3"
    lang="zh"
    variant="inline"
  ></qingdao-clause>`,
  'the whole document': html`<qingdao-initiative
    lang="zh-CN"
    show-context
  ></qingdao-initiative>`,
};

for (const pageLanguage of ['ja', 'ko']) {
  for (const [name, template] of Object.entries(widgets)) {
    it(`<html lang="${pageLanguage}">: ${name} draws every Chinese block with the Simplified Chinese face`, async () => {
      await withPageLang(pageLanguage, async () => {
        const widget = await fixture<LitElement>(template);
        await withControls(widget);
        const blocks = chineseBlocks(widget);
        expect(blocks.length).to.be.greaterThan(2);
        for (const block of blocks) {
          const text = block.textContent!.trim();
          const faces = await facesOf(block);
          const expected = await plainFaces(block, text);
          expect(
            faces,
            `"${text.slice(0, 12)}…" (${block.localName})`,
          ).to.deep.equal(expected);
          expect(faces.join(), text.slice(0, 12)).not.to.match(/ JP| KR/);
        }
      });
    });
  }
}

it('the check can see the difference: the same text marked Japanese gets the Japanese face', async () => {
  const paragraph = await fixture<HTMLElement>(
    html`<p lang="ja" style="font-family: sans-serif">携手构建国际物流通道</p>`,
  );
  const japanese = await facesOf(paragraph);
  paragraph.lang = 'zh-Hans';
  const chinese = await facesOf(paragraph);
  expect(japanese).not.to.deep.equal(chinese);
});
