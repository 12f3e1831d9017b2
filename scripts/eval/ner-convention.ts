/**
 * annals' mentions converted to a NER set's conventions (see `SETS` in `ner-conll.ts`): the label `annals annotate`
 * prints, a country as an organisation where it acts (re3d), names apart from descriptions and pronouns (wikigold),
 * an article in or out of the span, a person's title in or out of it.
 */
import { annotatedMention } from '../../src/cli/commands/annotate.js';
import type { CompiledActors } from '../../src/actors/index.js';
import type { AnnalsDocument, Mention } from '../../src/index.js';
import type { ConllDoc, Convention, Entity, Label } from './ner-conll.js';

/**
 * The NER label of a mention as annotate prints it; null for dates and bare nationality adjectives. Where a set
 * counts acting countries as organisations (re3d), a country not read as a location (`how` has `locative`: "strikes
 * in Syria") is an organisation ("Russia said", "the UK's commitment").
 */
export function labelOf(m: Mention, set?: Convention): Label | null {
  const kind = annotatedMention(m).kind;
  if (kind === 'person') return 'PER';
  if (kind === 'organization') return 'ORG';
  if (kind === 'country' && set?.countries === 'actors' && !m.how.includes('locative')) {
    // A demonym in the plural is people ("Syrians fled"), an organisation in re3d; in the singular, an adjective.
    if (!m.how.includes('demonym') || /s$/.test(m.text)) return 'ORG';
  }
  if (kind === 'country' || kind === 'place') return m.how.includes('demonym') && m.sectors.length === 0 ? null : 'LOC';
  return null;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** A mention made of a name, not of sector words, a title or a pronoun ("Putin", "Mosul", "Syrian President Putin"). */
export function isName(m: Mention): boolean {
  if (m.how.includes('pronoun') || m.how.includes('group') || m.how.includes('title')) return false;
  return m.kind !== 'agent' && !(m.kind === 'person' && m.entity === null && m.how[0] === 'dictionary' && !m.how.includes('composed'));
}

/** How many tokens of a title or office open `words` at `i` ("Brigadier General", "Dr.", "Syrian President"), or 0. */
export type TitleAt = (words: string[], i: number) => number;

/** Titles as the dictionaries know them: sector words, person titles ("Mr.", "Gen.") and demonyms before a title. */
export function titleMatcher(compiled: CompiledActors): TitleAt {
  const isTitle = (key: string) => compiled.clues['person-title'].has(key)
    || (compiled.senses.get(key) ?? []).some((s) => s.type === 'agent' || (s.type === 'country' && s.via === 'demonym'));
  return (words, i) => {
    for (let n = Math.min(3, words.length - i); n > 0; n--) if (isTitle(words.slice(i, i + n).join(' ').toLowerCase())) return n;
    return 0;
  };
}

/** A predicted entity and the mention it came from. */
export interface Prediction extends Entity {
  mention: Mention;
}

/** Predicted entities as token spans, converted to the set's conventions; unaligned spans (null) never match. */
export function predicted(doc: ConllDoc, coded: AnnalsDocument, set: Convention, titleAt?: TitleAt): (Prediction | null)[] {
  const byStart = new Map(doc.starts.map((s, i) => [s, i]));
  const byEnd = new Map(doc.ends.map((e, i) => [e, i + 1]));
  const out = new Map<string, Prediction | null>();
  for (const m of coded.mentions) {
    const label = labelOf(m, set);
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
    // CoNLL marks a person's name without the title before it: "Colonel [Jesse Auton]", "Dr. [Don Wright]".
    if (set.titles === 'apart' && titleAt && label === 'PER') {
      for (let n = titleAt(doc.tokens, start); n > 0 && end - start - n > 0; n = titleAt(doc.tokens, start)) start += n;
    }
    out.set(`${start}:${end}:${label}`, { start, end, label, mention: m });
  }
  return [...out.values()];
}

