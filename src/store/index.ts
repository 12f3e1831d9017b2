export type { EventQuery, SaveResult, Store } from './store.js';
export { openSqliteStore } from './sqlite/store.js';
export type { SqliteStoreOptions } from './sqlite/store.js';
