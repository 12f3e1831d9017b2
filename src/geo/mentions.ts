import type { Mention, MentionPlace, Token } from '../model/index.js';
import type { PlaceSpan } from './recognize.js';
import type { Resolution } from './resolve.js';

/** The place fields a mention carries, from a resolution; with `explain`, the reasons for the choice. */
export function mentionPlace(r: Resolution, explain: boolean): MentionPlace {
  const e = r.entry;
  return {
    geonameId: e.geonameId, name: e.name, lat: e.lat, lon: e.lon, country: e.country, admin1: e.admin1,
    featureClass: e.feature, population: e.population > 0 ? e.population : null, precision: e.precision, ...(explain ? { why: r.why() } : {}),
  };
}

/**
 * Merge new mentions into the document's, in text order, keeping `antecedent` and `members` pointing at the same
 * mentions as before. A mention inside a new one goes ("Mexico" inside "New Mexico").
 */
export function mergeMentions(existing: Mention[], added: Mention[]): Mention[] {
  if (added.length === 0) return existing;
  const end = Math.max(...added.map((a) => a.tokenEnd), ...existing.map((m) => m.tokenEnd));
  const takenBy = new Int32Array(end + 1).fill(-1);
  added.forEach((a, k) => takenBy.fill(k, a.tokenStart, a.tokenEnd));
  const inside = (m: Mention) => {
    const k = takenBy[m.tokenStart]!;
    return k >= 0 && m.tokenEnd <= added[k]!.tokenEnd;
  };
  const kept = existing.map((m, i) => ({ m, old: i })).filter((x) => !inside(x.m));
  const all = [...kept, ...added.map((m) => ({ m, old: -1 }))];
  all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const moved = new Map<number, number>();
  all.forEach((x, i) => {
    if (x.old >= 0) moved.set(x.old, i);
  });
  return all.map(({ m }) => {
    if (m.antecedent === null && !m.members) return m;
    const out = { ...m };
    if (m.antecedent !== null) out.antecedent = moved.get(m.antecedent) ?? null;
    if (m.members) out.members = m.members.flatMap((k) => (moved.has(k) ? [moved.get(k)!] : []));
    return out;
  });
}

/** A place mention for a recognised span, coded with its country. */
export function placeMention(text: string, tokens: Token[], span: PlaceSpan, r: Resolution, explain: boolean): Mention {
  const start = tokens[span.tokenStart]!.start;
  const end = tokens[span.tokenEnd - 1]!.end;
  const country = r.entry.country;
  return {
    text: text.slice(start, end), start, end, tokenStart: span.tokenStart, tokenEnd: span.tokenEnd, sentence: tokens[span.tokenStart]!.sentence,
    kind: 'place', code: country, country, sectors: [], name: r.entry.name, entity: null, antecedent: null,
    how: ['gazetteer', ...(span.locative ? ['locative'] : [])], place: mentionPlace(r, explain),
  };
}
