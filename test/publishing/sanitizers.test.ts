/**
 * The embed code through the HTML filters partner sites run on stored posts
 * (research: shared/research/publishing-tools.md): see reader.ts.
 */
import { describeTools, harness } from './reader.js';

await describeTools(
  [harness('sanitizers', true), harness('wordpress')],
  ['en', 'zh-Hans', 'ru'],
);
