/**
 * `npm run analyze`: custom-elements.json from the JSDoc of src/ (tags,
 * attributes, properties, events, slots, CSS parts and custom properties).
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/tooling/**'],
  outdir: '.',
  litelement: true,
  plugins: [
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
