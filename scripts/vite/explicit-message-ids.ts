import { dirname } from 'node:path';
import type { Plugin } from 'vite';

const RUNTIME = '\0qingdao-runtime-msg';

/**
 * @lit/localize's `msg()` runtime, for messages that all name their `id`
 * and are strings or `str` templates (never `html`): it looks each up by
 * its id. The library's own runtime also hashes messages without an id
 * (FNV-1a 64 over the template) and reorders `html` expressions, about
 * 450 B brotli our module would carry unused. `npm run localize:check`
 * fails on a message without an id; should one slip through, it fails
 * loudly here instead of showing English in every locale.
 */
const runtime = (folder: string) => `
import { defaultMsg } from '${folder}/default-msg.js';
import { joinStringsAndValues } from '${folder}/str-tag.js';
export function runtimeMsg(templates, template, options) {
  const id = options?.id;
  if (!id) throw Error('msg() id');
  const localized = templates?.[id];
  return localized === undefined
    ? defaultMsg(template)
    : typeof localized === 'string'
      ? localized
      : joinStringsAndValues(localized.strings, template.values, localized.values);
}
`;

export function explicitMessageIds(): Plugin {
  return {
    name: 'qingdao-explicit-message-ids',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (
        !source.endsWith('/runtime-msg.js') ||
        !importer?.includes('/@lit/localize/')
      ) {
        return null;
      }
      // Named after the library's own, whose folder its imports come from.
      const real = await this.resolve(source, importer, { skipSelf: true });
      return real && `${RUNTIME}:${real.id}`;
    },
    load(id) {
      return id.startsWith(`${RUNTIME}:`)
        ? runtime(dirname(id.slice(RUNTIME.length + 1)))
        : null;
    },
  };
}
