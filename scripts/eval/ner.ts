/**
 * Mention detection on two CoNLL sets (re3d train, wikigold): exact-span precision, recall and F1 for PER, ORG and
 * LOC, from `doc.mentions` mapped as `annals annotate` prints them (an `agent` such as "the army" is an
 * organisation; countries and places are locations). Bare nationality adjectives ("Iraqi") are MISC in both sets
 * and are left out. The two sets follow different guidelines, and annals' mentions are converted to each
 * (`ner-conll.ts` names the conventions, `ner-convention.ts` applies them): re3d marks names, descriptions and
 * pronouns ("the Coalition", "an ISIL tactical unit", "we") with an article before them and the title inside a
 * person's span, and a country acting (not named as a location) or a plural demonym ("Syrians") as an organisation;
 * wikigold (CoNLL style) marks names only, never starting with "the", a person without the title before the name,
 * and every country as a location, so descriptions and pronouns are left out of what annals is scored on there.
 * Error analysis by cause: `npx tsx scripts/eval/ner-errors.ts --set re3d-train`.
 */
import { loadActors } from '../../src/actors/index.js';
import { LABELS, readConll, SETS, type Entity, type Label } from './ner-conll.js';
import { predicted, titleMatcher } from './ner-convention.js';
import { articleOf, codeSafely, printErrors, readData, type EvalContext, type Evaluation } from './context.js';
import { f2, prf, round, table } from './metrics.js';

interface Tally {
  correct: number;
  predicted: number;
  gold: number;
}

function scoreSet(ctx: EvalContext, set: (typeof SETS)[number]): Record<string, unknown> {
  const docs = readConll(readData(ctx, set.file), set.name);
  const coder = ctx.coder();
  const { compiled } = loadActors();
  const titleAt = titleMatcher(compiled);
  const placeNouns = compiled.clues['place-noun'];
  const tally = new Map<Label, Tally>(LABELS.map((l) => [l, { correct: 0, predicted: 0, gold: 0 }]));
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  const errors: { id: string; error: string }[] = [];
  const started = performance.now();
  for (const doc of docs) {
    const result = codeSafely(coder, articleOf(doc.id, doc.text, null, `${set.file}#${doc.id}`));
    if (!result.ok) errors.push({ id: doc.id, error: result.error });
    const guesses = result.ok ? predicted(doc, result.coded.doc, set, titleAt, placeNouns) : [];
    const goldKeys = new Set(doc.gold.map((g) => `${g.start}:${g.end}:${g.label}`));
    const text = (e: Entity) => `${e.label} ${doc.tokens.slice(e.start, e.end).join(' ')}`;
    for (const g of doc.gold) tally.get(g.label)!.gold++;
    const hit = new Set<string>();
    for (const p of guesses) {
      if (!p) continue;
      const key = `${p.start}:${p.end}:${p.label}`;
      tally.get(p.label)!.predicted++;
      if (goldKeys.has(key)) {
        tally.get(p.label)!.correct++;
        hit.add(key);
      } else spurious.set(text(p), (spurious.get(text(p)) ?? 0) + 1);
    }
    for (const g of doc.gold) if (!hit.has(`${g.start}:${g.end}:${g.label}`)) missed.set(text(g), (missed.get(text(g)) ?? 0) + 1);
  }
  const seconds = (performance.now() - started) / 1000;
  const rows: (string | number)[][] = [['label', 'gold', 'found', 'right', 'P', 'R', 'F1']];
  const figures: Record<string, unknown> = {};
  const all: Tally = { correct: 0, predicted: 0, gold: 0 };
  for (const label of LABELS) {
    const t = tally.get(label)!;
    all.correct += t.correct;
    all.predicted += t.predicted;
    all.gold += t.gold;
    const s = prf(t.correct, t.predicted, t.gold);
    rows.push([label, t.gold, t.predicted, t.correct, f2(s.precision), f2(s.recall), f2(s.f1)]);
    figures[label] = { gold: t.gold, predicted: t.predicted, correct: t.correct, precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) };
  }
  const micro = prf(all.correct, all.predicted, all.gold);
  rows.push(['all (micro)', all.gold, all.predicted, all.correct, f2(micro.precision), f2(micro.recall), f2(micro.f1)]);
  ctx.print(`${set.name}: ${docs.length} articles, ${all.gold} PER/ORG/LOC entities, coded in ${seconds.toFixed(1)} s`);
  ctx.print(table(rows));
  const top = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12)
    .map(([k, n]) => `${k} (${n})`).join('; ');
  ctx.print(`  most missed: ${top(missed)}`);
  ctx.print(`  most spurious: ${top(spurious)}`);
  printErrors(ctx, errors);
  return { articles: docs.length, ...figures, micro: { precision: round(micro.precision), recall: round(micro.recall), f1: round(micro.f1) } };
}

/** The mention-detection evaluation, registered in `index.ts`. */
export const ner: Evaluation = {
  name: 'ner',
  title: 'mention detection (PER, ORG, LOC; exact span) on re3d train and wikigold',
  needs: SETS.map((s) => s.file),
  run(ctx) {
    const out: Record<string, unknown> = {};
    for (const [i, set] of SETS.entries()) {
      if (i > 0) ctx.print();
      out[set.name] = scoreSet(ctx, set);
    }
    return out;
  },
};
