/**
 * `npm run analyze`: custom-elements.json from the JSDoc of src/ (tags,
 * attributes, properties, events, slots, CSS parts and custom properties).
 */
/** Names of Lit properties declared with `state: true`. */
const internalState = new Set();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/tooling/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Lit's internal reactive state (`state: true` in `static
      // properties`: `copied`, `nearView`) is neither attribute nor public
      // API, but the analyzer lists it as both.
      name: 'qingdao-drop-internal-state',
      analyzePhase({ ts, node }) {
        if (
          !ts.isPropertyDeclaration(node) ||
          node.name.getText() !== 'properties' ||
          !node.initializer ||
          !ts.isObjectLiteralExpression(node.initializer)
        ) {
          return;
        }
        for (const property of node.initializer.properties) {
          if (/\bstate:\s*true\b/.test(property.getText())) {
            internalState.add(property.name.getText());
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.members = declaration.members?.filter(
              (member) => !internalState.has(member.name),
            );
            declaration.attributes = declaration.attributes?.filter(
              (attribute) => !internalState.has(attribute.fieldName),
            );
          }
        }
      },
    },
    {
      // Events dispatched as typed Event subclasses are documented by
      // `@fires`; the analyzer also lists them again without a name.
      name: 'qingdao-drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter(
                (event) => event.name,
              );
            }
          }
        }
      },
    },
  ],
};
