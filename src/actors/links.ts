import type { Mention } from '../model/index.js';

/**
 * Who refers to whom, kept by reference while the stage adds mentions, and written as indices into the final,
 * text-ordered list by `finalize`.
 */
export interface Links {
  antecedent: Map<Mention, Mention>;
  members: Map<Mention, Mention[]>;
}

/** An empty set of links. */
export function createLinks(): Links {
  return { antecedent: new Map(), members: new Map() };
}

/** Mentions in text order, with `antecedent` and `members` as indices into that order. */
export function finalize(mentions: Mention[], links: Links): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const index = new Map<Mention, number>();
  sorted.forEach((m, i) => index.set(m, i));
  for (const m of sorted) {
    const a = links.antecedent.get(m);
    m.antecedent = a ? (index.get(a) ?? null) : null;
    const group = links.members.get(m);
    if (group) m.members = group.map((g) => index.get(g)!).filter((i) => i !== undefined);
  }
  return sorted;
}

/** The person a mention finally stands for: its antecedent's antecedent, and so on. */
export function rootOf(m: Mention, links: Links): Mention {
  let r = m;
  for (let n = 0; n < 20; n++) {
    const a = links.antecedent.get(r);
    if (!a) break;
    r = a;
  }
  return r;
}
