import { dictionaryCounts, leftOver, loadActors } from '../../actors/index.js';
import { createUnknownTally } from '../../actors/unknown.js';
import { createCoder } from '../../coder/index.js';
import { createPipeline } from '../../pipeline/index.js';
import { describeLocation } from '../../store/index.js';
import type { Store } from '../../store/index.js';
import { choiceOption, parse, UsageError } from '../args.js';
import { openOutput, warn } from '../io.js';
import { openDatabase } from './database.js';

export const ACTORS_HELP = `Usage: annals actors --unknown [--db DB] [--limit N] [--format text|jsonl] [--dict DIR]
       annals actors --counts [--dict DIR]
       annals actors --check [--dict DIR]

Look into the actor dictionaries and what they miss.

  --unknown        list the names no dictionary knows in the stored articles, most frequent first, with the
                   kind annals guessed (person, organization, place) and how many articles name them: the
                   names worth adding to a dictionary. Read from the articles' texts in the store, with the
                   dictionaries as they are now, so a name added with --dict no longer shows.
  --counts         how many countries, regions, people, organisations, roles and alias strings are loaded
  --check          list every broken dictionary entry (file, line, reason); exit status 1 if there is one

Options:
  --db DB          SQLite file, or PostgreSQL URL postgres://user@host/name (default: annals.db)
  --limit N        at most N names (default 50)
  --format FORMAT  text (default) or jsonl
  --dict DIR       extra actor dictionaries, annals or PETRARCH format (repeatable)
  --out FILE       write to FILE instead of standard output

Example:
  annals actors --unknown --db news.db --limit 20`;

const PAGE = 1000;

/** Every stored article id, in id order (the order names are tallied in): summaries are read a page at a time. */
async function storedIds(store: Store): Promise<string[]> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.articles({ limit: PAGE, offset });
    for (const article of page) ids.add(article.id);
    if (page.length < PAGE) break;
  }
  return [...ids].sort();
}

/** `annals actors`. */
export async function actorsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    unknown: { type: 'boolean' }, counts: { type: 'boolean' }, check: { type: 'boolean' }, db: { type: 'string' },
    limit: { type: 'string' }, format: { type: 'string' }, dict: { type: 'string', multiple: true }, out: { type: 'string' },
  });
  if (values.help) {
    console.log(ACTORS_HELP);
    return 0;
  }
  const modes = [values.unknown, values.counts, values.check].filter(Boolean).length;
  if (modes !== 1) throw new UsageError('annals actors needs one of --unknown, --counts or --check');
  const format = choiceOption(values.format, 'format', ['text', 'jsonl'] as const, 'text');
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit must be a positive whole number');
  const { compiled, dictionary } = loadActors(values.dict ?? []);
  const output = openOutput(values.out);
  try {
    if (values.check) {
      for (const p of dictionary.problems) output.write(`${p.file}:${p.line}: ${p.reason}\n`);
      if (dictionary.problems.length === 0) output.write('no broken entries\n');
      return dictionary.problems.length > 0 ? 1 : 0;
    }
    if (values.counts) {
      const counts = dictionaryCounts(dictionary, compiled);
      if (format === 'jsonl') output.write(JSON.stringify(counts) + '\n');
      else for (const [key, n] of Object.entries(counts)) output.write(`${key.padEnd(22)}${String(n).padStart(7)}\n`);
      return 0;
    }
    const db = values.db ?? 'annals.db';
    const store = await openDatabase(db, true);
    if (store == null) return 1;
    for (const p of dictionary.problems) warn(`annals: ${p.file}:${p.line}: ${p.reason}`);
    // Unknown names are read again from the stored texts rather than kept in a table: the list always reflects
    // the dictionaries of this run, and the store's schema stays as it is. The stages run up to the places
    // stage, so that a place its gazetteer knows is not listed as unknown.
    const stages = createCoder({ dictionaries: values.dict ?? [] }).pipeline.stages;
    const last = Math.max(stages.findIndex((s) => s.name === 'actors'), stages.findIndex((s) => s.name === 'places'));
    const pipeline = createPipeline([...stages.slice(0, last + 1)]);
    const tally = createUnknownTally();
    let articles = 0;
    try {
      for (const id of await storedIds(store)) {
        const row = await store.article(id);
        if (row == null) continue;
        const { url, title, published, source, text } = row;
        const doc = pipeline.run({ id, url, title, published, source, text, origin: `${describeLocation(db)}#${id}` });
        tally.add(id, [...doc.mentions, ...leftOver(doc)]);
        articles++;
      }
    } finally {
      await store.close();
    }
    const names = tally.list().slice(0, limit);
    if (format === 'jsonl') for (const n of names) output.write(JSON.stringify(n) + '\n');
    else {
      output.write(`${names.length} most frequent of the names no dictionary knows, in ${articles} stored articles\n`);
      output.write(`${'count'.padStart(6)}  ${'articles'.padStart(8)}  ${'kind'.padEnd(12)}  name\n`);
      for (const n of names) output.write(`${String(n.count).padStart(6)}  ${String(n.articles).padStart(8)}  ${n.kind.padEnd(12)}  ${n.name}\n`);
    }
    return 0;
  } finally {
    await output.close();
  }
}
