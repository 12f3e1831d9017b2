import { fmix32, hashWord } from './hash.js';

/** Words per shingle: five-word runs tell one story's sentences from another's, and survive small edits. */
export const SHINGLE_WORDS = 5;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The distinct shingles of a text, hashed to 32 bits: every run of `size` consecutive words, in lower case, with
 * punctuation, spacing and line breaks ignored. A text shorter than `size` words is one shingle.
 * @example shingles('Troops left the city on Monday.').size // 2 (five-word runs of six words)
 */
export function shingles(text: string, size = SHINGLE_WORDS): Set<number> {
  const words: number[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) words.push(hashWord(match[0]));
  const out = new Set<number>();
  const last = Math.max(0, words.length - size);
  for (let i = 0; i <= last && words.length > 0; i++) {
    let h = size;
    for (let j = i; j < Math.min(i + size, words.length); j++) h = Math.imul(h ^ (words[j] as number), 0x01000193);
    out.add(fmix32(h));
  }
  return out;
}
