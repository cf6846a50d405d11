/**
 * Every colour pair of the default themes meets WCAG 2.2 AA, computed from
 * the colours the browser renders (text over whatever is painted behind
 * it, up to the page), and the quotation stands apart from a plain page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import {
  part,
  parts,
  switchButton,
  withControls,
} from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';

afterEach(forgetLanguageChoice);

type Rgba = [number, number, number, number];

function parse(color: string): Rgba {
  const values = color.match(/[\d.]+/g)?.map(Number);
  if (!values || values.length < 3) throw new Error(`colour ${color}`);
  const [r, g, b, a = 1] = values as [number, number, number, number?];
  return [r, g, b, a];
}

/** `top` painted over the opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba =>
  [
    ...([0, 1, 2] as const).map(
      (i) => top[i] * top[3] + bottom[i] * (1 - top[3]),
    ),
    1,
  ] as Rgba;

/** Relative luminance, WCAG 2.2. */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** What is painted behind `element`: its ancestors' backgrounds, across shadow roots, over the page. */
function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (
    let node: Node | null = element;
    node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode
  ) {
    if (node instanceof Element) {
      layers.push(parse(getComputedStyle(node).backgroundColor));
    }
  }
  return layers.reduceRight((below, layer) => over(layer, below), [
    255, 255, 255, 1,
  ] as Rgba);
}

const textContrast = (element: Element) =>
  contrast(
    over(parse(getComputedStyle(element).color), backdrop(element)),
    backdrop(element),
  );

/** A page in the theme's own colours: white, or GitHub's dark canvas. */
async function onPage(theme: 'light' | 'dark', widget: unknown) {
  const page = await fixture<HTMLElement>(
    html`<div
      style="background: ${theme === 'dark' ? '#0d1117' : '#ffffff'}; padding: 8px"
    >
      ${widget}
    </div>`,
  );
  const element = page.firstElementChild as QingdaoClause | QingdaoInitiative;
  await element.updateComplete;
  return element;
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['zh-Hans', 'en', 'ru'] as const) {
    describe(`contrast, theme="${theme}", ${language}`, () => {
      it('a clause: text, number, citation and switch meet AA; the card stands apart', async () => {
        const clause = (await onPage(
          theme,
          html`<qingdao-clause
            clause="2"
            theme=${theme}
            lang=${language}
          ></qingdao-clause>`,
        )) as QingdaoClause;
        await withControls(clause);
        const text = [
          'clause-body',
          'clause-heading',
          'clause-number',
          'citation',
          ...(language === 'ru' ? ['note', 'break-mark'] : []),
        ];
        for (const name of text) {
          expect(textContrast(part(clause, name)), name).to.be.at.least(4.5);
        }
        for (const button of parts(clause, 'switch-button')) {
          expect(
            textContrast(button),
            `${button.lang} button${button.ariaPressed === 'true' ? ', pressed' : ''}`,
          ).to.be.at.least(4.5);
        }
        const card = part(clause, 'clause');
        const page = backdrop(clause);
        expect(
          contrast(backdrop(card), page),
          'the card against the page',
        ).to.be.greaterThan(1.05);
        expect(
          contrast(parse(getComputedStyle(card).borderInlineStartColor), page),
          'the accent rule against the page (3:1)',
        ).to.be.at.least(3);

        const button = switchButton(clause, 'en');
        button.focus();
        expect(
          contrast(
            parse(getComputedStyle(button).outlineColor),
            backdrop(card),
          ),
          'the focus ring against the card (3:1)',
        ).to.be.at.least(3);
      });

      it('the whole document: title, release line, preamble, numbers, notes and context meet AA', async () => {
        const document = (await onPage(
          theme,
          html`<qingdao-initiative
            theme=${theme}
            lang=${language}
            show-context
          ></qingdao-initiative>`,
        )) as QingdaoInitiative;
        const names = [
          'title',
          'release',
          'version-note',
          'preamble',
          'context',
          'clause-number',
          'clause-heading',
          'clause-body',
          ...(language === 'ru' ? ['note'] : []),
          'switch-button',
        ];
        for (const name of names) {
          for (const each of parts(document, name)) {
            expect(textContrast(each), name).to.be.at.least(4.5);
          }
        }
        for (const each of document.shadowRoot!.querySelectorAll(
          '[part="context"] h3, .context-source',
        )) {
          expect(
            textContrast(each),
            each.className || 'context heading',
          ).to.be.at.least(4.5);
        }
        const page = backdrop(document.parentElement!);
        expect(
          contrast(backdrop(part(document, 'document')), page),
          'the document against the page',
        ).to.be.greaterThan(1.05);
      });
    });
  }
}
