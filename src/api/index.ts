export { createApp, DEFAULT_MAX_BODY } from './app.js';
export type { AppOptions } from './app.js';
export { loadWebAssets } from './static.js';
export type { WebAssets } from './static.js';
export { openApiDocument } from './openapi.js';
export { segments } from './highlight.js';
export type { Role, Segment } from './highlight.js';
