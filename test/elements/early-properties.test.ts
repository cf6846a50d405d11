/**
 * Properties a host page's script sets before the module has defined the
 * elements (the element is still a plain HTMLElement, so they land as own
 * properties that would hide the element's accessors). Once the module
 * arrives, every one of them applies, and the widgets then behave as usual.
 * This file must not import src/ statically: the elements come first.
 */
import { expect } from '@open-wc/testing';
import type {
  QingdaoClause,
  QingdaoInitiative,
  QingdaoLanguageSwitch,
} from '../../src/index.js';
import {
  part,
  pressedLanguage,
  shownLanguage,
  switchButton,
  withControls,
} from '../support/elements.js';

describe('properties set before the module loads', () => {
  it('all apply once the elements are defined, and nothing throws', async () => {
    const host = document.createElement('div');
    host.innerHTML = `
      <qingdao-initiative id="document"></qingdao-initiative>
      <qingdao-clause id="clause"></qingdao-clause>
      <qingdao-clause id="follower" clause="1" lang="en"></qingdao-clause>
      <qingdao-language-switch id="switch"></qingdao-language-switch>`;
    document.body.append(host);
    const byId = (id: string) => host.querySelector(`#${id}`) as HTMLElement;
    expect(customElements.get('qingdao-clause')).to.equal(undefined);

    // As a page script (or a framework rendering early) would set them.
    Object.assign(byId('document'), {
      language: 'zh-CN',
      showContext: true,
      theme: 'dark',
      remember: 'off',
    });
    Object.assign(byId('clause'), {
      clause: 3,
      language: 'ru',
      variant: 'inline',
      theme: 'dark',
      independent: true,
      remember: 'off',
    });
    Object.assign(byId('switch'), {
      value: 'ru',
      compact: true,
      theme: 'dark',
      remember: 'off',
    });

    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import('../../src/index.js');
      const initiative = byId('document') as QingdaoInitiative;
      const clause = byId('clause') as QingdaoClause;
      const follower = byId('follower') as QingdaoClause;
      const languageSwitch = byId('switch') as QingdaoLanguageSwitch;
      await initiative.updateComplete;
      await clause.updateComplete;
      await languageSwitch.updateComplete;
      await follower.updateComplete;

      expect(shownLanguage(initiative)).to.equal('zh-Hans');
      expect(initiative.language).to.equal('zh-Hans');
      expect(initiative.getAttribute('lang')).to.equal('zh-CN');
      expect(part(initiative, 'clause-number').textContent).to.equal('一、');
      expect(part(initiative, 'context').textContent).to.include('上合');
      expect(initiative.getAttribute('theme')).to.equal('dark');
      expect(initiative.remember).to.equal('off');

      expect(shownLanguage(clause)).to.equal('ru');
      expect(part(clause, 'clause-number').textContent).to.equal('3.');
      expect(clause.getAttribute('clause')).to.equal('3');
      expect(clause.getAttribute('variant')).to.equal('inline');
      expect(clause.hasAttribute('independent')).to.be.true;
      expect(clause.getAttribute('theme')).to.equal('dark');

      expect(pressedLanguage(languageSwitch)).to.equal('ru');
      expect(languageSwitch.hasAttribute('compact')).to.be.true;
      expect(languageSwitch.getAttribute('theme')).to.equal('dark');

      // Then normal behaviour: the early language is only the author's default.
      await withControls(clause);
      switchButton(clause, 'en').click();
      await clause.updateComplete;
      expect(shownLanguage(clause)).to.equal('en');
      expect(clause.language).to.equal('en');
      switchButton(initiative, 'ru').click();
      await initiative.updateComplete;
      await follower.updateComplete;
      expect(shownLanguage(initiative)).to.equal('ru');
      expect(shownLanguage(follower)).to.equal('ru');
      expect(shownLanguage(clause), 'independent').to.equal('en');
      initiative.language = 'en';
      expect(initiative.getAttribute('lang')).to.equal('en');
    } finally {
      window.removeEventListener('error', onError);
      host.remove();
      localStorage.clear();
    }
    expect(errors).to.deep.equal([]);
  });
});
