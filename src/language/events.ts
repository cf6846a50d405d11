/**
 * The two events of the widgets' language, typed for
 * `addEventListener` and framework bindings through
 * `GlobalEventHandlersEventMap`. Both bubble and are composed, so a page or a
 * component around a widget hears them across shadow roots.
 */
import type { Language } from './tags.js';

export interface LanguageChangeDetail {
  /** The language now shown: `zh-Hans`, `en` or `ru`. */
  language: Language;
  /** The language shown before. */
  previous: Language;
}

/** A widget's text changed language, whatever changed it. Not cancelable. */
export class QingdaoLanguageChangeEvent extends CustomEvent<LanguageChangeDetail> {
  constructor(detail: LanguageChangeDetail) {
    super('qingdao-language-change', { bubbles: true, composed: true, detail });
  }
}

export interface LanguageSelectDetail {
  /** The language the reader pressed. */
  language: Language;
}

/**
 * The reader pressed a language other than the one shown. Cancelable:
 * `preventDefault()` stops the widget from acting on it, for a host that
 * handles the choice itself.
 */
export class QingdaoLanguageSelectEvent extends CustomEvent<LanguageSelectDetail> {
  constructor(detail: LanguageSelectDetail) {
    super('qingdao-language-select', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qingdao-language-change': QingdaoLanguageChangeEvent;
    'qingdao-language-select': QingdaoLanguageSelectEvent;
  }
}
