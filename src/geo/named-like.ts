import type { AnnalsDocument, Mention } from '../model/index.js';
import { DIVISION } from './build.js';
import { withoutName } from './context.js';
import { placeKey } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { joined } from './lists.js';
import { mentionPlace } from './mentions.js';
import type { PlaceSpan } from './recognize.js';
import { resolvePlace, type Resolution, type StoryContext } from './resolve.js';

/** Words before "of" that make the next name a division's: "the state of Washington". */
const DIVISION_WORDS = new Set(['state', 'province', 'governorate', 'region']);

/** What re-reading an actor mention as a division or a town needs. */
export interface NamedLikeInput {
  doc: AnnalsDocument;
  spans: PlaceSpan[];
  gazetteer: Gazetteer;
  context: StoryContext;
  explain: boolean;
}

/**
 * Whether a name is in a list of divisions: three or more names in a row, or two joined by "and" or "or". A division
 * after a comma alone is a qualifier ("Paris, Illinois"), not a list.
 */
function listedWithDivisions(input: NamedLikeInput, m: Mention): boolean {
  const { gazetteer, spans, doc } = input;
  const { tokens } = doc;
  const isDivision = (s: PlaceSpan) => s.candidates.some((c) => !c.derived && gazetteer.precisionAt(c.entry) === 'admin1');
  let names = 1;
  let anded = false;
  let at = m.tokenStart;
  for (let k = spans.findIndex((s) => s.tokenEnd > m.tokenStart) - 1; k >= 0; k--) {
    const how = joined(tokens, spans[k]!.tokenEnd, at);
    if (!how || !isDivision(spans[k]!)) break;
    names++;
    anded ||= how === 'and';
    at = spans[k]!.tokenStart;
  }
  at = m.tokenEnd;
  for (let k = spans.findIndex((s) => s.tokenStart >= m.tokenEnd); k >= 0 && k < spans.length; k++) {
    const how = joined(tokens, at, spans[k]!.tokenStart);
    if (!how || !isDivision(spans[k]!)) break;
    names++;
    anded ||= how === 'and';
    at = spans[k]!.tokenEnd;
  }
  return names >= 3 || (names === 2 && anded);
}

/**
 * "Virginia, Washington and Wyoming", "the state of Washington": a capital listed with divisions, or called a division,
 * is the division named like it.
 */
export function divisionNamedLike(input: NamedLikeInput, m: Mention, key: string): Resolution | null {
  const { gazetteer, doc } = input;
  if (!gazetteer.has(DIVISION + key)) return null;
  const { tokens } = doc;
  const called = m.tokenStart >= 2 && tokens[m.tokenStart - 1]!.lower === 'of' && DIVISION_WORDS.has(tokens[m.tokenStart - 2]!.lower);
  const listed = !called && listedWithDivisions(input, m);
  if (!called && !listed) return null;
  const divisions = gazetteer.lookup(DIVISION + key).filter((c) => gazetteer.countryAt(c.entry) === m.country);
  const r = divisions.length > 0 ? resolvePlace(gazetteer, divisions, input.context, {}, key) : null;
  return r && { ...r, why: () => [...r.why(), called ? 'called a division' : 'listed with divisions'] };
}

/** Words before "of" that make the next name a town's: "the city of Turkey", "the town of Jordan". */
const TOWN_WORDS = new Set(['city', 'town', 'village', 'hamlet', 'township', 'municipality']);

/** Country names the story calls a town somewhere ("the city of Turkey"): every mention of them is the town. */
export function townNames(doc: AnnalsDocument): Set<string> {
  const out = new Set<string>();
  const { tokens } = doc;
  for (const m of doc.mentions) {
    if (m.kind === 'country' && m.tokenStart >= 2 && tokens[m.tokenStart - 1]!.lower === 'of' && TOWN_WORDS.has(tokens[m.tokenStart - 2]!.lower)) {
      out.add(placeKey(m.text));
    }
  }
  return out;
}

/** Read a country's name as the town of that name the story is likeliest about; false when the gazetteer has none. */
export function townOf(input: NamedLikeInput, m: Mention): boolean {
  const { gazetteer, doc } = input;
  const key = placeKey(m.text);
  // Only a town of that very name: one that has it among other names ("Turkey" for New Providence) is no reading.
  const towns = gazetteer.lookup(key).filter((c) => c.primary && gazetteer.precisionAt(c.entry) === 'city');
  const r = towns.length > 0 ? resolvePlace(gazetteer, towns, withoutName(doc, input.context, key, m.country!), {}, key) : null;
  if (!r) return false;
  m.kind = 'place';
  m.country = r.entry.country;
  m.code = r.entry.country;
  m.sectors = [];
  m.how = [...m.how, 'gazetteer'];
  m.place = mentionPlace({ ...r, why: () => [...r.why(), 'the story calls it a town'] }, input.explain);
  return true;
}
