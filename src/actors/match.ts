import type { Sentence, Token } from '../model/index.js';
import type { CompiledActors, Sense } from './dictionary/compile.js';
import { foldKey } from './dictionary/fold.js';

/** A dictionary hit: tokens `[tokenStart, tokenEnd)` and what they can mean, checked for case. */
export interface DictionaryMatch {
  tokenStart: number;
  tokenEnd: number;
  senses: Sense[];
}

/** Folded keys of every token of a document, computed once. */
export function tokenKeys(tokens: Token[]): string[] {
  return tokens.map((t) => foldKey(t.lower, true));
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

/** The longest dictionary match starting at token `i` whose case fits, or null. */
function longestAt(text: string, tokens: Token[], keys: string[], i: number, end: number, compiled: CompiledActors): DictionaryMatch | null {
  let key = '';
  let best: DictionaryMatch | null = null;
  for (let j = i; j < end; j++) {
    const token = tokens[j]!;
    key += j > i && token.start > tokens[j - 1]!.end ? ' ' + keys[j]! : keys[j]!;
    // Every key is its own prefix: one look-up settles the common case, a word that starts no name.
    if (key.length > compiled.maxKeyLength || !compiled.prefixes.has(key)) break;
    const senses = compiled.senses.get(key);
    if (senses) {
      const from = tokens[i]!.start;
      const fitting = senses.every((s) => caseFits(s, text, from, token.end)) ? senses : senses.filter((s) => caseFits(s, text, from, token.end));
      if (fitting.length > 0) best = { tokenStart: i, tokenEnd: j + 1, senses: fitting };
    }
  }
  return best;
}

/** Leftmost-longest dictionary matches within one sentence. */
export function matchSentence(
  text: string,
  tokens: Token[],
  keys: string[],
  sentence: Sentence,
  compiled: CompiledActors,
): DictionaryMatch[] {
  const out: DictionaryMatch[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    let best = longestAt(text, tokens, keys, i, sentence.tokenEnd, compiled);
    // "the West Bank" is the West Bank, not "the West" and a bank: a name after the article that runs longer wins.
    if (best && keys[i] === 'the' && best.tokenEnd > i + 1) {
      const after = longestAt(text, tokens, keys, i + 1, sentence.tokenEnd, compiled);
      if (after && after.tokenEnd > best.tokenEnd) best = after;
    }
    if (best && best.senses.some((s) => isAmbiguous(s))) {
      const match = best;
      // A neighbour that the dictionaries know ("Indian Prime Minister") is context, not another name.
      const known = (k: number) => (k === match.tokenStart - 1 && out.length > 0 && out[out.length - 1]!.tokenEnd === match.tokenStart)
        || (k === match.tokenEnd && longestAt(text, tokens, keys, k, sentence.tokenEnd, compiled) !== null);
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
