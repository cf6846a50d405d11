/**
 * A partner page with aggressive global CSS (`*` and element selectors with
 * `!important`): nothing of it may reach the text and controls inside the
 * widgets. Computed styles inside the shadow roots are compared with the
 * same widgets before the CSS arrived, and with widgets rendered after it.
 */
import { expect } from '@open-wc/testing';
import { withControls } from '../support/elements.js';
import { importBundle } from './support.js';

const HOSTILE_CSS = `
  * {
    color: rgb(255, 0, 0) !important;
    font-family: 'Comic Sans MS' !important;
    line-height: 5 !important;
    letter-spacing: 4px !important;
    text-transform: uppercase !important;
  }
  p, li, button, blockquote, h2, h3 {
    margin: 100px !important;
    padding: 50px !important;
    border: 5px solid red !important;
    background: yellow !important;
    display: inline !important;
    font-size: 40px !important;
  }
`;

/** Everything the hostile CSS sets, longhand. */
const PROPERTIES = [
  'color',
  'font-family',
  'font-size',
  'line-height',
  'letter-spacing',
  'text-transform',
  'display',
  'background-color',
  'background-image',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
];

/** The elements compared: text blocks, headings and controls. */
const INSIDE = 'p, li, h2, h3, blockquote, figure, cite, span, button';

const WIDGETS = `
  <qingdao-language-switch></qingdao-language-switch>
  <qingdao-initiative lang="en" show-context></qingdao-initiative>
  <qingdao-clause clause="2" lang="ru"></qingdao-clause>
  <qingdao-clause clause="4" lang="zh"></qingdao-clause>
`;

type Rendered = Element & { updateComplete: Promise<unknown> };

/** Renders the widgets in a fresh container; returns it once all are drawn. */
async function renderWidgets(): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.style.width = '800px';
  container.innerHTML = WIDGETS;
  document.body.append(container);
  for (const widget of container.children) {
    await (widget as Rendered).updateComplete;
  }
  await withControls(...container.querySelectorAll('qingdao-clause'));
  return container;
}

/** Every element matching INSIDE in the shadow roots under `root`, in order. */
function shadowElements(
  root: ParentNode,
): { name: string; element: Element }[] {
  const found: { name: string; element: Element }[] = [];
  const visit = (node: ParentNode, path: string) => {
    for (const element of node.querySelectorAll('*')) {
      const here = `${path} ${element.localName}${
        element.getAttribute('part')
          ? `[part="${element.getAttribute('part')}"]`
          : ''
      }`;
      if (path && element.matches(INSIDE)) found.push({ name: here, element });
      if (element.shadowRoot) visit(element.shadowRoot, here);
    }
  };
  visit(root, '');
  return found;
}

/** Computed styles (and, for buttons, the size) of each element inside. */
function measure(container: HTMLElement): Record<string, string>[] {
  return shadowElements(container).map(({ name, element }) => {
    const style = getComputedStyle(element);
    const entry: Record<string, string> = { element: name };
    for (const property of PROPERTIES) {
      entry[property] = style.getPropertyValue(property);
    }
    if (element.localName === 'button') {
      const box = element.getBoundingClientRect();
      entry['size'] = `${box.width.toFixed(2)}×${box.height.toFixed(2)}`;
    }
    return entry;
  });
}

/** One line per value that differs from the control: `element property: was → is`. */
function differences(
  control: Record<string, string>[],
  now: Record<string, string>[],
): string[] {
  expect(now.map((e) => e['element'])).to.deep.equal(
    control.map((e) => e['element']),
  );
  return now.flatMap((entry, i) =>
    Object.keys(entry)
      .filter((key) => entry[key] !== control[i]![key])
      .map(
        (key) =>
          `${entry['element']} ${key}: ${control[i]![key]} → ${entry[key]}`,
      ),
  );
}

/** Fails listing the first differences (there can be hundreds). */
function expectNoDifference(
  control: Record<string, string>[],
  now: Record<string, string>[],
  what: string,
): void {
  const found = differences(control, now);
  expect(
    found.length,
    `${what}: ${found.length} values differ from the control, first:\n  ${found
      .slice(0, 15)
      .join('\n  ')}\n`,
  ).to.equal(0);
}

describe('aggressive host CSS', () => {
  let style: HTMLStyleElement | undefined;
  const containers: HTMLElement[] = [];

  before(async () => {
    await importBundle();
  });

  afterEach(() => {
    style?.remove();
    style = undefined;
    for (const container of containers.splice(0)) container.remove();
  });

  it('does not reach inside the widgets: same computed styles, same button sizes', async () => {
    const early = await renderWidgets();
    containers.push(early);
    const control = measure(early);
    expect(control.length, 'elements compared').to.be.greaterThan(40);
    // Four switches of three languages, the document's "Side by side"
    // button, its six copy-link and six copy buttons, and the two clauses'
    // copy buttons.
    expect(control.filter((e) => e['size']).length, 'buttons').to.equal(27);

    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);

    // The CSS is live on the page's own elements, right beside the widgets.
    const probe = document.createElement('p');
    probe.innerHTML = '<span>Partner text</span>';
    early.append(probe);
    const probeStyle = getComputedStyle(probe);
    expect(probeStyle.fontSize).to.equal('40px');
    expect(probeStyle.display).to.equal('inline');
    const spanStyle = getComputedStyle(probe.firstElementChild!);
    expect(spanStyle.color).to.equal('rgb(255, 0, 0)');
    expect(spanStyle.letterSpacing).to.equal('4px');
    expect(spanStyle.textTransform).to.equal('uppercase');

    // Widgets already on the page when the CSS arrives...
    expectNoDifference(control, measure(early), 'widgets already there');

    // ...and widgets rendered after it.
    const late = await renderWidgets();
    containers.push(late);
    expectNoDifference(control, measure(late), 'widgets rendered after');
  });
});
