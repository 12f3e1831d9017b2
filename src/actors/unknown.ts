import type { Mention } from '../model/index.js';

/** A name no dictionary knows, with how often and in how many articles it was seen, and its guessed kind. */
export interface UnknownName {
  name: string;
  kind: string;
  count: number;
  articles: number;
  /** The first article it was seen in, to look it up. */
  example: string;
}

/**
 * Tally the uncoded names of articles (mentions found by no dictionary, `how` starting with `unknown`), by name;
 * a name guessed as different kinds takes its most frequent kind. Add articles with `add`, read with `list`.
 */
export function createUnknownTally() {
  const byName = new Map<string, { name: string; kinds: Map<string, number>; count: number; articles: Set<string>; example: string }>();
  return {
    add(articleId: string, mentions: readonly Mention[]): void {
      for (const m of mentions) {
        if (m.how[0] !== 'unknown' || m.antecedent !== null) continue;
        const name = m.text.replace(/\s+/g, ' ').trim();
        let entry = byName.get(name);
        if (!entry) byName.set(name, (entry = { name, kinds: new Map(), count: 0, articles: new Set(), example: articleId }));
        entry.count++;
        entry.articles.add(articleId);
        entry.kinds.set(m.kind, (entry.kinds.get(m.kind) ?? 0) + 1);
      }
    },
    /** Names by frequency, most frequent first, then by name. */
    list(): UnknownName[] {
      return [...byName.values()]
        .map((e) => ({
          name: e.name, kind: [...e.kinds].sort((a, b) => b[1] - a[1])[0]![0], count: e.count, articles: e.articles.size, example: e.example,
        }))
        .sort((a, b) => b.count - a.count || b.articles - a.articles || a.name.localeCompare(b.name));
    },
  };
}
