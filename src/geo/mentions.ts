import { mergeMentions } from '../model/index.js';
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

/** Merge new place mentions into the document's: a mention inside a new one goes ("Mexico" inside "New Mexico"). */
export function mergePlaceMentions(existing: Mention[], added: Mention[]): Mention[] {
  return mergeMentions(existing, added, true);
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
