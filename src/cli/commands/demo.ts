import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder } from '../../coder/index.js';
import { readInputs } from '../../ingest/index.js';
import type { EventRecord } from '../../model/index.js';
import { describeLocation } from '../../store/index.js';
import { parse } from '../args.js';
import { warn } from '../io.js';
import { printSummary } from '../summary.js';
import { openDatabase } from './database.js';

export const DEMO_HELP = `Usage: annals demo [--db DB]

Code the bundled example articles (examples/*.json) into a database (default annals.db; a SQLite file or a
PostgreSQL URL postgres://user@host/name) and print a summary:
events by PLOVER type, the top dyads, and one article's events with their evidence. This is what npm start runs.`;

const EXAMPLES_DIR = new URL('../../../examples/', import.meta.url).pathname;

/** `annals demo`: the bundled examples, coded and summarised. */
export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { db: { type: 'string' } });
  if (values.help) {
    console.log(DEMO_HELP);
    return 0;
  }
  const db = values.db ?? 'annals.db';
  const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => join(EXAMPLES_DIR, f));
  const coder = createCoder();
  const store = await openDatabase(db);
  if (store == null) return 1;
  const all: EventRecord[] = [];
  let failed = 0;
  try {
    for await (const item of readInputs(files)) {
      if (!item.ok) {
        failed++;
        warn(`annals: ${item.origin}: ${item.reason}`);
        continue;
      }
      const { doc, records } = coder.code(item.article);
      await store.save(doc, records);
      all.push(...records);
    }
    const counts = await store.counts();
    console.log(`annals: coded ${files.length - failed} example articles into ${describeLocation(db)} (${counts.articles} articles, ${counts.events} events stored)\n`);
    printSummary(all, (line) => console.log(line));
  } finally {
    await store.close();
  }
  return failed > 0 ? 1 : 0;
}
