import type { Mention, Token } from '../model/index.js';
import type { Gazetteer } from './gazetteer.js';
import { spanKey, type PlaceSpan } from './recognize.js';
import { capitalised, nameToken } from './tokens.js';
import { DIRECTION, INSTITUTION, NOT_THE_CITY_AFTER, PLACE_KEEPING_AFTER } from './words.js';

/** The longest place name inside an unknown name is looked for over this many words. */
const MAX_WORDS = 3;

/** Guesses of the actors stage that make an unknown name a person's: no place inside it. */
const PERSON = new Set(['guess:person-title', 'guess:given']);
/** Heads of the names of bodies and buildings that carry a place's name: "Enfield Council", "University of Manitoba". */
const HEADS: ReadonlySet<string> = new Set([...INSTITUTION, ...PLACE_KEEPING_AFTER, 'university', 'county', 'sheriff']);
const bare = (t: Token | undefined) => (t ? t.lower.replace(/\.$/, '') : '');

/** Ways named after a place lie anywhere: "Hertford Road" in Edmonton says nothing of Hertford. */
const WAYS = new Set(['road', 'street', 'avenue', 'lane', 'drive', 'highway', 'way', 'boulevard', 'place', 'square', 'crescent', 'close', 'rd', 'st', 'ave']);

/**
 * Place names inside names the actors stage could not code, as evidence of where the story is, never as places of
 * their own: "Enfield Council", "Kentucky State Police", "University of Manitoba". A name is read where the unknown
 * name of a body or building opens or after its head's "of", not before "County" or "River" ("Black Hawk County" is not the
 * town), nor in a person's name or a street's ("Hertford Road"), nor when it is a common word (`ambiguous`).
 */
export function namesInsideUnknown(
  text: string, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer, ambiguous: ReadonlySet<string>,
): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (const m of mentions) {
    // A name with a head word is a body's, whatever the actors stage guessed from its verb ("Enfield Council said").
    if (!m.how.includes('unknown') || m.how.some((h) => PERSON.has(h)) || m.tokenEnd - m.tokenStart < 2) continue;
    if (WAYS.has(tokens[m.tokenEnd - 1]!.lower.replace(/\.$/, ''))) continue;
    // "Enfield Council", "Red Deer Skating Association": the name opens a body's name that has a head word.
    let headed = false;
    for (let k = m.tokenStart + 1; k < m.tokenEnd && !headed; k++) headed = HEADS.has(bare(tokens[k]));
    const starts = headed ? [m.tokenStart] : [];
    // "Government of Alberta", "Children's Hospital of Manitoba".
    for (let k = m.tokenStart + 1; k < m.tokenEnd - 1; k++) if (tokens[k]!.lower === 'of' && HEADS.has(bare(tokens[k - 1]))) starts.push(k + 1);
    for (const from of starts) {
      let best: PlaceSpan | null = null;
      for (let to = from + 1; to <= Math.min(m.tokenEnd, from + MAX_WORDS); to++) {
        const t = tokens[to - 1]!;
        if (!capitalised(t) || !nameToken(t) || HEADS.has(bare(t)) || (to === from + 1 && (t.pos !== 'PROPN' || DIRECTION.has(t.lower)))) break;
        // A name that is the whole unknown name is no name inside it.
        if (from === m.tokenStart && to === m.tokenEnd) break;
        if (NOT_THE_CITY_AFTER.has(tokens[to]?.lower ?? '')) continue;
        const key = spanKey(text, tokens, from, to);
        if (ambiguous.has(key)) continue;
        const candidates = gazetteer.lookup(key).filter((c) => !c.derived);
        if (candidates.length > 0) best = { tokenStart: from, tokenEnd: to, key, candidates, locative: false, initial: false };
      }
      if (best) out.push(best);
    }
  }
  return out;
}
