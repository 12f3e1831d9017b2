import type { Migration } from './migrations.js';

// The full-text index of evidence is written by the store's save, not by triggers on `events`. A trigger makes every
// event insert a statement that may need undoing half-way, so SQLite copied each page it touched to a statement
// journal first: about a third of the cost of a save. The index itself is unchanged (no rebuild): the store adds an
// event's evidence after inserting the event and deletes it before deleting the event (see `store.ts`).
const triggers = `
DROP TRIGGER events_fts_insert;
DROP TRIGGER events_fts_delete;
DROP TRIGGER events_fts_update;
`;

/** Schema version 6: the evidence index is kept by the store's writes, without triggers. */
export const searchWritesMigration: Migration = {
  version: 6,
  name: 'full-text index of evidence written by the store, not by triggers',
  up: triggers,
};
