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
  return tokens.map((t) => foldKey(t.text));
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
}

/** Keep the senses whose written form agrees with the text's case: "US" is not "us", "Turkey" not "turkey". */
function caseFits(sense: Sense, text: string): boolean {
  if (sense.type === 'agent') return true;
  const form = sense.form;
  const letters = form.replace(/[^A-Za-z]/g, '');
  if (letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase()) {
    return text.replace(/[^A-Za-z]/g, '') === letters;
  }
  const first = form.charAt(0);
  return !isUpper(first) || isUpper(text.charAt(0));
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
    let key = '';
    let best: DictionaryMatch | null = null;
    for (let j = i; j < sentence.tokenEnd; j++) {
      const token = tokens[j]!;
      key += j > i && token.start > tokens[j - 1]!.end ? ' ' + keys[j]! : keys[j]!;
      if (key.length > compiled.maxKeyLength) break;
      const senses = compiled.senses.get(key);
      if (senses) {
        const surface = text.slice(tokens[i]!.start, token.end);
        const fitting = senses.filter((s) => caseFits(s, surface));
        if (fitting.length > 0) best = { tokenStart: i, tokenEnd: j + 1, senses: fitting };
      }
      if (!compiled.prefixes.has(key)) break;
    }
    if (best && !ambiguousOutOfContext(best, tokens, sentence)) {
      out.push(best);
      i = best.tokenEnd;
    } else i++;
  }
  return out;
}

/** "Jordan Peterson", "Georgia Meloni": an ambiguous country name next to another proper noun is not the country. */
function ambiguousOutOfContext(match: DictionaryMatch, tokens: Token[], sentence: Sentence): boolean {
  if (!match.senses.every((s) => s.type === 'country' && s.ambiguous)) return false;
  const before = match.tokenStart > sentence.tokenStart ? tokens[match.tokenStart - 1] : undefined;
  const after = match.tokenEnd < sentence.tokenEnd ? tokens[match.tokenEnd] : undefined;
  const properName = (t: Token | undefined) => t !== undefined && t.pos === 'PROPN' && isUpper(t.text.charAt(0));
  return properName(before) || properName(after);
}
