import type { Token } from '../model/index.js';

// How recognition reads single tokens: capitals, name words, pieces of one word.

const CLOSED_CLASS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'PUNCT', 'SYM']);

/**
 * Whether a capitalised word's tag says it opens no name: a function word anywhere; a verb or adverb where any word is
 * capitalised (opening a sentence or a quote). Inside a sentence the tagger's verbs are often names ("in Shanghai").
 */
export function notNameStart(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (CLOSED_CLASS.has(t.pos)) return true;
  if (t.pos !== 'VERB' && t.pos !== 'ADV') return false;
  return i === sentenceStart || /^["“‘'(:]$/.test(tokens[i - 1]!.text);
}

/** A word of letters and digits, with the punctuation names carry inside ("N'Djamena", "St."). */
export const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;
const ASCII_WORD = /^[A-Za-z0-9][A-Za-z0-9'.-]*$/;
/** Punctuation tokens inside one name: "Al-Qamishli", "N'Djamena", "St. Louis". */
export const JOINERS = new Set(['-', "'", '’', '.']);

/** Whether a token opens with a capital letter. */
export function capitalised(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c <= 127 || t.pos === 'PUNCT' || t.pos === 'SYM') return false;
  return /^\p{Lu}/u.test(t.text);
}

/**
 * Whether token `j` is glued to the one before it inside a word: the tokenizer splits some words at letters outside
 * Latin-1 ("Br|ă|ila", "Bie|ż|u|ń"), and such pieces are one word.
 */
export function glued(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const p = tokens[j - 1];
  return t !== undefined && p !== undefined && t.start === p.end && letter(t.text.charCodeAt(0)) && letter(p.text.charCodeAt(p.text.length - 1));
}

function letter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;
/** Letters only: one word, however the tokenizer cut it. */
export const ONE_WORD = /^\p{L}+$/u;

/** A word written in capitals ("MOSCOW", "AN"); a one-letter word is not. */
export function shouted(t: Token | undefined): boolean {
  return t !== undefined && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

/** Tokens are one name only when they are words or name punctuation ("Al-Qamishli", "St. Louis", "N'Djamena"). */
export function nameToken(t: Token): boolean {
  return ASCII_WORD.test(t.text) || WORD.test(t.text) || JOINERS.has(t.text);
}
