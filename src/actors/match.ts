import type { Sentence, Token } from '../model/index.js';
import type { CompiledActors, Sense } from './dictionary/compile.js';
import { foldKey } from './dictionary/fold.js';
import { piecesOf, stepToken, type NameNode } from './dictionary/trie.js';

/** A dictionary hit: tokens `[tokenStart, tokenEnd)` and what they can mean, checked for case. */
export interface DictionaryMatch {
  tokenStart: number;
  tokenEnd: number;
  senses: Sense[];
}

/** What dictionary matching reads of a document's tokens: their folded keys and the keys' pieces. */
export interface TokenKeys {
  keys: string[];
  pieces: (string | string[])[];
}

/** Keys and pieces of every token of a document, computed once. */
export function tokenPieces(tokens: Token[]): TokenKeys {
  const keys = tokens.map((t) => foldKey(t.lower, true));
  return { keys, pieces: keys.map(piecesOf) };
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
}

/** Does the text `[start, end)` agree with the sense's case: "US" is not "us", "Turkey" not "turkey". */
function caseFits(sense: Sense, text: string, start: number, end: number): boolean {
  if (!sense.caseRule) return true;
  if (sense.caseRule === 1) return isUpper(text.charAt(start));
  return text.slice(start, end).replace(/[^A-Za-z]/g, '') === sense.letters;
}

/** The senses whose case fits the text `[start, end)`: the same array when all do, as most do. */
function fittingSenses(senses: Sense[], text: string, start: number, end: number): Sense[] {
  let all = true;
  for (const s of senses) if (!caseFits(s, text, start, end)) all = false;
  return all ? senses : senses.filter((s) => caseFits(s, text, start, end));
}

/** The longest dictionary match starting at token `i` whose case fits, or null. */
function longestAt(text: string, tokens: Token[], pieces: (string | string[])[], i: number, end: number, compiled: CompiledActors): DictionaryMatch | null {
  let node: NameNode | null = compiled.names;
  let best: DictionaryMatch | null = null;
  for (let j = i; j < end; j++) {
    const token = tokens[j]!;
    // One look-up settles the common case, a word that starts no name.
    node = stepToken(node, pieces[j]!, j > i && token.start > tokens[j - 1]!.end);
    if (node === null) break;
    if (node.senses) {
      const fitting = fittingSenses(node.senses, text, tokens[i]!.start, token.end);
      if (fitting.length > 0) best = { tokenStart: i, tokenEnd: j + 1, senses: fitting };
    }
  }
  return best;
}

/** Leftmost-longest dictionary matches within one sentence. */
export function matchSentence(
  text: string,
  tokens: Token[],
  { keys, pieces }: TokenKeys,
  sentence: Sentence,
  compiled: CompiledActors,
): DictionaryMatch[] {
  const out: DictionaryMatch[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    let best = longestAt(text, tokens, pieces, i, sentence.tokenEnd, compiled);
    // "the West Bank" is the West Bank, not "the West" and a bank: a name after the article that runs longer wins.
    if (best && keys[i] === 'the' && best.tokenEnd > i + 1) {
      const after = longestAt(text, tokens, pieces, i + 1, sentence.tokenEnd, compiled);
      if (after && after.tokenEnd > best.tokenEnd) best = after;
    }
    if (best && best.senses.some((s) => isAmbiguous(s))) {
      const match = best;
      // A neighbour that the dictionaries know ("Indian Prime Minister") is context, not another name.
      const known = (k: number) => (k === match.tokenStart - 1 && out.length > 0 && out[out.length - 1]!.tokenEnd === match.tokenStart)
        || (k === match.tokenEnd && longestAt(text, tokens, pieces, k, sentence.tokenEnd, compiled) !== null);
      const kept = match.senses.filter((s) => !isAmbiguous(s) || inContext(s, match, tokens, sentence, known));
      best = kept.length > 0 ? { ...match, senses: kept } : null;
    }
    if (best) {
      out.push(best);
      i = best.tokenEnd;
    } else i++;
  }
  return out;
}

function isAmbiguous(sense: Sense): boolean {
  return sense.type !== 'agent' && sense.ambiguous;
}

const properName = (t: Token | undefined) => t !== undefined && t.pos === 'PROPN' && isUpper(t.text.charAt(0));
const capitalWord = (t: Token | undefined) => t !== undefined && t.text.length > 1 && /^[A-Z]+$/.test(t.text);

/**
 * Names that are also other things need context. "Jordan Peterson", "Georgia Meloni", "Richard Wagner": an
 * ambiguous name next to another proper noun is part of that name. "WHO IS BEHIND": an acronym inside a line of
 * capitals is a word of a headline.
 */
function inContext(sense: Sense, match: DictionaryMatch, tokens: Token[], sentence: Sentence, known: (k: number) => boolean): boolean {
  const b = match.tokenStart - 1;
  const a = match.tokenEnd;
  const before = b >= sentence.tokenStart ? tokens[b] : undefined;
  const after = a < sentence.tokenEnd ? tokens[a] : undefined;
  const letters = sense.form.replace(/[^A-Za-z]/g, '');
  if (letters.length <= 5 && letters === letters.toUpperCase()) return !capitalWord(before) && !capitalWord(after);
  return !(properName(before) && !known(b)) && !(properName(after) && !known(a));
}
