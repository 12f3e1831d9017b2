/**
 * Date resolution on TimeBank and AQUAINT (TimeML, each document with its creation time): the time stage reads
 * each text against its creation time; DATE expressions are matched by span (strict and overlapping) and the
 * matched ones scored on their TIMEX3 value, by class of expression (absolute, relative, fuzzy).
 */
import { readdirSync } from 'node:fs';
import { createAnalyzer, createPipeline, nlp, time, type Mention } from '../../src/index.js';
import { readData, type EvalContext, type Evaluation } from './context.js';
import { prf } from './metrics.js';
import { readTimeML, type Timex } from './timeml.js';

const FOLDERS = ['dev/dates/tbaq/TimeBank', 'dev/dates/tbaq/AQUAINT'];
type DateClass = 'absolute' | 'relative' | 'fuzzy';
const CLASSES: DateClass[] = ['absolute', 'relative', 'fuzzy'];

/** Fuzzy: no date ("recently"), a modifier ("late 2024"), or a period that is not a day, month or year ("1989-Q3"). */
function classOf(t: Timex): DateClass {
  if (/REF|Q|H\d|SP|SU|FA|WI|X/.test(t.value) || /^\d{2,3}$/.test(t.value) || (t.mod && t.mod !== 'EQUAL_OR_LESS')) return 'fuzzy';
  return t.temporalFunction ? 'relative' : 'absolute';
}

/** A span without the preposition TimeML leaves out ("on Wednesday" is "Wednesday") nor a possessive. */
function core(text: string, start: number): { start: number; end: number } {
  const lead = /^(?:(?:on|in|at|since|from|by|until|through|during|over|of|for)\s+)+/i.exec(text)?.[0].length ?? 0;
  const trail = /(?:'s|[.,;:])+$/.exec(text)?.[0].length ?? 0;
  return { start: start + lead, end: start + text.length - trail };
}

/** TimeML values compared as written, in one notation: weeks zero-padded ("2000-W7"), decades and centuries without X ("198X"). */
function normal(value: string): string {
  return value.replace(/-W(\d)(?!\d)/, '-W0$1').replace(/^(\d{2,3})X+$/, '$1');
}

interface Tally {
  gold: number;
  predicted: number;
  strict: number;
  overlap: number;
  valued: Record<DateClass, { matched: number; right: number }>;
  misses: string[];
  unmatched: string[];
}

function score(tally: Tally, gold: Timex[], predicted: Mention[], text: string, other: Timex[]): void {
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  const used = new Set<Mention>();
  for (const g of gold) {
    const gc = core(g.text, g.start);
    const p = predicted.find((m) => !used.has(m) && m.start < g.end && g.start < m.end);
    if (!p) {
      tally.unmatched.push(`missed "${g.text}" ${g.value}: ${text.slice(Math.max(0, g.start - 40), g.end + 20).replace(/\s+/g, ' ')}`);
      continue;
    }
    used.add(p);
    tally.overlap++;
    const pc = core(p.text, p.start);
    if (pc.start === gc.start && pc.end === gc.end) tally.strict++;
    const cls = classOf(g);
    tally.valued[cls].matched++;
    const ours = normal(p.timex ?? '');
    const theirs = normal(g.value);
    if (ours === theirs || (!theirs.includes('T') && ours.replace(/T.*$/, '') === theirs)) tally.valued[cls].right++;
    else tally.misses.push(`${cls.padEnd(8)} "${g.text}" gold ${g.value} got ${p.timex ?? '-'} ("${p.text}") ${text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' ')}`);
  }
  for (const p of predicted) {
    if (used.has(p)) continue;
    const kind = other.find((t) => t.start < p.end && p.start < t.end)?.type ?? 'none';
    tally.unmatched.push(`extra "${p.text}" ${p.timex ?? '-'} (gold ${kind}): ${text.slice(Math.max(0, p.start - 40), p.end + 20).replace(/\s+/g, ' ')}`);
  }
}

function run(ctx: EvalContext): Record<string, unknown> {
  const pipeline = createPipeline([nlp(createAnalyzer()), time()]);
  const tally: Tally = {
    gold: 0, predicted: 0, strict: 0, overlap: 0, misses: [], unmatched: [],
    valued: { absolute: { matched: 0, right: 0 }, relative: { matched: 0, right: 0 }, fuzzy: { matched: 0, right: 0 } },
  };
  let documents = 0;
  const started = performance.now();
  for (const folder of FOLDERS) {
    for (const file of readdirSync(ctx.dataDir + folder).filter((f) => f.endsWith('.tml')).sort()) {
      const doc = readTimeML(file, readData(ctx, `${folder}/${file}`));
      const coded = pipeline.run({ id: doc.id, url: null, title: null, published: doc.created, source: null, text: doc.text, origin: `${folder}/${file}` });
      const predicted = coded.mentions.filter((m) => m.kind === 'date' && !m.how.includes('duration'));
      score(tally, doc.timexes.filter((t) => t.type === 'DATE'), predicted, doc.text, doc.timexes.filter((t) => t.type !== 'DATE'));
      documents++;
    }
  }
  const ms = performance.now() - started;
  const strict = prf(tally.strict, tally.predicted, tally.gold);
  const overlap = prf(tally.overlap, tally.predicted, tally.gold);
  const f = (n: number) => n.toFixed(3);
  const { print } = ctx;
  print(`${documents} documents, ${tally.gold} DATE expressions, ${tally.predicted} predicted (nlp + time: ${(ms / documents).toFixed(1)} ms/document)`);
  print(`span strict   P ${f(strict.precision)}  R ${f(strict.recall)}  F1 ${f(strict.f1)}   (a leading "on"/"in" and a trailing "'s" aside)`);
  print(`span overlap  P ${f(overlap.precision)}  R ${f(overlap.recall)}  F1 ${f(overlap.f1)}`);
  let matched = 0;
  let right = 0;
  const byClass: Record<string, unknown> = {};
  print('value accuracy on overlapping spans, by class of the gold expression:');
  for (const cls of CLASSES) {
    const v = tally.valued[cls];
    matched += v.matched;
    right += v.right;
    byClass[cls] = { matched: v.matched, right: v.right, accuracy: v.matched ? v.right / v.matched : 0 };
    print(`  ${cls.padEnd(8)} ${f(v.matched ? v.right / v.matched : 0)}  (${v.right}/${v.matched})`);
  }
  const accuracy = matched ? right / matched : 0;
  print(`  ${'all'.padEnd(8)} ${f(accuracy)}  (${right}/${matched})   target >= 0.85 ${accuracy >= 0.85 ? 'PASS' : 'MISS'}`);
  if (process.env.ANNALS_EVAL_VERBOSE) for (const m of [...tally.misses, ...tally.unmatched]) print(`  ${m.startsWith('missed') || m.startsWith('extra') ? '' : 'miss '}${m}`);
  return { documents, gold: tally.gold, predicted: tally.predicted, spanStrict: strict, spanOverlap: overlap, valueAccuracy: accuracy, byClass };
}

/** The date-resolution evaluation. */
export const dates: Evaluation = {
  name: 'dates',
  title: 'Date resolution on TimeBank + AQUAINT (TimeML DATE expressions against each document\'s creation time)',
  needs: FOLDERS,
  run,
};
