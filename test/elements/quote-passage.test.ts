/**
 * "Quote this passage": a reader selects part of the text in a widget and
 * copies it with their own copy command; the clipboard gets the passage with
 * the reference of the clause it is in, in the language of that text (the
 * document's reference for the title or preamble). Read back by pasting.
 */
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
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

/** The first text of `block` that is not blank, and where its words start. */
function firstText(block: Element): [Text, number] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode() as Text;
  while (!text.data.trim()) text = walker.nextNode() as Text;
  return [text, text.data.length - text.data.trimStart().length];
}

/** The middle of the left or right edge of character `offset` of `text`, in the view. */
function edgeOf(text: Text, offset: number, side: 'left' | 'right') {
  const range = document.createRange();
  range.setStart(text, offset);
  range.setEnd(text, offset + 1);
  const box = range.getBoundingClientRect();
  return [
    Math.round(side === 'left' ? box.left + 1 : box.right - 1),
    Math.round(box.top + box.height / 2),
  ] as [number, number];
}

/**
 * Drags the mouse from the first character of `from`'s text to character
 * `length` of `to`'s (default: `from`), as a reader selects (WebKit takes
 * no script ranges inside a shadow root). Returns the text of a selection
 * within one block.
 */
async function select(
  from: Element,
  length: number,
  to: Element = from,
): Promise<string> {
  const [start, startOffset] = firstText(from);
  const [end, endOffset] = firstText(to);
  // A drag the page was not ready for (a busy machine) selects nothing:
  // drag again, as a reader would.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    getSelection()!.removeAllRanges();
    from.scrollIntoView({ block: 'start' });
    await nextFrame();
    await sendMouse({
      type: 'move',
      position: edgeOf(start, startOffset, 'left'),
    });
    await sendMouse({ type: 'down' });
    await sendMouse({
      type: 'move',
      position: edgeOf(end, endOffset + length - 1, 'right'),
    });
    await sendMouse({ type: 'up' });
    if (getSelection()!.toString().trim()) break;
    await aTimeout(200);
  }
  return start.data.slice(startOffset, startOffset + length);
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

  it('leaves a copy across two clauses, or of a note, as the browser makes it', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="ru"></qingdao-initiative>`,
    );
    await element.updateComplete;
    const bodies = parts(element, 'clause-body');
    await select(bodies[2]!, 10, bodies[3]!);
    await pressCopy();
    const across = spaced((await pasteClipboard()).plain);
    expect(across).to.include(
      spaced(bodies[2]!.textContent!.trim().slice(0, 10)),
    );
    expect(across).to.include('4.');
    expect(across).not.to.include('Текст : электронный');

    await select(part(element, 'note'), 20);
    await pressCopy();
    const note = spaced((await pasteClipboard()).plain);
    expect(note).to.include('Здесь опубликованный');
    expect(note).not.to.include('Текст : электронный');
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
