import type { Mention, Token } from '../model/index.js';
import { isPossessive } from './possessive.js';
import { ARTICLES, isLowerWord } from './words.js';

const LOCATIVE = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'from', 'into', 'to', 'toward', 'towards', 'via',
  'through', 'throughout', 'within', 'over', 'beyond', 'past', 'of',
]);
/** Prepositions that put a country's name where something happens; "to" and "from" only after a verb ("moved to"). */
const WHERE = new Set(['in', 'inside', 'across', 'throughout', 'within', 'near', 'into', 'at', 'around', 'outside', 'via', 'through', 'toward', 'towards']);
const MOTION = new Set(['to']);
/** Nouns of going somewhere: "a visit to Uzbekistan", "the return to Syria". */
/** Verbs whose object is a place: "visiting Saudi Arabia", "bordering Iran". */
const VISITS = new Set(['visit', 'visits', 'visited', 'visiting', 'bordering', 'borders', 'bordered', 'entered', 'entering', 'leaving', 'left', 'fled']);
/** Words for a part of a country that may stand before ", Country". */
const PLACE_HEADS = new Set(['province', 'governorate', 'district', 'region', 'state', 'county', 'city', 'town', 'village']);
const JOURNEYS = new Set(['visit', 'visits', 'trip', 'trips', 'return', 'travel', 'journey', 'flight', 'flights', 'route', 'routes', 'way']);
/** Prepositions after a noun that make a country its subject matter: "a conference on Syria", "the future of Syria". */
const TOPIC = new Set(['on', 'about', 'over', 'of', 'regarding', 'concerning']);
const ACTOR_BEFORE = new Set(['between', 'with', 'by', 'against', 'and', 'urged', 'told']);

/**
 * A capital is an actor when it acts or is acted on as a government ("Damascus's request", "between Damascus and
 * Moscow", "Moscow said"), and a place where something happens in it ("talks in Moscow", "travel to Moscow").
 * Actor readings are recoded country + GOV.
 */
export function resolveMetonymy(tokens: Token[], mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind === 'country' && m.sectors.length === 0 && m.how.includes('name') && (inPlace(tokens, m) || afterPlace(tokens, mentions, i) || alone(tokens, m))) {
      // "strikes in Syria", "forces moved into Iraq": the country is where, not who. The kind stays `country`, which
      // the places stage reads ("Georgia" may be the state); `how` says it is a location.
      m.how = [...m.how, 'locative'];
      continue;
    }
    if (m.kind !== 'place' || !m.how.includes('capital') || !m.country) continue;
    if (actsAsGovernment(tokens, mentions, i)) {
      m.kind = 'country';
      m.code = m.country + 'GOV';
      m.sectors = ['GOV'];
      m.how = [...m.how, 'metonymy'];
    }
  }
}

function actsAsGovernment(tokens: Token[], mentions: Mention[], i: number): boolean {
  const m = mentions[i]!;
  const before = tokens[m.tokenStart - 1];
  const after = tokens[m.tokenEnd];
  const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === m.sentence;
  if (sameSentence(after) && after.lower === "'s") return true;
  if (sameSentence(before) && LOCATIVE.has(before.lower)) return false;
  // "in eastern Damascus": adjectives between the preposition and the name.
  let k = m.tokenStart - 1;
  while (sameSentence(tokens[k]) && tokens[k]!.pos === 'ADJ' && isLowerWord(tokens[k]!)) k--;
  if (k < m.tokenStart - 1 && sameSentence(tokens[k]) && LOCATIVE.has(tokens[k]!.lower)) return false;
  // A dateline ("MOSCOW -") or a modifier ("the Moscow summit") is a place.
  if (sameSentence(after) && (after.pos === 'NOUN' || after.text === '-' || after.text === '—')) return false;
  if (sameSentence(before) && (before.lower === 'and' || before.lower === ',' || before.lower === 'or')) {
    const sibling = mentions[i - 1];
    if (sibling && sibling.sentence === m.sentence && sibling.tokenEnd >= m.tokenStart - 2) return sibling.kind !== 'place';
  }
  if (sameSentence(before) && (ACTOR_BEFORE.has(before.lower) || before.pos === 'VERB')) return true;
  if (sameSentence(after) && (after.pos === 'VERB' || after.pos === 'AUX')) return true;
  return false;
}

/**
 * Is a country named as a location: after "in", "across", "into" ..., or "to" / "from" after a verb, perhaps with
 * "the"; as the subject matter of a noun ("a conference on Syria", "a story about Iraq", "the future of Syria"); or
 * as a land with an adjective before it ("a new Syria", "a united and democratic Syria")? Not before "'s", where
 * the country owns something and may act ("Syria's response").
 */
function inPlace(tokens: Token[], m: Mention): boolean {
  let k = m.tokenStart - 1;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'both') k--;
  const before = tokens[k];
  if (!before || before.sentence !== m.sentence) return false;
  if (WHERE.has(before.lower) || before.lower === 'from' || VISITS.has(before.lower)) return true;
  const after = tokens[m.tokenEnd];
  const owns = after !== undefined && after.sentence === m.sentence && isPossessive(after);
  const head = tokens[k - 1];
  // The tagger reads some nouns before "of" as adjectives ("the future of Syria"); a name may be about a country too
  // ("the Brussels Conference on Syria"), though not "of" it ("Central Bank of Syria").
  const noun = head !== undefined && head.sentence === m.sentence
    && (((head.pos === 'NOUN' || head.pos === 'ADJ') && isLowerWord(head)) || (head.pos === 'PROPN' && before.lower !== 'of'));
  if (!owns && TOPIC.has(before.lower) && noun) return true;
  // "a new Syria" (which the tagger may read as part of a name), and a participle after an article: "a united Syria".
  const adjective = before.pos === 'ADJ' || before.pos === 'PROPN' || (before.pos === 'VERB' && before.lower.endsWith('ed') && ARTICLES.has(head?.lower ?? ''));
  const modifies = after !== undefined && after.sentence === m.sentence && after.pos === 'NOUN';
  if (!owns && !modifies && k === m.tokenStart - 1 && adjective && isLowerWord(before)) return true;
  // "outside of Iraq", "deported back to Syria".
  if (before.lower === 'of' && head !== undefined && WHERE.has(head.lower)) return true;
  return MOTION.has(before.lower) && head !== undefined && (head.pos === 'VERB' || head.lower === 'back' || JOURNEYS.has(head.lower));
}

/** Is a country's name all of its sentence (a heading, a tag: "Syria")? It names what the story is about, no actor. */
function alone(tokens: Token[], m: Mention): boolean {
  const before = tokens[m.tokenStart - 1];
  const after = tokens[m.tokenEnd];
  return (before === undefined || before.sentence !== m.sentence) && (after === undefined || after.sentence !== m.sentence || (after.pos === 'PUNCT' && tokens[m.tokenEnd + 1]?.sentence !== m.sentence));
}

/**
 * A country named after a place: coordinated with a country read as a location ("in Iraq and Syria"), or after a
 * town and a comma ("Raqqah, Syria").
 */
function afterPlace(tokens: Token[], mentions: Mention[], i: number): boolean {
  const m = mentions[i]!;
  let k = m.tokenStart - 1;
  const article = tokens[k]?.lower === 'the';
  if (article) k--;
  const joiner = tokens[k];
  if (!joiner || joiner.sentence !== m.sentence || (joiner.lower !== 'and' && joiner.lower !== ',' && joiner.lower !== 'or')) return false;
  // "Inside Turkey, the United States is committed": a country that a verb follows is the subject, not in a list.
  const next = tokens[m.tokenEnd];
  if (next !== undefined && next.sentence === m.sentence && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  const previous = mentions[i - 1];
  if (previous && previous.sentence === m.sentence && previous.tokenEnd >= k - 1) return previous.how.includes('locative');
  const town = tokens[k - 1];
  // "Raqqah, Syria" has no article: "a long-time Ally, the United States" is no town and its country.
  if (joiner.lower !== ',' || article || town === undefined || town.sentence !== m.sentence) return false;
  // "Raqqah, Syria", "in Anbar province, Iraq".
  return (/^\p{Lu}/u.test(town.text) && town.pos === 'PROPN') || PLACE_HEADS.has(town.lower);
}
