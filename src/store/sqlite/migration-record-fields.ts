import type { Migration } from './migrations.js';

/**
 * Schema version 5: what coding gives that earlier versions did not keep: each event's PLOVER contexts (a JSON list;
 * null for events stored before, which then come back without `contexts`) and the article's byline.
 */
export const recordFieldsMigration: Migration = {
  version: 5,
  name: 'event contexts and article bylines',
  up: `
ALTER TABLE events ADD COLUMN contexts TEXT;
ALTER TABLE articles ADD COLUMN byline TEXT;
`,
};
