import type { CompiledActors } from '../actors/index.js';
import type { AnnalsDocument, Mention, Token } from '../model/index.js';
import { actorReading } from './actor-places.js';
import { ABBREVIATION } from './build.js';
import { placeKey } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import type { PlaceSpan } from './recognize.js';
import { prior, resolveFramed, type Frame, type Resolution, type StoryContext } from './resolve.js';

/** The token range `[from, to)` of a character range, or null when no token starts in it. */
export function tokenRange(tokens: Token[], start: number, end: number): [number, number] | null {
  const from = tokens.findIndex((t) => t.start >= start);
  if (from < 0) return null;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return [from, to];
}

/** The countries of the story: the dateline's counts three times, each actor with a country once. */
export function storyContext(doc: AnnalsDocument, gazetteer: Gazetteer, compiled: CompiledActors): StoryContext {
  const countries = new Map<string, number>();
  const add = (c: string | null, w: number) => {
    if (c) countries.set(c, (countries.get(c) ?? 0) + w);
  };
  let dateline: string | null = null;
  for (const m of doc.mentions) {
    if (!m.country) continue;
    const here = mentionInDateline(doc, m);
    if (here) dateline ??= m.country;
    add(m.country, here ? 3 : 1);
  }
  if (doc.dateline && !dateline) {
    // A dateline the actors stage did not know ("ANCHORAGE, Alaska"): its biggest place's country, in the dateline's
    // region when it names one ("EDMONTON, Ky" is in the United States).
    const key = placeKey(doc.dateline.place.split('/')[0]!);
    const r = resolveFramed(gazetteer, gazetteer.lookup(key), { countries, divisions: new Map(), dateline: null }, datelineFrame(doc, gazetteer));
    if (r?.entry.country && !actorReading(compiled, doc.dateline.place)) {
      dateline = r.entry.country;
      add(dateline, 3);
      return { countries, divisions: new Map(), dateline, guess: { key, country: dateline, weight: 3 } };
    }
  }
  return { countries, divisions: new Map(), dateline };
}

/**
 * The story's context without what the mentions of one name lent it: "London" read as GBR by the actors stage is no
 * evidence that the story is British, and neither is "London police" coded from it.
 */
export function withoutName(doc: AnnalsDocument, context: StoryContext, key: string, country: string): StoryContext {
  let own = 0;
  let datelineOwn = false;
  for (const m of doc.mentions) {
    if (m.country !== country) continue;
    const k = placeKey(m.text);
    if (k !== key && !k.startsWith(`${key} `)) continue;
    const here = mentionInDateline(doc, m);
    own += here ? 3 : 1;
    datelineOwn ||= here;
  }
  if (own === 0) return context;
  const countries = new Map(context.countries);
  countries.set(country, Math.max(0, (countries.get(country) ?? 0) - own));
  return { ...context, countries, dateline: datelineOwn && context.dateline === country ? null : context.dateline };
}

/** The story's context without what the given resolutions of one name (`key`) added to it, or its dateline guess. */
export function withoutOwn(context: StoryContext, own: Resolution[] | undefined, key: string): StoryContext {
  const guessed = context.guess?.key === key;
  if ((!own || own.length === 0) && !guessed) return context;
  const countries = new Map(context.countries);
  const divisions = new Map(context.divisions);
  if (guessed) {
    const { country, weight } = context.guess!;
    countries.set(country, (countries.get(country) ?? weight) - weight);
  }
  if (!own) return { ...context, countries, dateline: guessed ? null : context.dateline };
  for (const { entry } of own) {
    if (entry.country) countries.set(entry.country, (countries.get(entry.country) ?? 1) - 1);
    if (entry.admin1Key) divisions.set(entry.admin1Key, (divisions.get(entry.admin1Key) ?? 1) - 1);
  }
  return { ...context, countries, divisions, dateline: guessed ? null : context.dateline };
}

/** Count a resolved place's country and division in the story's context. */
export function addPlace(context: StoryContext, r: Resolution): void {
  const { country, admin1Key } = r.entry;
  if (country) context.countries.set(country, (context.countries.get(country) ?? 0) + 1);
  if (admin1Key) context.divisions.set(admin1Key, (context.divisions.get(admin1Key) ?? 0) + 1);
}

/** The likeliest few readings of each name, and the places actors named, as points for nearness. */
export function likelyPoints(gazetteer: Gazetteer, spans: PlaceSpan[], mentions: Mention[]): NonNullable<StoryContext['points']> {
  const out: NonNullable<StoryContext['points']> = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (seen.has(s.key)) continue;
    seen.add(s.key);
    const entries = s.candidates.slice(0, 50)
      .filter((c) => gazetteer.precisionAt(c.entry) === 'city' || gazetteer.precisionAt(c.entry) === 'facility').map((c) => gazetteer.entry(c.entry));
    entries.sort((a, b) => prior(b) - prior(a));
    for (const e of entries.slice(0, 5)) out.push({ key: s.key, name: e.name, lat: e.lat, lon: e.lon, admin1Key: e.admin1Key });
  }
  for (const m of mentions) {
    if (m.place && (m.place.precision === 'city' || m.place.precision === 'facility')) {
      out.push({ key: placeKey(m.text), name: m.place.name, lat: m.place.lat, lon: m.place.lon, admin1Key: null });
    }
  }
  return out;
}

/**
 * The dateline's region as a frame for the names in the dateline: "LONDON, Ky. (WKYT) -", "EDMONTON, Ky (WBKO) --".
 * Only a division or a country qualifies; an empty frame otherwise.
 */
export function datelineFrame(doc: AnnalsDocument, gazetteer: Gazetteer): Frame {
  const region = doc.dateline?.region;
  if (!region) return {};
  const key = placeKey(region);
  for (const c of [...gazetteer.lookup(ABBREVIATION + key), ...gazetteer.lookup(key)]) {
    const e = gazetteer.entry(c.entry);
    if (e.precision === 'admin1' && e.admin1Key && e.country) return { countries: [e.country], divisions: [e.admin1Key], qualifierText: region };
    if (e.precision === 'country' && e.country) return { countries: [e.country], qualifierText: region };
  }
  return {};
}

/** Whether a mention lies in the dateline. */
export function mentionInDateline(doc: AnnalsDocument, m: Pick<Mention, 'start' | 'end'>): boolean {
  return doc.dateline !== null && m.start >= doc.dateline.start && m.end <= doc.dateline.end;
}
