/**
 * CASE 2021 task 2: fine-grained event classification of 1,019 news snippets into 30 labels. annals codes each
 * snippet; its events are mapped to labels by `case2021-labels.ts` and one label is chosen per snippet.
 */
import type { CodedEvent } from '../../src/index.js';
import { CASE_LABELS, NON_POLITICAL, labelEvent, type LabelRule } from './case2021-labels.js';
import { articleOf, codeSafely, printErrors, readData, type EvalContext, type Evaluation } from './context.js';
import { Confusion, f2, macroF1, pct, ratio, round, share, table } from './metrics.js';

const SNIPPETS = 'dev/events/case2021-task2-test.tsv';
const LABEL_LIST = 'dev/events/case2021-task2-event-types.txt';
/** The date tried besides "unknown": the snippets are from many years, so any fixed date is a guess. */
const FIXED_DATE = '2021-01-01';
const NONE = 'NONE';

interface Snippet {
  id: string;
  text: string;
  gold: string;
}

/** Read the TSV (`id`, `EventSnippet`, `SubType`); fields are not quoted. */
function readSnippets(tsv: string): Snippet[] {
  const [header, ...lines] = tsv.split(/\r?\n/);
  const columns = (header ?? '').split('\t');
  const at = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`${SNIPPETS}: no column "${name}" in the header`);
    return i;
  };
  const [id, text, gold] = [at('id'), at('EventSnippet'), at('SubType')];
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const f = line.split('\t');
      return { id: f[id] ?? '', text: f[text] ?? '', gold: (f[gold] ?? '').trim() };
    });
}

/** The upper-case label names listed in the task's note (a check that the TSV uses the documented labels). */
function documentedLabels(note: string): Set<string> {
  return new Set(note.split(/\r?\n/).map((l) => l.trim()).filter((l) => /^[A-Z][A-Z_]+$/.test(l) && l !== 'EVENT'));
}

interface Labelled {
  event: CodedEvent;
  rule: LabelRule;
}

const isMaterial = (e: CodedEvent) => e.quadClass === 2 || e.quadClass === 4;

/**
 * The one label of a snippet. Among events with a label: events that occurred before planned, negated or
 * hypothetical ones; material events (quad class 2 or 4) before verbal ones; the more severe first (lower
 * Goldstein weight); then the higher confidence; then text order.
 */
function chooseLabel(events: CodedEvent[]): { label: string; chosen: Labelled | null; all: Labelled[] } {
  const all = events.map((event) => ({ event, rule: labelEvent(event) }));
  const ranked = all
    .map((l, order) => ({ ...l, order }))
    .filter((l) => l.rule.label !== null)
    .sort((a, b) =>
      Number(b.event.status === 'occurred') - Number(a.event.status === 'occurred') ||
      Number(isMaterial(b.event)) - Number(isMaterial(a.event)) ||
      a.event.goldstein - b.event.goldstein ||
      b.event.confidence - a.event.confidence ||
      a.order - b.order);
  const best = ranked[0];
  return { label: best?.rule.label ?? NONE, chosen: best ?? null, all };
}

interface RunResult {
  confusion: Confusion;
  predictions: Map<string, string>;
  errors: { id: string; error: string }[];
  /** Non-political snippets: how many, and how many produced a political event (by rule id). */
  nonPolitical: { total: number; clean: number; byLabel: Map<string, { total: number; clean: number }>; rules: Map<string, number> };
  events: number;
  withEvents: number;
  ruleHits: Map<string, number>;
  chosenRules: Map<string, number>;
  ms: number;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function runOnce(ctx: EvalContext, snippets: Snippet[], published: string | null): RunResult {
  const coder = ctx.coder();
  const started = performance.now();
  const r: RunResult = {
    confusion: new Confusion(), predictions: new Map(), errors: [], events: 0, withEvents: 0,
    nonPolitical: { total: 0, clean: 0, byLabel: new Map(), rules: new Map() }, ruleHits: new Map(), chosenRules: new Map(), ms: 0,
  };
  for (const s of snippets) {
    const result = codeSafely(coder, articleOf(`case2021-${s.id}`, s.text, published, `${SNIPPETS}:${s.id}`));
    if (!result.ok) {
      r.errors.push({ id: s.id, error: result.error });
      r.confusion.add(s.gold, NONE);
      r.predictions.set(s.id, NONE);
      continue;
    }
    const events = result.coded.doc.events;
    const { label, chosen, all } = chooseLabel(events);
    r.events += events.length;
    if (events.length > 0) r.withEvents++;
    for (const l of all) bump(r.ruleHits, l.rule.id);
    if (chosen) bump(r.chosenRules, chosen.rule.id);
    r.confusion.add(s.gold, label);
    r.predictions.set(s.id, label);
    if ((NON_POLITICAL as readonly string[]).includes(s.gold)) {
      const political = all.filter((l) => l.rule.political);
      const entry = r.nonPolitical.byLabel.get(s.gold) ?? { total: 0, clean: 0 };
      entry.total++;
      r.nonPolitical.total++;
      if (political.length === 0) {
        entry.clean++;
        r.nonPolitical.clean++;
      }
      r.nonPolitical.byLabel.set(s.gold, entry);
      for (const l of political) bump(r.nonPolitical.rules, `${l.rule.id} (${l.event.cameo})`);
    }
  }
  r.ms = performance.now() - started;
  return r;
}

function figures(r: RunResult, political: readonly string[]) {
  const scores = r.confusion.scores(political);
  return { accuracy: r.confusion.accuracy(), macroF1: macroF1(scores), scores };
}

function report(ctx: EvalContext): Record<string, unknown> {
  const snippets = readSnippets(readData(ctx, SNIPPETS));
  const documented = documentedLabels(readData(ctx, LABEL_LIST));
  const goldLabels = [...new Set(snippets.map((s) => s.gold))].sort();
  const undocumented = goldLabels.filter((l) => !documented.has(l) || !(CASE_LABELS as readonly string[]).includes(l));
  const political = CASE_LABELS.filter((l) => !NON_POLITICAL.includes(l)).sort();
  const { print } = ctx;

  print(`snippets: ${snippets.length}, gold labels: ${goldLabels.length}${undocumented.length ? ` (not in the label list: ${undocumented.join(', ')})` : ''}`);
  const main = runOnce(ctx, snippets, null);
  const fixed = runOnce(ctx, snippets, FIXED_DATE);
  const m = figures(main, political);
  const f = figures(fixed, political);
  const changed = snippets.filter((s) => main.predictions.get(s.id) !== fixed.predictions.get(s.id)).length;

  print(`coded in ${(main.ms / 1000).toFixed(1)} s (${(main.ms / snippets.length).toFixed(1)} ms/snippet); ` +
    `snippets with an event: ${ratio(main.withEvents, snippets.length)}; events: ${main.events}`);
  printErrors(ctx, main.errors);
  print();
  print(`published = null (reported):`);
  print(`  accuracy, all ${snippets.length} snippets:          ${pct(m.accuracy)}`);
  print(`  macro-F1, ${political.length} political labels:        ${f2(m.macroF1)}`);
  print(`  snippets with no label (NONE):          ${ratio(main.confusion.scores([NONE])[0]?.predicted ?? 0, snippets.length)}`);
  print(`published = ${FIXED_DATE} (for comparison):`);
  print(`  accuracy ${pct(f.accuracy)}, macro-F1 ${f2(f.macroF1)}; snippets whose label changed: ${changed}`);
  print();

  const all = main.confusion.scores([...CASE_LABELS].sort());
  print('per label (published = null; * = non-political label, not in macro-F1):');
  print(table([
    ['label', 'support', 'predicted', 'correct', 'precision', 'recall', 'F1'],
    ...all.map((s) => [
      (NON_POLITICAL as readonly string[]).includes(s.label) ? `${s.label} *` : s.label,
      s.support, s.predicted, s.correct, f2(s.precision), f2(s.recall), f2(s.f1),
    ]),
    ['NONE (no event)', 0, main.confusion.scores([NONE])[0]?.predicted ?? 0, '', '', '', ''],
  ]));
  print();

  const np = main.nonPolitical;
  const npShare = share(np.clean, np.total);
  print(`non-political snippets (${NON_POLITICAL.join(', ')}) with NO political event: ${ratio(np.clean, np.total)}` +
    ` -- target >= 80%: ${npShare >= 0.8 ? 'MET' : 'NOT MET'}`);
  for (const label of NON_POLITICAL) {
    const e = np.byLabel.get(label) ?? { total: 0, clean: 0 };
    print(`  ${label.padEnd(18)} ${ratio(e.clean, e.total)}`);
  }
  if (np.rules.size > 0) {
    print(`  political events coded in them, by mapping rule: ${[...np.rules].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  print();

  const confusions = main.confusion.top(15);
  print('top confusions (gold -> predicted):');
  print(table([['gold', 'predicted', 'count'], ...confusions.map((c) => [c.gold, c.predicted, c.count])]));
  print();
  const hits = [...main.ruleHits].sort((a, b) => b[1] - a[1]);
  print(`mapping rules used (events; times chosen): ${hits.length === 0 ? 'none' : hits.map(([k, n]) => `${k} ${n};${main.chosenRules.get(k) ?? 0}`).join(', ')}`);

  return {
    snippets: snippets.length,
    errors: main.errors.length,
    withEvents: main.withEvents,
    events: main.events,
    accuracy: round(m.accuracy),
    macroF1Political: round(m.macroF1),
    fixedDate: { published: FIXED_DATE, accuracy: round(f.accuracy), macroF1Political: round(f.macroF1), changed },
    nonPolitical: { total: np.total, noPoliticalEvent: np.clean, share: round(npShare), targetMet: npShare >= 0.8 },
    perLabel: Object.fromEntries(all.map((s) => [s.label, {
      support: s.support, predicted: s.predicted, correct: s.correct, precision: round(s.precision), recall: round(s.recall), f1: round(s.f1),
    }])),
    none: main.confusion.scores([NONE])[0]?.predicted ?? 0,
    topConfusions: confusions,
    ruleHits: Object.fromEntries(hits),
  };
}

/** The CASE 2021 task 2 evaluation. */
export const case2021: Evaluation = {
  name: 'case2021',
  title: 'CASE 2021 task 2: event type of news snippets (ACLED sub-event types + 5 more)',
  needs: [SNIPPETS, LABEL_LIST],
  run: report,
};

