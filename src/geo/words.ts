import { existsSync, readFileSync } from 'node:fs';
import { placeKey } from './fold.js';

/** Words after which a name is where something is or happens: "in Moscow", "near Qamishli", "outside Aleppo". */
export const LOCATIVE: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'from', 'to', 'into', 'across', 'around', 'throughout', 'toward', 'towards',
  'via', 'through', 'within', 'beyond', 'along', 'off', 'visit', 'visited', 'visiting', 'reached', 'entered',
]);

/** Words between a locative word and a place name: "in downtown Buffalo", "in suburban Chicago". */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set(['downtown', 'uptown', 'midtown', 'suburban', 'rural', 'nearby', 'neighbouring', 'neighboring']);

/** Nouns that make "of" locative: "north of Aleppo", "the city of Homs", "residents of Qamishli". */
export const OF_PLACE: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'city', 'town', 'village',
  'province', 'region', 'state', 'capital', 'outskirts', 'suburbs', 'suburb', 'port', 'area', 'centre', 'center',
  'heart', 'streets', 'residents', 'resident', 'people', 'governorate', 'district', 'county', 'island', 'coast', 'part', 'parts',
  'mayor', 'governor', 'premier', 'west', 'rest', 'government', 'university',
]);

/** Words that may open a compound place name before a capitalised one ("Northern Syria", "Greater London"). */
export const DIRECTION: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-east', 'north-west',
  'south-east', 'south-west', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'greater', 'upper',
  'lower', 'occupied', 'rural',
]);

/** After a place name, words that make it a name of another kind of thing ("Metcalfe County"), not the city. */
export const NOT_THE_CITY_AFTER: ReadonlySet<string> = new Set([
  'county', 'parish', 'borough', 'township', 'lake', 'river', 'island', 'mountains', 'bay', 'virus', 'fever', 'flu',
  'disease', 'syndrome', 'strain', 'variant',
]);

/**
 * Words that are never a place name, whatever the gazetteer holds: months, days and holidays (read by the time stage),
 * and the Arabic article alone ("Al" in "the Al-Karabla clan").
 */
export const NEVER: ReadonlySet<string> = new Set([
  'al', 'el',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'christmas', 'easter', 'thanksgiving',
  'halloween',
]);

/** After a place name, words that keep it the place ("Idlib Province", "Edmonton Police"), though capitalised. */
export const PLACE_KEEPING_AFTER: ReadonlySet<string> = new Set([
  'province', 'governorate', 'oblast', 'region', 'district', 'state', 'prefecture', 'city', 'municipality', 'area',
  'airport', 'police', 'mayor', 'governor', 'premier', 'council', 'residents', 'government', 'officials', 'department',
  'ministry', 'authorities', 'troopers', 'court', 'legislature', 'senate', 'assembly', 'guard', 'national', 'attorney',
  'supreme', 'health', 'fire', 'emergency', 'public', 'state', 'provincial', 'regional', 'municipal', 'gov', 'sen',
  'rep', 'lt', 'gen', 'chief', 'minister',
]);

/**
 * After a place name, words of a division's offices: "New York Gov. Andrew Cuomo" is the state's governor, "the Quebec
 * government" the province's (a city's is its council).
 */
export const DIVISION_AFTER: ReadonlySet<string> = new Set([
  'gov', 'governor', 'legislature', 'statehouse', 'attorney', 'senate', 'assembly', 'lt', 'lieutenant', 'state',
  'government', 'premier',
]);

/** Heads of names of institutions and buildings a place name opens: "Paris Town Hall", "Manitoba Underdogs Rescue". */
export const INSTITUTION: ReadonlySet<string> = new Set([
  'hospital', 'clinic', 'hall', 'gallery', 'museum', 'festival', 'school', 'schools', 'college', 'academy', 'institute',
  'library', 'theatre', 'theater', 'stadium', 'arena', 'zoo', 'cathedral', 'church', 'mosque', 'temple', 'centre', 'center',
  'association', 'society', 'foundation', 'rescue', 'partnership', 'coalition', 'service', 'services', 'commission',
  'authority', 'board', 'agency', 'office', 'station', 'harbour', 'harbor', 'market', 'mall', 'prison', 'jail', 'courthouse',
]);

/** Verbs of saying: a bare unknown name that "said" something is a person more often than a town. */
export const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'wrote', 'stated', 'argued', 'asked']);

/** Read the names that need a locative word before them (`ambiguous-names.txt`), as folded keys. */
export function readAmbiguousNames(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map(placeKey));
}
