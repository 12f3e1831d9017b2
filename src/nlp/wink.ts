import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos, Sentence, Token } from '../model/index.js';
import { repairVerbs } from './repair.js';

/** Tokens and sentences of one text, with character offsets into it. */
export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
}

/** The only place wink-nlp is used: a text goes in, tokens and sentences with offsets come out. */
export interface Analyzer {
  analyze(text: string): Analysis;
}

/**
 * Abbreviated ranks and titles the model does not know: it splits "Maj." into "Maj" and a full stop that ends the
 * sentence ("said Maj. Gen. Gary Volesky" became two sentences). Before a proper noun they are joined again, and
 * the sentence goes on.
 */
const TITLE_ABBREVIATIONS = new Set(['Maj', 'Spc', 'Cpl', 'Adm', 'Pvt', 'Pfc', 'Cmdr', 'Cdr']);

/** "I'm" as the model leaves it, one token. */
const I_AM = /^[Ii]['’][Mm]$/;

/** Distinct lemmas (word and tag), or words looked up in the vocabulary, a memo holds before it starts again. */
const MEMO_SIZE = 50_000;

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/**
 * The model's lemmatiser, remembering what it gave: wink-nlp calls it for every token without a single stored
 * lemma, in every document, and its answer depends only on the word, its tag and the model's fixed vocabulary.
 */
function memoLemmatize(lemmatize: Lemmatize): Lemmatize {
  // One map per tag, keyed by the word as the model stores it: no key string is built per call.
  const byTag = new Map<string, Map<string, string>>();
  let size = 0;
  return (value, pos, cache) => {
    let memo = byTag.get(pos);
    if (memo === undefined) byTag.set(pos, (memo = new Map()));
    let lemma = memo.get(value);
    if (lemma === undefined) {
      if (size >= MEMO_SIZE) {
        for (const m of byTag.values()) m.clear();
        size = 0;
      }
      lemma = lemmatize(value, pos, cache);
      memo.set(value, lemma);
      size++;
    }
    return lemma;
  };
}

/** Load the wink-nlp English model once; the returned analyzer is reused for every article. */
export function createAnalyzer(): Analyzer {
  // A copy of the model object, so that the memo is this analyzer's own and the shared model stays as it was.
  const addons = model.addons as unknown as Record<string, unknown> & { lemmatize: Lemmatize };
  const nlp = winkNLP({ ...model, addons: { ...addons, lemmatize: memoLemmatize(addons.lemmatize) } } as typeof model, ['sbd', 'pos']);
  const its = nlp.its;
  // Is a word (in lower case) in the model's vocabulary? The model's lookup allocates on every call and cost about
  // 10% of the stage; capitalised words repeat (names, sentence openers), so the answers are remembered.
  const vocabulary = nlp.readDoc('');
  const commonWords = new Map<string, boolean>();
  const isCommon = (lower: string): boolean => {
    let common = commonWords.get(lower);
    if (common === undefined) {
      if (commonWords.size >= MEMO_SIZE) commonWords.clear();
      common = !vocabulary.isOOV(lower);
      commonWords.set(lower, common);
    }
    return common;
  };

  function analyze(text: string): Analysis {
    const doc = nlp.readDoc(text);
    const all = doc.tokens();
    const values = all.out(its.value) as string[];
    const spaces = all.out(its.precedingSpaces) as string[];
    const tags = all.out(its.pos) as string[];
    // The type declarations do not admit its.lemma in out(), though wink-nlp supports it.
    const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];

    // wink-nlp's tokenisation is lossless: preceding spaces + value rebuild the text, so offsets follow.
    const tokens: Token[] = [];
    const tokenIndexOf = new Int32Array(values.length);
    const push = (text: string, start: number, pos: Pos, lemma: string) => {
      const lower = text.toLowerCase();
      // Only capitalised words are looked up: whether a sentence's first word is a common word or a name. The key is
      // on every token (undefined on the rest), so that all tokens share one shape and the code reading them stays fast.
      const common = lower !== text && text.charCodeAt(0) !== lower.charCodeAt(0) ? isCommon(lower) : undefined;
      tokens.push({ index: tokens.length, start, end: start + text.length, text, lower, lemma, pos, sentence: 0, common });
    };
    let offset = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      offset += spaces[i]!.length;
      const pos = tags[i] as Pos;
      if (pos === 'SPACE') {
        tokenIndexOf[i] = -1;
        offset += value.length;
        continue;
      }
      tokenIndexOf[i] = tokens.length;
      if (values[i + 1] === '.' && spaces[i + 1] === '' && TITLE_ABBREVIATIONS.has(value) && tags[i + 2] === 'PROPN' && spaces[i + 2] !== '') {
        push(`${value}.`, offset, pos, lemmas[i]!.toLowerCase());
        tokenIndexOf[i + 1] = tokens.length - 1;
        offset += value.length + 1;
        i++;
        continue;
      }
      if (value.length === 3 && I_AM.test(value)) {
        // The model splits every contraction ("I've", "we're") but "I'm", which it reads as one proper noun.
        push(value.slice(0, 1), offset, 'PRON', 'i');
        push(value.slice(1), offset + 1, 'AUX', 'be');
      } else push(value, offset, pos, lemmas[i]!.toLowerCase());
      offset += value.length;
    }

    const sentences: Sentence[] = [];
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    let carried = -1;
    for (const [first, last] of spans) {
      let tokenStart = carried;
      let tokenEnd = -1;
      for (let i = first; i <= last; i++) {
        const t = tokenIndexOf[i]!;
        if (t < 0) continue;
        if (tokenStart < 0) tokenStart = t;
        // "I'm" became two tokens: the first is shorter than the model's token.
        tokenEnd = tokens[t]!.text.length < values[i]!.length ? t + 2 : t + 1;
      }
      if (tokenStart < 0) continue;
      // A sentence the model ended at a joined abbreviation (its full stop is the token before's too) goes on.
      const joinedStop = last > 0 && tokenIndexOf[last]! >= 0 && tokenIndexOf[last] === tokenIndexOf[last - 1];
      carried = joinedStop ? tokenStart : -1;
      if (carried >= 0) continue;
      const index = sentences.length;
      for (let t = tokenStart; t < tokenEnd; t++) tokens[t]!.sentence = index;
      sentences.push({ index, start: tokens[tokenStart]!.start, end: tokens[tokenEnd - 1]!.end, tokenStart, tokenEnd });
    }
    repairVerbs(tokens);
    return { tokens, sentences };
  }

  return { analyze };
}
