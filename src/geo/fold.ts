/** Letters NFD does not take apart: folded by hand so "Łódź", "Ørsta" and "Straße" match their ASCII spellings. */
const LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ƒ: 'f', ə: 'e',
};
const SPECIAL = /[ßæœøłđðþıħŧŋƒə]/g;
const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /['’‘ʼʻ`´.]/g;
const SEPARATORS = /[-‐‑‒–—_/]+/g;
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
/** Arabic and Romance articles a place name may be written with or without: "Al-Qamishli", "Qamishli". */
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|an|az|ed|er|es|et) (?=\S{4})/;

/**
 * The lookup key of a place name: lower case, accents and special letters folded, apostrophes and full stops
 * dropped, hyphens and slashes read as spaces. "Al-Qāmishlī" → "al qamishli", "St. Louis" → "st louis".
 */
export function placeKey(name: string): string {
  let s = name.toLowerCase();
  // Most names in running text are plain ASCII words: nothing to fold.
  if (PLAIN.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => LETTERS[c] ?? c);
  return s.replace(QUOTES, '').replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether a key can be matched against English text: Latin letters, digits and spaces only. */
export function isLatinKey(key: string): boolean {
  return key.length > 0 && /^[a-z0-9 ]+$/.test(key);
}

/** The key without a leading article ("al qamishli" → "qamishli"), or null when it has none. */
export function withoutArticle(key: string): string | null {
  const m = ARTICLE.exec(key);
  return m ? key.slice(m[0].length) : null;
}
