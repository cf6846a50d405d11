/**
 * The embed code through the visual editors partner sites run (research:
 * shared/research/publishing-tools.md), set and pasted: see reader.ts.
 */
import { describeTools, harness } from './reader.js';

// Two languages, one of each script family: the editors take minutes.
await describeTools(
  [
    harness('tinymce'),
    harness('ckeditor', true),
    harness('quill', true),
    harness('kindeditor'),
  ],
  ['en', 'zh-Hans'],
);
