/**
 * The widget in real React 19 and Vue 3 apps: each framework sets the
 * properties itself (numbers, `undefined`, `null`, `''`), and listens to
 * `qingdao-language-change` through its own event binding. The apps are
 * bundled with their framework by the test server (`*.bundle.js`: React
 * ships CommonJS); each bundle carries its own copy of the elements.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type * as ReactApp from './react-app.js';
import type * as VueApp from './vue-app.js';
import {
  part,
  parts,
  shownLanguage,
  switchButton,
  warningsDuring,
  withControls,
} from '../support/elements.js';

type Clause = HTMLElement & {
  updateComplete: Promise<unknown>;
  clause: string | null;
  theme: string;
  variant: string;
  remember: string;
};

const bundle = <T>(name: string): Promise<T> =>
  import(
    /* @vite-ignore */ new URL(`./${name}.bundle.js`, import.meta.url).href
  );

let react: typeof ReactApp;
let vue: typeof VueApp;

before(async () => {
  react = await bundle<typeof ReactApp>('react-app');
  vue = await bundle<typeof VueApp>('vue-app');
});

afterEach(() => localStorage.clear());

async function rendered(container: HTMLElement): Promise<Clause> {
  const element = container.querySelector('qingdao-clause') as Clause;
  await element.updateComplete;
  await withControls(element);
  return element;
}

const expectDefaults = (element: Clause) => {
  expect([element.theme, element.variant, element.remember]).to.deep.equal([
    'light',
    'card',
    'on',
  ]);
  expect(parts(element, 'message')).to.have.length(0);
  expect(getComputedStyle(part(element, 'clause')).backgroundColor).to.equal(
    'rgb(246, 248, 250)',
  );
};

describe('in a React 19 app', () => {
  it('renders clause={3}, re-renders with another clause, drops props to the defaults, hears the change', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const heard: string[] = [];
    const onLanguage = (language: string) => heard.push(language);
    const app = react.mountQuote(container);
    const warnings = await warningsDuring(async () => {
      app.render({
        clause: 3,
        theme: 'dark',
        variant: 'inline',
        remember: 'off',
        onLanguage,
      });
      let element = await rendered(container);
      expect(part(element, 'clause-number').textContent).to.equal('III.');
      expect(element.clause).to.equal('3');
      expect(element.theme).to.equal('dark');

      app.render({
        clause: 5,
        theme: 'dark',
        variant: 'inline',
        remember: 'off',
        onLanguage,
      });
      element = await rendered(container);
      expect(part(element, 'clause-number').textContent).to.equal('V.');

      // theme={undefined} and the rest: React sets the properties to undefined.
      app.render({ clause: 5, independent: true, onLanguage });
      element = await rendered(container);
      expectDefaults(element);

      switchButton(element, 'ru').click();
      await element.updateComplete;
      expect(shownLanguage(element)).to.equal('ru');
    });
    expect(heard).to.deep.equal(['ru']);
    expect(warnings.join('\n')).to.equal('');
    app.unmount();
  });
});

describe('in a Vue 3 app', () => {
  it('renders :clause="3", re-renders with another clause, nulls bindings to the defaults, hears the change', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const heard: string[] = [];
    let app!: ReturnType<typeof vue.mountQuote>;
    const warnings = await warningsDuring(async () => {
      app = vue.mountQuote(
        container,
        {
          clause: 3,
          theme: 'dark',
          variant: 'inline',
          remember: 'off',
          independent: true,
        },
        (language) => heard.push(language),
      );
      let element = await rendered(container);
      expect(part(element, 'clause-number').textContent).to.equal('III.');
      expect(element.hasAttribute('independent')).to.be.true;

      await app.update({ clause: 6 });
      element = await rendered(container);
      expect(part(element, 'clause-number').textContent).to.equal('VI.');

      await app.update({
        theme: null,
        variant: undefined,
        remember: null,
        independent: null,
      });
      element = await rendered(container);
      expectDefaults(element);
      expect(element.hasAttribute('independent')).to.be.false;

      switchButton(element, 'zh-Hans').click();
      await element.updateComplete;
      expect(shownLanguage(element)).to.equal('zh-Hans');
    });
    expect(heard).to.deep.equal(['zh-Hans']);
    expect(warnings.join('\n')).to.equal('');
    app.unmount();
  });
});
