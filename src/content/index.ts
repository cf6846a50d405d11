export * from './types.js';
export { initiative } from './initiative.js';
export { release } from './release.js';
export { editorial } from './editorial.js';
export { attributionDash, clauseText, labelSeparator } from './typesetting.js';
export type { ClauseText } from './typesetting.js';
