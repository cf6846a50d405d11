/**
 * The messages between an embed page and the page that frames it
 * (`postMessage`, any origin: they carry a number, nothing private).
 *
 * - `{ type: 'qingdao-embed:height', height }` from the embed page: its
 *   content's height in CSS px, whenever it changes.
 * - `{ type: 'qingdao-embed:measure' }` to the embed page: report again.
 */
export const HEIGHT_MESSAGE = 'qingdao-embed:height';
export const MEASURE_MESSAGE = 'qingdao-embed:measure';
