/**
 * "Quote this passage": a reader selects part of the text in a widget and
 * copies it with their own copy command; the clipboard gets the passage with
 * the reference of the clause it is in, in the language of that text (the
 * document's reference for the title or preamble). Read back by pasting.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import { editorial } from '../../src/content/index.js';
import { pasteClipboard } from '../support/clipboard.js';
import { part, parts, withControls } from '../support/elements.js';
import { pressCopy } from '../support/keys.js';
import { forgetLanguageChoice } from '../support/language-choice.js';
import { parallelDocument } from '../support/parallel.js';

afterEach(() => {
  forgetLanguageChoice();
  getSelection()?.removeAllRanges();
});

/**
 * Selects the first `length` characters of `block`'s first text by
 * dragging the mouse over them, as a reader does (WebKit takes no script
 * ranges inside a shadow root). Returns what a selection of them reads.
 */
async function select(block: Element, length: number): Promise<string> {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode() as Text;
  while (!text.data.trim()) text = walker.nextNode() as Text;
  const start = text.data.length - text.data.trimStart().length;
  const range = document.createRange();
  const at = (offset: number) => {
    range.setStart(text, offset);
    range.setEnd(text, offset + 1);
    const box = range.getBoundingClientRect();
    return [box.left, box.top + box.height / 2] as const;
  };
  block.scrollIntoView({ block: 'center' });
  const [fromX, fromY] = at(start);
  const [, toY] = at(start + length - 1);
  const point = (x: number, y: number): [number, number] => [
    Math.round(x),
    Math.round(y),
  ];
  await sendMouse({ type: 'move', position: point(fromX + 1, fromY) });
  await sendMouse({ type: 'down' });
  // To the end of the last character: its right edge.
  range.setStart(text, start + length - 1);
  range.setEnd(text, start + length);
  const last = range.getBoundingClientRect();
  await sendMouse({ type: 'move', position: point(last.right - 1, toY) });
  await sendMouse({ type: 'up' });
  return text.data.slice(start, start + length);
}

/** WebKit's pasteboard turns no-break spaces into spaces. */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

/** The reference's first words, which name the clause (the date read varies). */
const referenceStart = (reference: string) =>
  spaced(reference.slice(0, reference.indexOf('http')));

describe('quote this passage', () => {
  it('a passage of a clause body gets that clause’s reference, in its language', async () => {
    const clause = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="5" lang="ru"></qingdao-clause>`,
    );
    await withControls(clause);
    const passage = await select(part(clause, 'clause-body'), 40);
    await pressCopy();
    const { plain, rich } = await pasteClipboard();
    const [quoted, empty, reference] = spaced(plain).split('\n');
    expect(quoted).to.equal(spaced(passage));
    expect(empty).to.equal('');
    const expected = editorial.ru.reference(5, 'http', new Date());
    expect(reference!.startsWith(referenceStart(expected))).to.be.true;
    expect(reference).to.include(`#clause-5`);
    expect(rich).to.contain('<blockquote');
  });

  it('in the whole document, a passage of a clause in the parallel view cites that clause and column', async () => {
    const element = await parallelDocument(1000, 'en zh');
    const chinese = parts(element, 'clause')[3]!.querySelectorAll(
      '[part="clause-body"]',
    )[1]!;
    const passage = await select(chinese, 12);
    await pressCopy();
    const { plain } = await pasteClipboard();
    const lines = plain.split('\n');
    expect(lines[0]).to.equal(passage);
    expect(lines[2]).to.contain('第四条');
    expect(lines[2]).to.contain('#clause-4');
  });

  it('a passage of the preamble cites the document, without a clause', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="en"></qingdao-initiative>`,
    );
    await element.updateComplete;
    const passage = await select(part(element, 'preamble'), 30);
    await pressCopy();
    const { plain } = await pasteClipboard();
    const lines = plain.split('\n');
    expect(lines[0]).to.equal(passage);
    expect(lines[2]).to.contain('Qingdao Initiative of the China-SCO');
    expect(lines[2]).not.to.contain('clause');
  });
});
