export type { CameoCode, CameoQuadClass, CameoTable } from './types.js';
export type { PloverType } from './plover.js';
export { PLOVER_TYPES, isPloverType } from './plover.js';
export { isCameoCodeShape, parentOf, quadClassOfRoot, rootOf } from './codes.js';
export { CameoDataError } from './tsv.js';
export { CAMEO_FILES, loadCameo } from './load.js';
export { createCameoTable } from './table.js';
