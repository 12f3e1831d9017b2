/** The most terms a search may have: each one is a lookup in the full-text index. */
export const MAX_SEARCH_TERMS = 16;

/** One term of a search: a word, a word prefix (`sanction*`) or a phrase (`"peace talks"`). */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

const TERM = /"([^"]*)"?|([\p{L}\p{N}][\p{L}\p{N}'’-]*)(\*)?/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Read what an analyst typed into search terms: words, "quoted phrases" and `prefix*`. Everything else
 * (operators, brackets, colons) is dropped, so no input can change the meaning of the query around it.
 * Throws when nothing searchable is left, or when there are more than `MAX_SEARCH_TERMS` terms.
 * @example searchTerms('"peace talks" sanction*') // [{ words: ['peace', 'talks'], prefix: false }, { words: ['sanction'], prefix: true }]
 */
export function searchTerms(q: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of q.matchAll(TERM)) {
    const words = (match[1] ?? match[2] ?? '').match(WORD) ?? [];
    if (words.length > 0) terms.push({ words, prefix: match[3] === '*' });
  }
  if (terms.length === 0) throw new Error(`the search "${q}" has no words to look for`);
  if (terms.length > MAX_SEARCH_TERMS) throw new Error(`a search may have at most ${MAX_SEARCH_TERMS} terms, got ${terms.length}`);
  return terms;
}

/** The SQLite FTS5 query for search terms: every term quoted (so it is only ever text), all required. */
export function fts5Query(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`).join(' AND ');
}

/**
 * The PostgreSQL tsquery for search terms, for `to_tsquery`: every word quoted (so it is only ever a word), the words
 * of a phrase adjacent (`<->`), a prefix on the last word of its term (`:*`), all terms required (`&`).
 * @example tsQuery(searchTerms('"peace talks" sanction*')) // "('peace' <-> 'talks') & ('sanction':*)"
 */
export function tsQuery(terms: readonly SearchTerm[]): string {
  return terms
    .map((t) => `(${t.words.map((w, i) => `'${w}'${t.prefix && i === t.words.length - 1 ? ':*' : ''}`).join(' <-> ')})`)
    .join(' & ');
}
