/**
 * Tokens are an API: every `--qingdao-*` custom property an element's
 * styles read is documented in its JSDoc (and so in custom-elements.json,
 * with a default) and listed in the README's tokens table, and nothing
 * documented goes unread. In the spirit of material-web's token tests.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import '../../src/index.js';
import {
  QingdaoClause,
  QingdaoInitiative,
  QingdaoLanguageSwitch,
} from '../../src/index.js';

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string; default?: string; description?: string }[];
}

const ELEMENTS = [
  ['qingdao-clause', QingdaoClause],
  ['qingdao-initiative', QingdaoInitiative],
  ['qingdao-language-switch', QingdaoLanguageSwitch],
] as const;

/** The public tokens an element's own stylesheets read. */
function tokensRead(styles: CSSResultOrNative[]): string[] {
  const text = styles
    .map((style) =>
      style instanceof CSSStyleSheet
        ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
        : style.cssText,
    )
    .join('\n');
  const reads = text.matchAll(/var\(\s*(--qingdao-[a-z0-9-]+)/g);
  return [...new Set([...reads].map((match) => match[1]!))].sort();
}

let declarations: Map<string, ManifestDeclaration>;
let readme: string;

before(async () => {
  const manifest = await (await fetch('/custom-elements.json')).json();
  declarations = new Map(
    manifest.modules
      .flatMap(
        (module: { declarations?: ManifestDeclaration[] }) =>
          module.declarations ?? [],
      )
      .filter((declaration: ManifestDeclaration) => declaration.tagName)
      .map((declaration: ManifestDeclaration) => [
        declaration.tagName,
        declaration,
      ]),
  );
  readme = await (await fetch('/README.md')).text();
});

for (const [tag, element] of ELEMENTS) {
  describe(`<${tag}> tokens`, () => {
    it('documents exactly the tokens its styles read, each with a default and a meaning', () => {
      const read = tokensRead(element.elementStyles);
      expect(read.length).to.be.greaterThan(10);
      const documented = declarations.get(tag)!.cssProperties ?? [];
      expect(documented.map((token) => token.name).sort()).to.deep.equal(read);
      for (const token of documented) {
        expect(token.default, `${token.name} default`).to.be.a('string').and.not
          .be.empty;
        expect(token.description, `${token.name} description`).to.be.a('string')
          .and.not.be.empty;
      }
    });

    it('is listed in the README tokens table', () => {
      for (const token of tokensRead(element.elementStyles)) {
        const row = new RegExp(`^\\| \`${token}\` +\\|`, 'm');
        expect(row.test(readme), `README row for ${token}`).to.be.true;
      }
    });
  });
}
