/**
 * Error analysis for mention detection: every false negative and false positive of a NER set, grouped by cause
 * (span boundary and what differs, wrong type, never found, spurious), per label, with examples in context.
 *
 * @example npx tsx scripts/eval/ner-errors.ts --set re3d-train
 * @example npx tsx scripts/eval/ner-errors.ts --set wikigold --label ORG --cause missed:name --examples 40
 */
import { parseArgs } from 'node:util';
import { createCoder } from '../../src/index.js';
import { articleOf, codeSafely, createContext, readData, sharedDataDir } from './context.js';
import { readConll, SETS, type ConllDoc, type Entity } from './ner-conll.js';
import { predicted, titleMatcher, type Prediction } from './ner-convention.js';
import { loadActors } from '../../src/actors/index.js';

const PRONOUNS = new Set([
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their', 'there', 'here',
  'this', 'that', 'these', 'those', 'who', 'which', 'itself', 'themselves', 'himself', 'herself', 'ourselves',
]);
const ARTICLES = new Set(['the', 'a', 'an']);

/** What a few tokens at a boundary are: an article, a possessive, punctuation, a lower-case word or a name. */
function sortOf(words: string[]): string {
  if (words.every((w) => ARTICLES.has(w.toLowerCase()))) return 'article';
  if (words.some((w) => /^['’]s?$/.test(w))) return 'possessive';
  if (words.every((w) => /^\W+$/.test(w))) return 'punct';
  if (words.every((w) => /^[a-z]/.test(w))) return 'lower';
  return 'name';
}

/** Why a span is what it is when nothing overlaps it: a pronoun, a description in lower case, or a name. */
function shapeOf(words: string[]): string {
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return 'pronoun';
  const rest = ARTICLES.has(words[0]!.toLowerCase()) ? words.slice(1) : words;
  if (rest.length === 0 || rest.every((w) => !/^\p{Lu}/u.test(w))) return 'generic';
  return 'name';
}

/** The boundary difference of a prediction against the gold span it overlaps ("+L:article", "-R:name"). */
function boundary(doc: ConllDoc, p: Entity, g: Entity): string {
  const parts: string[] = [];
  if (p.start < g.start) parts.push(`+L:${sortOf(doc.tokens.slice(p.start, g.start))}`);
  if (p.start > g.start) parts.push(`-L:${sortOf(doc.tokens.slice(g.start, p.start))}`);
  if (p.end > g.end) parts.push(`+R:${sortOf(doc.tokens.slice(g.end, p.end))}`);
  if (p.end < g.end) parts.push(`-R:${sortOf(doc.tokens.slice(p.end, g.end))}`);
  return parts.join(' ');
}

interface Finding {
  label: string;
  cause: string;
  example: string;
}

const overlaps = (a: Entity, b: Entity) => a.start < b.end && b.start < a.end;
const words = (doc: ConllDoc, e: Entity) => doc.tokens.slice(e.start, e.end).join(' ');

/** Every error of one document, one finding per gold entity missed and per prediction not matched. */
function findings(doc: ConllDoc, guesses: Prediction[]): Finding[] {
  const key = (e: Entity) => `${e.start}:${e.end}:${e.label}`;
  const goldKeys = new Set(doc.gold.map(key));
  const guessKeys = new Set(guesses.map(key));
  const out: Finding[] = [];
  const context = (e: Entity) => {
    const from = Math.max(0, e.start - 6);
    const to = Math.min(doc.tokens.length, e.end + 6);
    return `${doc.tokens.slice(from, e.start).join(' ')} [${words(doc, e)}] ${doc.tokens.slice(e.end, to).join(' ')}`.replace(/\n/g, '/');
  };
  for (const g of doc.gold) {
    if (guessKeys.has(key(g))) continue;
    const same = guesses.find((p) => p.start === g.start && p.end === g.end);
    const near = guesses.filter((p) => overlaps(p, g) && p.label === g.label);
    const other = guesses.find((p) => overlaps(p, g));
    let cause: string;
    let how = '';
    if (same) {
      cause = `type:as-${same.label}`;
      how = same.mention.how.join(',');
    } else if (near.length > 0) {
      cause = `boundary:${boundary(doc, near[0]!, g)}`;
      how = `got [${words(doc, near[0]!)}] ${near[0]!.mention.how.join(',')}`;
    } else if (other) {
      cause = `boundary+type:as-${other.label}`;
      how = `got [${words(doc, other)}]`;
    } else cause = `missed:${shapeOf(doc.tokens.slice(g.start, g.end))}`;
    out.push({ label: `FN ${g.label}`, cause, example: `${context(g)}${how ? `  <${how}>` : ''}` });
  }
  for (const p of guesses) {
    if (goldKeys.has(key(p))) continue;
    // A type or boundary error is counted once, on the gold side.
    if (doc.gold.some((g) => overlaps(p, g))) continue;
    out.push({ label: `FP ${p.label}`, cause: `spurious:${shapeOf(doc.tokens.slice(p.start, p.end))}`, example: `${context(p)}  <${p.mention.how.join(',')}>` });
  }
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: { set: { type: 'string', default: 're3d-train' }, label: { type: 'string' }, cause: { type: 'string' }, examples: { type: 'string', default: '3' } },
  });
  const set = SETS.find((s) => s.name === values.set);
  if (!set) throw new Error(`no set "${values.set}"; there are ${SETS.map((s) => s.name).join(', ')}`);
  const ctx = createContext(sharedDataDir(), (line = '') => console.log(line));
  const docs = readConll(readData(ctx, set.file), set.name);
  const coder = createCoder();
  const { compiled } = loadActors();
  const titleAt = titleMatcher(compiled);
  const placeNouns = compiled.clues['place-noun'];
  const all: Finding[] = [];
  let unaligned = 0;
  for (const doc of docs) {
    const result = codeSafely(coder, articleOf(doc.id, doc.text, null, `${set.file}#${doc.id}`));
    if (!result.ok) continue;
    const guesses = predicted(doc, result.coded.doc, set, titleAt, placeNouns);
    unaligned += guesses.filter((p) => p === null).length;
    all.push(...findings(doc, guesses.filter((p): p is Prediction => p !== null)));
  }
  const shown = all.filter((f) => (!values.label || f.label.endsWith(values.label)) && (!values.cause || f.cause.startsWith(values.cause)));
  const groups = new Map<string, Finding[]>();
  for (const f of shown) groups.set(`${f.label} ${f.cause}`, [...(groups.get(`${f.label} ${f.cause}`) ?? []), f]);
  console.log(`${set.name}: ${all.length} errors (${all.filter((f) => f.label.startsWith('FN')).length} FN, ${all.filter((f) => f.label.startsWith('FP')).length} FP), ${unaligned} predictions not aligned to tokens`);
  const n = Number(values.examples);
  for (const [name, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(list.length).padStart(5)}  ${name}`);
    for (const f of list.slice(0, n)) console.log(`         ${f.example}`);
  }
}

main();
