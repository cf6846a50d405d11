import { fixture } from '@open-wc/testing';
import type { QingdaoInitiative } from '../../src/index.js';

/**
 * A whole document in the parallel view, in a box `width` px wide (its
 * layout follows its own width); `languages`: its columns, `null` for none
 * given. Resolves once it has rendered.
 */
export async function parallelDocument(
  width: number,
  languages: string | null = 'zh en ru',
): Promise<QingdaoInitiative> {
  const columns = languages === null ? '' : ` languages="${languages}"`;
  const box = await fixture<HTMLElement>(
    `<div style="width: ${width}px"><qingdao-initiative view="parallel"${columns} lang="en"></qingdao-initiative></div>`,
  );
  const element = box.querySelector('qingdao-initiative')!;
  await element.updateComplete;
  return element;
}
