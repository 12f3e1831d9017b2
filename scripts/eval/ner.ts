/**
 * Mention detection on two CoNLL sets (re3d train, wikigold): exact-span precision, recall and F1 for PER, ORG and
 * LOC, from `doc.mentions` mapped as `annals annotate` prints them (an `agent` such as "the army" is an
 * organisation; countries and places are locations). Bare nationality adjectives ("Iraqi") are MISC in both sets
 * and are left out. The two sets follow different guidelines, and annals' mentions are converted to each:
 * re3d marks names, descriptions and pronouns ("the Coalition", "an ISIL tactical unit", "he") with an article
 * before them in the span; wikigold (CoNLL style) marks names only, never starting with "the", so descriptions
 * ("the army") and pronouns are left out of what annals is scored on there.
 */
import { annotatedMention } from '../../src/cli/commands/annotate.js';
import type { AnnalsDocument, Mention } from '../../src/index.js';
import { articleOf, codeSafely, printErrors, readData, type EvalContext, type Evaluation } from './context.js';
import { f2, prf, round, table } from './metrics.js';

const SETS = [
  { name: 're3d-train', file: 'dev/ner/re3d-train.conll', determiners: 'include', mentions: 'all' },
  { name: 'wikigold', file: 'dev/ner/wikigold.conll', determiners: 'exclude', mentions: 'names' },
] as const;
type Convention = (typeof SETS)[number];
const LABELS = ['PER', 'ORG', 'LOC'] as const;
type Label = (typeof LABELS)[number];
const GOLD_LABEL: Record<string, Label> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', PER: 'PER', ORG: 'ORG', LOC: 'LOC' };

/** One article rebuilt from CoNLL tokens: its text, each token's offsets, and gold entities as token spans. */
interface ConllDoc {
  id: string;
  text: string;
  starts: number[];
  ends: number[];
  tokens: string[];
  gold: Entity[];
}
interface Entity {
  start: number;
  end: number;
  label: Label;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'|’s|n't|''|”)$/i;
const NO_SPACE_AFTER = /^(?:[([{$]|``|“)$/;

/**
 * Rebuild text from tokens with ordinary spacing, so the tokenizer sees prose. A hyphen or apostrophe between two
 * word tokens closes up ("al - Zarqawi" was "al-Zarqawi", "Da ’ esh" was "Da’esh").
 */
function detokenize(words: string[]): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const joiner = (i: number) => /^[-’']$/.test(words[i]!) && i > 0 && i + 1 < words.length && /\w$/.test(words[i - 1]!) && /^\w/.test(words[i + 1]!);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const tight = i === 0 || NO_SPACE_BEFORE.test(w) || NO_SPACE_AFTER.test(words[i - 1]!) || joiner(i) || joiner(i - 1);
    if (!tight) text += ' ';
    starts.push(text.length);
    text += w;
    ends.push(text.length);
  }
  return { text, starts, ends };
}

/** Read a CoNLL file (IOB1 or IOB2): wikigold's documents at `-DOCSTART-`; re3d, with no markers, by sentence. */
function readConll(raw: string, name: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const hasDocs = raw.includes('-DOCSTART-');
  const flush = () => {
    if (words.length === 0) return;
    const { text, starts, ends } = detokenize(words);
    const gold: Entity[] = [];
    let open: Entity | null = null;
    let openType = '';
    tags.forEach((tag, i) => {
      const [bio, type = ''] = tag === 'O' ? ['O'] : [tag.slice(0, 1), tag.slice(2)];
      const continues = open !== null && bio === 'I' && type === openType && words[i] !== '\n';
      if (continues) open!.end = i + 1;
      else {
        open = null;
        openType = '';
        if (bio !== 'O') {
          openType = type;
          const label = GOLD_LABEL[type];
          const entity = { start: i, end: i + 1, label: label ?? 'PER' };
          open = entity;
          if (label) gold.push(entity);
        }
      }
    });
    docs.push({ id: `${name}-${docs.length + 1}`, text, starts, ends, tokens: words, gold });
    words = [];
    tags = [];
  };
  for (const line of raw.split('\n')) {
    const cells = line.trim().split(/\s+/);
    if (cells[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    if (line.trim() === '') {
      if (!hasDocs) flush();
      else if (words.length > 0 && words[words.length - 1] !== '\n') {
        // A sentence break inside a document: a newline token that entities never cross.
        words.push('\n');
        tags.push('O');
      }
      continue;
    }
    words.push(cells[0]!);
    tags.push(cells[cells.length - 1]!);
  }
  flush();
  return docs;
}

/** The NER label of a mention as annotate prints it; null for dates and bare nationality adjectives. */
function labelOf(m: Mention): Label | null {
  const kind = annotatedMention(m).kind;
  if (kind === 'person') return 'PER';
  if (kind === 'organization') return 'ORG';
  if (kind === 'country' || kind === 'place') return m.how.includes('demonym') && m.sectors.length === 0 ? null : 'LOC';
  return null;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** A mention made of a name, not of sector words, a title or a pronoun ("Putin", "Mosul", "Syrian President Putin"). */
function isName(m: Mention): boolean {
  if (m.how.includes('pronoun') || m.how.includes('group') || m.how.includes('title')) return false;
  return m.kind !== 'agent' && !(m.kind === 'person' && m.entity === null && m.how[0] === 'dictionary' && !m.how.includes('composed'));
}

/** Predicted entities as token spans, converted to the set's conventions; unaligned spans never match. */
function predicted(doc: ConllDoc, coded: AnnalsDocument, set: Convention): (Entity | null)[] {
  const byStart = new Map(doc.starts.map((s, i) => [s, i]));
  const byEnd = new Map(doc.ends.map((e, i) => [e, i + 1]));
  const out = new Map<string, Entity | null>();
  for (const m of coded.mentions) {
    const label = labelOf(m);
    if (!label || (set.mentions === 'names' && !isName(m))) continue;
    let start = byStart.get(m.start);
    const end = byEnd.get(m.end);
    if (start === undefined || end === undefined) {
      out.set(`x${m.start}:${m.end}`, null);
      continue;
    }
    // An article belongs to the mention when the mention heads its noun phrase ("the Mosul operation" is not "the Mosul").
    const next = coded.tokens.find((t) => t.start >= m.end && t.start <= m.end + 1);
    const heads = !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ');
    if (set.determiners === 'include' && heads && start > 0 && ARTICLES.has(doc.tokens[start - 1]!.toLowerCase())) start--;
    if (set.determiners === 'exclude' && end - start > 1 && doc.tokens[start]!.toLowerCase() === 'the') start++;
    out.set(`${start}:${end}:${label}`, { start, end, label });
  }
  return [...out.values()];
}

interface Tally {
  correct: number;
  predicted: number;
  gold: number;
}

function scoreSet(ctx: EvalContext, set: (typeof SETS)[number]): Record<string, unknown> {
  const docs = readConll(readData(ctx, set.file), set.name);
  const coder = ctx.coder();
  const tally = new Map<Label, Tally>(LABELS.map((l) => [l, { correct: 0, predicted: 0, gold: 0 }]));
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  const errors: { id: string; error: string }[] = [];
  const started = performance.now();
  for (const doc of docs) {
    const result = codeSafely(coder, articleOf(doc.id, doc.text, null, `${set.file}#${doc.id}`));
    if (!result.ok) errors.push({ id: doc.id, error: result.error });
    const guesses = result.ok ? predicted(doc, result.coded.doc, set) : [];
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
