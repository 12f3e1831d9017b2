import type { Sentence, Token } from '../model/index.js';

/** The articles. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Possessive determiners ("their forces"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'our', 'their', 'my', 'your']);

/** Nouns of time that follow a subject without modifying it ("officials today said", "told reporters yesterday"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

/** Punctuation that may open a sentence before its first word. */
export const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '—', '–']);

/** Upper-case first letter; ASCII is checked without a regular expression, as this runs on every token. */
export function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}

/** An initial: one capital and a full stop ("L." in "Isiah L. Booker"). */
export function isInitial(t: Token): boolean {
  return /^\p{Lu}\.$/u.test(t.text);
}

/** Written as a name: a capital, then lower-case letters only ("Sadiq"; not "NATO", "McCain" or "al-Assad"). */
export function writtenAsName(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/** Lower-case first letter. */
export function isLowerWord(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(t.text);
}

/** A letter first. */
export function isLetter(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(t.text);
}

/**
 * A line of title case or capitals ("Syria's President To Meet Putin"): only tagged proper nouns are names there.
 * Common words tell it from a sentence dense with names ("Peter Newman, Gary Carvolth and Rob Broadfield won"):
 * most words that are not proper nouns are capitalised too, or every letter is.
 */
export function isHeadline(tokens: Token[], sentence: Sentence): boolean {
  let words = 0;
  let capitals = 0;
  let common = 0;
  let commonCapitals = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    if (!isLetter(t)) continue;
    words++;
    const capital = isCapitalised(t);
    if (capital) capitals++;
    if (t.pos !== 'PROPN' && i > sentence.tokenStart) {
      common++;
      if (capital) commonCapitals++;
    }
  }
  if (words < 4 || capitals / words <= 0.6) return false;
  if (common === 0 || commonCapitals / common > 0.5) return true;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (/\p{Ll}/u.test(tokens[i]!.text)) return false;
  return true;
}

/** Does the token open its sentence (after quotes, brackets or dashes)? */
export function sentenceInitial(tokens: Token[], i: number, sentence: Sentence): boolean {
  let k = i - 1;
  while (k >= sentence.tokenStart && OPENERS.has(tokens[k]!.text)) k--;
  return k < sentence.tokenStart;
}

