import type { Sentence, Token } from '../model/index.js';
import { ACCUSING } from './accusations.js';
import type { SentenceInput } from './candidates.js';
import type { Lexicon, Pattern } from './lexicon/types.js';
import { SPEECH_VERBS } from './statements.js';

const OBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", "'d"]);

/**
 * "Russian troops attack Syria": a noun that heads a verb pattern, right after a noun phrase and before an object
 * (or, in a headline with no verb, before a preposition: "Syrian forces clash with rioters"), is read as the verb the
 * tagger missed. Returns the repaired tokens (each with its `index`); the document's tokens are not changed.
 */
export function verbsTaggedAsNouns(input: SentenceInput, sentence: Sentence): Token[] {
  const { tokens, lexicon } = input;
  const patched: Token[] = [];
  // A headline with no verb at all ("Syrian forces clash with rioters"): its verb was taken for a noun.
  let verbless = true;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && verbless; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') verbless = false;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    // Only nouns and adjectives are repaired: the cheap test first, on every token.
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (t.pos === 'NOUN' && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (OBJECT_START.has(next.pos) || (verbless && next.pos === 'ADP'))
      && lexicon.verbs.has(t.lemma)) {
      patched.push({ ...t, pos: 'VERB' });
    } else if (t.pos === 'ADJ' && (MODALS.has(prev.lower) || prev.lower === 'to') && lexicon.verbs.has(t.lower)) {
      // "Israel would free the prisoners", "agreed to free": a verb after a modal or "to" tagged as an adjective.
      patched.push({ ...t, pos: 'VERB', lemma: t.lower });
    } else if (t.pos === 'ADJ' && t.lower.endsWith('ed') && next.lower === 'that' && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) {
      // "the report alleged that France ...": a verb of saying tagged as an adjective before its that-clause.
      const lemma = participleLemma(t.lower, (l) => ACCUSING.has(l) || SPEECH_VERBS.has(l) || lexicon.verbs.has(l));
      if (lemma) patched.push({ ...t, pos: 'VERB', lemma });
    } else if (t.pos === 'ADJ' && prev.pos === 'AUX' && prev.lemma === 'be' && t.lower.endsWith('ed')) {
      // "shops have been looted": a participle after "be" tagged as an adjective.
      const lemma = participleLemma(t.lower, (l) => lexicon.verbs.has(l));
      if (lemma) patched.push({ ...t, pos: 'VERB', lemma });
    }
  }
  return patched;
}

/**
 * The patterns of a verb, by its lemma or, where the tagger's lemma is wrong for a regular past form ("raped" given
 * as "rap"), by the lemma the form itself gives.
 */
export function verbPatterns(lexicon: Lexicon, token: Token): Pattern[] | undefined {
  const patterns = lexicon.verbs.get(token.lemma);
  if (patterns || !token.lower.endsWith('ed')) return patterns;
  const lemma = participleLemma(token.lower, (l) => lexicon.verbs.has(l));
  return lemma ? lexicon.verbs.get(lemma) : undefined;
}

/** The verb a regular participle comes from, if the lexicon knows it: looted → loot, seized → seize, stopped → stop. */
function participleLemma(word: string, known: (lemma: string) => boolean): string | null {
  const stem = word.slice(0, -2);
  const candidates = [stem, word.slice(0, -1), stem.slice(0, -1), stem.endsWith('i') ? stem.slice(0, -1) + 'y' : ''];
  return candidates.find((c) => c.length > 1 && known(c)) ?? null;
}
