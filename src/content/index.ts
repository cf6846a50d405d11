export * from './types.js';
export { initiative } from './initiative.js';
export { release } from './release.js';
export { editorial } from './editorial.js';
