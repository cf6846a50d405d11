import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { QingdaoClause, QingdaoInitiative } from '../../src/index.js';
import { part, parts, withControls } from '../support/elements.js';
import { forgetLanguageChoice } from '../support/language-choice.js';
import { parallelDocument } from '../support/parallel.js';

afterEach(async () => {
  forgetLanguageChoice();
  await emulateMedia({ media: 'screen' });
});

describe('printing', () => {
  it('prints the whole document in black, without the switch, clauses unbroken', async () => {
    const element = await fixture<QingdaoInitiative>(
      html`<qingdao-initiative lang="en"></qingdao-initiative>`,
    );
    await element.updateComplete;
    expect(getComputedStyle(part(element, 'switch')).display).not.to.equal(
      'none',
    );

    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(element, 'switch')).display).to.equal('none');
    expect(getComputedStyle(part(element, 'preamble')).color).to.equal(
      'rgb(0, 0, 0)',
    );
    expect(getComputedStyle(part(element, 'clause-number')).color).to.equal(
      'rgb(0, 0, 0)',
    );
    for (const clause of parts(element, 'clause')) {
      expect(getComputedStyle(clause).breakInside).to.equal('avoid');
    }
    // Every word is still there.
    expect(parts(element, 'clause-body')).to.have.length(6);
  });

  it('prints the parallel view as columns, without its controls, even from a narrow box', async () => {
    const element = await parallelDocument(360, 'zh en');
    const [chinese, english] = [
      ...parts(element, 'clause')[0]!.querySelectorAll('.cell'),
    ];
    // Stacked on screen in 360 px.
    expect(english!.getBoundingClientRect().top).to.be.above(
      chinese!.getBoundingClientRect().bottom - 1,
    );

    await emulateMedia({ media: 'print' });
    expect(part(element, 'view-toggle').getClientRects()).to.have.length(0);
    expect(getComputedStyle(part(element, 'columns')).display).to.equal('none');
    expect(
      Math.abs(
        chinese!.getBoundingClientRect().top -
          english!.getBoundingClientRect().top,
      ),
    ).to.be.below(1);
    expect(english!.getBoundingClientRect().left).to.be.above(
      chinese!.getBoundingClientRect().right - 1,
    );
  });

  it('prints a clause with its citation, without the switch', async () => {
    const element = await fixture<QingdaoClause>(
      html`<qingdao-clause clause="2" lang="ru"></qingdao-clause>`,
    );
    await withControls(element);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(element, 'switch')).display).to.equal('none');
    expect(getComputedStyle(part(element, 'citation')).display).not.to.equal(
      'none',
    );
    expect(getComputedStyle(part(element, 'note')).display).not.to.equal(
      'none',
    );
    expect(getComputedStyle(part(element, 'clause')).backgroundColor).to.equal(
      'rgba(0, 0, 0, 0)',
    );
  });
});
