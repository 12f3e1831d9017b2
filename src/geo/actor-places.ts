import type { CompiledActors } from '../actors/index.js';
import type { Sense } from '../actors/dictionary/compile.js';
import { foldKey } from '../actors/dictionary/fold.js';
import type { Mention } from '../model/index.js';
import { placeKey } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { mentionPlace } from './mentions.js';
import { prior, resolvePlace, type Frame, type Resolution, type StoryContext } from './resolve.js';

/** How the actors stage can read a surface: as a country's name, demonym, capital, seat or place, another entry, or nothing. */
export type ActorReading = Extract<Sense, { type: 'country' }>['via'] | 'other' | null;

/** How the actor dictionaries read a surface, if at all. */
export function actorReading(compiled: CompiledActors, surface: string): ActorReading {
  const senses = compiled.senses.get(foldKey(surface.trim()).replace(/\s+/g, ' '));
  if (!senses) return null;
  const country = senses.find((s) => s.type === 'country');
  return country && country.type === 'country' ? country.via : 'other';
}

/** `actorReading`, remembered for the names seen most: a bounded memo, cleared when full. */
export function readingMemo(compiled: CompiledActors): (surface: string) => ActorReading {
  const memo = new Map<string, ActorReading>();
  return (surface) => {
    let r = memo.get(surface);
    if (r === undefined) {
      if (memo.size > 20_000) memo.clear();
      r = actorReading(compiled, surface);
      memo.set(surface, r);
    }
    return r;
  };
}

/** How much the actors stage's reading of a name as a capital counts against the story's own countries. */
const CAPITAL_BONUS = 2;

/** Where an actor-stage mention points: the capital city, the seat building, the country or its named part. */
export function actorPlace(gazetteer: Gazetteer, m: Mention, reading: ActorReading, context: StoryContext): Resolution | null {
  const own = gazetteer.lookup(placeKey(m.text)).filter((c) => gazetteer.countryAt(c.entry) === m.country);
  const frame: Frame = { countries: m.country ? [m.country] : [], qualifierText: m.country ?? '' };
  if (reading === 'name') {
    // "England", "Scotland": a named part of the country is more exact than the country.
    const part = own.filter((c) => gazetteer.precisionAt(c.entry) !== 'country' && gazetteer.precisionAt(c.entry) !== 'city');
    if (part.length > 0) return resolvePlace(gazetteer, part, context, frame, placeKey(m.text));
    const country = gazetteer.country(m.country!);
    if (country) return { entry: country, score: prior(country), why: () => ['the country named'], candidates: 1 };
    // A region the actor dictionaries code as one ("Africa", AFR): the gazetteer's region of that name.
    const regions = gazetteer.lookup(placeKey(m.text)).filter((c) => gazetteer.precisionAt(c.entry) !== 'city');
    return regions.length > 0 ? resolvePlace(gazetteer, regions, context, {}, placeKey(m.text)) : null;
  }
  if (reading !== 'capital') {
    if (own.length > 0) return resolvePlace(gazetteer, own, context, frame, placeKey(m.text));
    // A place the actor dictionaries put in another country than the gazetteer does ("Kerch Bridge"): the gazetteer's.
    const all = reading === 'seat' ? [] : gazetteer.lookup(placeKey(m.text)).filter((c) => gazetteer.precisionAt(c.entry) !== 'country');
    return all.length > 0 ? resolvePlace(gazetteer, all, context, {}, placeKey(m.text)) : null;
  }
  // A capital is its country's capital unless the story is elsewhere: "a London rally" in a story about Ontario.
  const all = gazetteer.lookup(placeKey(m.text));
  const r = resolvePlace(gazetteer, all, context, {}, placeKey(m.text));
  const capital = own.length > 0 ? resolvePlace(gazetteer, own, context, frame, placeKey(m.text)) : null;
  if (!r || !capital) return capital ?? r;
  return r.entry.index !== capital.entry.index && r.score > capital.score - 15 + CAPITAL_BONUS ? r : capital;
}

/**
 * "Georgia" in a story set in the United States is the state: a country's name that is also a division's name is read
 * as the division when the story's other places are in the division's country (or a place is qualified by it).
 */
export function rereadAsDivision(
  gazetteer: Gazetteer, compiled: CompiledActors, m: Mention, mentions: Mention[], added: Mention[], context: StoryContext, explain: boolean,
): void {
  if (m.kind !== 'country' || !m.country || m.how.includes('metonymy') || actorReading(compiled, m.text) !== 'name') return;
  const key = placeKey(m.text);
  const divisions = gazetteer.lookup(key)
    .filter((c) => gazetteer.precisionAt(c.entry) === 'admin1' && gazetteer.countryAt(c.entry) !== null && gazetteer.countryAt(c.entry) !== m.country)
    .map((c) => gazetteer.entry(c.entry));
  if (divisions.length === 0) return;
  const same = mentions.filter((x) => x.country === m.country && placeKey(x.text) === key).length;
  const own = (context.countries.get(m.country) ?? 0) - same;
  const division = divisions.find((d) => added.some((a) => a.place?.admin1 === d.admin1 && a.country === d.country)
    || (context.countries.get(d.country!) ?? 0) > Math.max(own, 0) + 1);
  if (!division) return;
  m.kind = 'place';
  m.country = division.country;
  m.code = division.country;
  m.sectors = [];
  m.how = [...m.how, 'gazetteer'];
  const why = () => [`the division, not the country: the story's places are in ${division.country}`];
  m.place = mentionPlace({ entry: division, score: prior(division), why, candidates: divisions.length + 1 }, explain);
}
