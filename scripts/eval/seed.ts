/**
 * The seed article (Syria's president to meet Putin in Moscow): the 12 events of the README table, found or
 * missing, and the mistakes the README warns against.
 */
import type { AnnalsDocument, Article, CodedEvent } from '../../src/index.js';
import { codeSafely, readData, type EvalContext, type Evaluation } from './context.js';
import { SEED_EXPECTED, SEED_PUBLISHED, type ExpectedDate, type ExpectedEvent } from './seed-expected.js';

const FILE = 'seed/syria-russia-moscow.json';
const README = 'seed/README.md';

type Part = 'source' | 'event' | 'target' | 'status' | 'date' | 'place';
const REQUIRED: Part[] = ['source', 'event', 'target', 'status', 'date'];
const WEIGHT: Record<Part, number> = { event: 3, source: 2, target: 2, status: 1, date: 1, place: 0.5 };

const prefixed = (code: string | null | undefined, prefixes: string[]) => !!code && prefixes.some((p) => code.startsWith(p));

function dateOk(event: CodedEvent, want: ExpectedDate): boolean {
  const { value, start, from } = event.date;
  if ('prefix' in want) return !!value && want.prefix.some((p) => value.startsWith(p));
  // "Before a day, no exact date": unresolved is right; a date taken from the publication date is not.
  if (from === 'published') return false;
  const first = start ?? value;
  return first === null || first === undefined || first < want.before;
}

/** Which parts of an expected event one annals event gets right. */
function partsRight(event: CodedEvent, want: ExpectedEvent): Set<Part> {
  const right = new Set<Part>();
  if (prefixed(event.source?.code, want.source)) right.add('source');
  if (prefixed(event.target?.code, want.target)) right.add('target');
  if (want.cameo.some((c) => event.cameo.startsWith(c)) || want.plover.includes(event.plover)) right.add('event');
  if (event.status === want.status) right.add('status');
  if (dateOk(event, want.date)) right.add('date');
  if (want.place === null || (event.location?.name ?? '').toLowerCase().includes(want.place.toLowerCase())) right.add('place');
  return right;
}

function describe(e: CodedEvent): string {
  const date = `${e.date.value ?? '?'} (${e.date.from})`;
  return `${e.cameo} ${e.plover} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.status} ${date} @${e.location?.name ?? '-'} ` +
    `[s${e.sentence} "${e.trigger.text}": ${e.pattern}]`;
}

function describeWant(w: ExpectedEvent): string {
  const date = 'prefix' in w.date ? w.date.prefix.join('|') : `before ${w.date.before}`;
  const event = [...w.cameo, ...w.plover].join('|');
  return `${w.source.join('|')} ${event} ${w.target.join('|')} ${w.status} ${date} @${w.place ?? '-'}`;
}

interface Match {
  found: boolean;
  placeOk: boolean;
  closest: CodedEvent | null;
  wrong: Part[];
}

function bestMatch(events: CodedEvent[], want: ExpectedEvent): Match {
  let best: { event: CodedEvent; right: Set<Part>; score: number } | null = null;
  for (const event of events) {
    const right = partsRight(event, want);
    const found = REQUIRED.every((p) => right.has(p));
    const score = [...right].reduce((s, p) => s + WEIGHT[p], 0) + (found ? 100 : 0);
    if (!best || score > best.score) best = { event, right, score };
  }
  if (!best) return { found: false, placeOk: false, closest: null, wrong: [...REQUIRED, 'place'] };
  const { right, event } = best;
  const wrong = (['source', 'event', 'target', 'status', 'date', 'place'] as Part[]).filter((p) => !right.has(p));
  return { found: REQUIRED.every((p) => right.has(p)), placeOk: right.has('place'), closest: event, wrong };
}

/** The index of the sentence holding a phrase, or -1. */
function sentenceWith(doc: AnnalsDocument, phrase: string): number {
  const at = doc.article.text.indexOf(phrase);
  if (at < 0) return -1;
  return doc.sentences.find((s) => s.start <= at && at < s.end)?.index ?? -1;
}

/** The mentions covering `[start, end)` (date mentions aside). */
function mentionsAt(doc: AnnalsDocument, start: number, end: number) {
  return doc.mentions.filter((m) => m.kind !== 'date' && m.start <= start && m.end >= end);
}

/** The README's "must not" list, checked; each entry is a mistake made. */
function mistakes(doc: AnnalsDocument): string[] {
  const out: string[] = [];
  const { text } = doc.article;
  for (const e of doc.events) {
    if (e.date.value?.startsWith(SEED_PUBLISHED) && (e.date.from === 'published' || e.date.from === 'dateline')) {
      out.push(`dated ${SEED_PUBLISHED} from the article date: ${describe(e)}`);
    }
  }
  const speculation = sentenceWith(doc, 'The Moscow summit could reinforce');
  for (const e of doc.events.filter((x) => x.sentence === speculation && x.status === 'occurred')) {
    out.push(`speculation coded as occurred ("The Moscow summit could reinforce ..."): ${describe(e)}`);
  }
  const analysts = sentenceWith(doc, 'Analysts expect');
  for (const e of doc.events) {
    if (/analyst/i.test(`${e.source?.text ?? ''} ${e.target?.text ?? ''}`)) out.push(`"Analysts" as an actor: ${describe(e)}`);
    else if (e.sentence === analysts && e.status === 'occurred') out.push(`expectation coded as occurred ("Analysts expect ..."): ${describe(e)}`);
  }
  const metonyms: [string, string, string][] = [
    ['agreements between Damascus and Moscow', 'Damascus', 'SYRGOV'],
    ['agreements between Damascus and Moscow', 'Moscow', 'RUSGOV'],
    ["at Damascus's request", 'Damascus', 'SYRGOV'],
  ];
  for (const [phrase, name, code] of metonyms) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    const start = at + phrase.indexOf(name);
    const found = mentionsAt(doc, start, start + name.length);
    if (!found.some((m) => m.code?.startsWith(code))) {
      const got = found.map((m) => `${m.kind} ${m.code ?? m.country ?? '-'}`).join(', ') || 'no mention';
      out.push(`"${name}" in "${phrase}" not an actor ${code} (${got})`);
    }
  }
  const surnames = [...text.matchAll(/(?<![-\w])Sharaa\b/g)];
  const lost = surnames.filter((m) => !mentionsAt(doc, m.index, m.index + 5).some((x) => x.code?.startsWith('SYR')));
  if (lost.length > 0) out.push(`"Sharaa" (surname alone) not a SYR actor mention at ${lost.length} of ${surnames.length} places (offsets ${lost.map((m) => m.index).join(', ')})`);
  const leaders = text.indexOf('the two leaders');
  if (leaders >= 0) {
    const group = mentionsAt(doc, leaders + 4, leaders + 'the two leaders'.length);
    const members = group.flatMap((m) => (m.members ?? []).map((i) => doc.mentions[i]?.code ?? ''));
    if (!(members.some((c) => c.startsWith('SYR')) && members.some((c) => c.startsWith('RUS')))) {
      out.push(`"the two leaders" not a mention standing for Sharaa and Putin (${group.length === 0 ? 'no mention' : `members: ${members.join(', ') || 'none'}`})`);
    }
  }
  return out;
}

function report(ctx: EvalContext): Record<string, unknown> {
  const input = JSON.parse(readData(ctx, FILE)) as { id: string; title?: string; published?: string; text: string };
  const article: Article = {
    id: input.id, url: null, title: input.title ?? null, published: input.published ?? null, source: null, text: input.text, origin: FILE,
  };
  const readmeRows = readData(ctx, README).split('\n').filter((l) => /^\| \d+ \|/.test(l)).length;
  const { print } = ctx;
  const result = codeSafely(ctx.coder(), article);
  if (!result.ok) {
    print(`coding the seed article threw: ${result.error}`);
    return { error: result.error, rowsFound: 0, rows: SEED_EXPECTED.length };
  }
  const { doc } = result.coded;
  print(`article: ${article.id}, published ${article.published}; ${doc.sentences.length} sentences, ${doc.mentions.length} mentions, ${doc.events.length} events`);
  if (readmeRows !== SEED_EXPECTED.length) print(`note: the README table has ${readmeRows} rows, seed-expected.ts ${SEED_EXPECTED.length}`);
  print();

  let found = 0;
  let places = 0;
  const rows: Record<string, unknown>[] = [];
  for (const row of SEED_EXPECTED) {
    const matches = row.events.map((want) => ({ want, ...bestMatch(doc.events, want) }));
    const parts = matches.filter((m) => m.found).length;
    const ok = parts === matches.length;
    if (ok) found++;
    if (ok && matches.every((m) => m.placeOk)) places++;
    const partNote = matches.length > 1 ? ` (${parts}/${matches.length} events)` : '';
    print(`#${String(row.n).padEnd(2)} ${ok ? 'FOUND  ' : 'MISSING'}${partNote}  ${row.cue}`);
    for (const m of matches) {
      print(`     want    ${describeWant(m.want)}`);
      const similar = m.closest && (!m.wrong.includes('event') || !(m.wrong.includes('source') || m.wrong.includes('target')));
      if (m.closest && similar) {
        const wrong = m.wrong.length ? `  <- wrong: ${m.wrong.join(', ')}` : '';
        print(`     ${m.found ? 'found  ' : 'closest'} ${describe(m.closest)}${wrong}`);
      } else print(`     closest (${m.closest ? 'nothing similar: no event of this type, nor one with both actors right' : 'no events at all'})`);
    }
    rows.push({ n: row.n, found: ok, events: matches.length, eventsFound: parts, placeRight: ok && matches.every((m) => m.placeOk) });
  }
  print();
  print(`rows found: ${found}/${SEED_EXPECTED.length} (found with the place right as well: ${places}/${SEED_EXPECTED.length})`);

  const made = mistakes(doc);
  print(`mistakes made: ${made.length}`);
  for (const m of made) print(`  - ${m}`);
  print();
  print('all annals events:');
  for (const e of doc.events) print(`  ${describe(e)}`);
  if (doc.events.length === 0) print('  (none)');

  return { rowsFound: found, rows: SEED_EXPECTED.length, placesRight: places, events: doc.events.length, perRow: rows, mistakes: made };
}

/** The seed-article evaluation. */
export const seed: Evaluation = {
  name: 'seed',
  title: 'Seed article: the 12 README events and the listed mistakes',
  needs: [FILE, README],
  run: report,
};
