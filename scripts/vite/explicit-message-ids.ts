import type { Plugin } from 'vite';

const GENERATOR = '\0qingdao-explicit-message-ids';

/**
 * Leaves @lit/localize's message-id hashing (FNV-1a 64 over each template,
 * about 300 B brotli) out of the module. Every `msg()` in src/ names its
 * `id`, so the runtime never hashes; `npm run localize:check` fails on a
 * message without one. Should one slip through anyway, it fails loudly
 * instead of showing the English text in every locale.
 */
export function explicitMessageIds(): Plugin {
  return {
    name: 'qingdao-explicit-message-ids',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './id-generation.js' &&
        importer?.includes('/@lit/localize/')
        ? GENERATOR
        : null;
    },
    load(id) {
      return id === GENERATOR
        ? 'export const generateMsgId = () => { throw Error("msg() id"); };'
        : null;
    },
  };
}
