import type { Sentence, Token } from '../model/index.js';
import { isCapitalised } from './words.js';

/** Words that are also surnames of people in the news: never taken alone for the person. */
export const COMMON_WORDS = new Set([
  'may', 'march', 'june', 'august', 'april', 'rice', 'bush', 'brown', 'young', 'king', 'price', 'white', 'black', 'green',
  'long', 'little', 'love', 'hope', 'rich', 'strong', 'power', 'best', 'bond', 'wood', 'hill', 'lee', 'park', 'rose',
  'grant', 'ford', 'carter', 'johnson', 'west', 'north', 'south', 'east', 'church', 'shah', 'khan', 'ali', 'singh', 'lula',
  'sheikh', 'emir', 'prince', 'pope', 'bishop', 'general', 'major', 'judge', 'mayor', 'chief', 'cook', 'baker', 'smith',
  'wood', 'stone', 'fox', 'hunt', 'mills', 'banks', 'bell', 'hall', 'ward', 'marshal', 'marshall', 'chase', 'noble',
  'frank', 'bishop', 'dean', 'moon', 'sun', 'star', 'summer', 'winter', 'snow', 'gay', 'guy', 'page', 'law', 'day',
  'said', 'sharif', 'ban', 'hope', 'joy', 'golden', 'mercy', 'faith', 'justice', 'victory', 'liberty', 'freedom', 'truth',
]);

/** Family names shared by millions: never taken alone for one office-holder without an earlier full name. */
export const COMMON_SURNAMES = new Set([
  'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao',
  'wu', 'zhou', 'xu', 'sun', 'ma', 'hu', 'zhu', 'guo', 'he', 'lin', 'nguyen', 'tran', 'le', 'pham', 'hoang', 'khan', 'ali',
  'ahmed', 'ahmad', 'mohamed', 'mohammed', 'muhammad', 'hassan', 'hussein', 'hussain', 'ibrahim', 'abdullah', 'singh',
  'kumar', 'sharma', 'gupta', 'patel', 'shah', 'das', 'rahman', 'islam', 'smith', 'jones', 'williams', 'brown', 'davis',
  'miller', 'wilson', 'taylor', 'thomas', 'moore', 'martin', 'garcia', 'rodriguez', 'martinez', 'lopez', 'gonzalez',
  'hernandez', 'perez', 'sanchez', 'ramirez', 'silva', 'santos', 'oliveira', 'souza', 'ivanov', 'petrov', 'kovalenko',
  'shevchenko', 'muller', 'schmidt', 'schneider', 'fischer', 'weber', 'meyer', 'wagner', 'becker', 'rossi', 'russo',
  'tanaka', 'suzuki', 'sato', 'watanabe', 'yamamoto', 'nakamura', 'kobayashi', 'ito', 'kato', 'yilmaz', 'kaya', 'demir',
  'sahin', 'celik', 'abbas', 'saleh', 'salem', 'omar', 'osman', 'yusuf', 'musa', 'adams', 'kaplan',
]);

/** Lower-case particles that open a surname: "al-Sharaa", "bin Laden", "de Mistura", "van der Bellen". */
const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'an', 'az', 'bin', 'ibn', 'de', 'da', 'di', 'du', 'del', 'van', 'von', 'der', 'la', 'le']);

const isUpperInitial = (t: Token | undefined) => t !== undefined && isCapitalised(t);
const NONE: [number, string][] = [];
/** Is the token at `k` a hyphen written closed up between two words ("al-Sharaa")? */
const closedHyphen = (tokens: Token[], k: number) => tokens[k]?.text === '-' && tokens[k]!.start === tokens[k - 1]?.end && tokens[k + 1]?.start === tokens[k]!.end;

/**
 * Where a surname used alone may stand at token `i`, as `[end, key]` spans to look up, longest first: "Sharaa",
 * "al-Sharaa" (from the particle), "bin Laden". None when the word is part of a longer name ("Omar al-Ansari", "Charles
 * de Gaulle", "Jonathan Powell"): a capitalised proper noun just before or after it that no mention covers, other
 * than a title ("Mr", "Gen."), makes it someone else's name.
 */
export function surnameSpans(tokens: Token[], keys: string[], sentence: Sentence, i: number, covered: Uint8Array, titles: Set<string>): [number, string][] {
  const t = tokens[i]!;
  // Most tokens are neither a proper noun nor a particle: this runs on every token not yet in a mention.
  const particle = t.pos !== 'PROPN' && t.text.length <= 3 && PARTICLES.has(t.text);
  if (!particle && (t.pos !== 'PROPN' || !isCapitalised(t))) return NONE;
  const end = sentence.tokenEnd;
  let nameAt = i;
  const spans: [number, string][] = [];
  if (particle) {
    if (i + 2 < end && closedHyphen(tokens, i + 1) && isUpperInitial(tokens[i + 2])) nameAt = i + 2;
    else if (i + 1 < end && isUpperInitial(tokens[i + 1]) && tokens[i + 1]!.pos === 'PROPN') nameAt = i + 1;
    else return NONE;
    spans.push([nameAt + 1, `${keys[i]}${nameAt === i + 2 ? '-' : ' '}${keys[nameAt]}`], [nameAt + 1, keys[nameAt]!]);
  } else {
    // A dateline or headline in capitals ("SHARM EL-SHEIKH -") is not a surname.
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) return NONE;
    // "al-Sharaa" read from its particle; "Abu-Bakr" joined here.
    if (closedHyphen(tokens, i - 1) && PARTICLES.has(tokens[i - 2]?.lower ?? '')) return NONE;
    if (i + 2 < end && closedHyphen(tokens, i + 1)) spans.push([i + 3, keys[i]! + '-' + keys[i + 2]!]);
    spans.push([i + 1, keys[i]!]);
  }
  const before = i > sentence.tokenStart ? i - 1 : -1;
  if (before >= 0 && !covered[before] && tokens[before]!.pos === 'PROPN' && isUpperInitial(tokens[before]) && !titles.has(keys[before]!)) return NONE;
  // The tagger reads some names as verbs ("Francis Crick", "Randall Cooper"): any capital after it will do.
  let after = spans[spans.length - 1]![0];
  if (after + 1 < end && PARTICLES.has(tokens[after]!.text)) after++;
  if (after < end && !covered[after] && isUpperInitial(tokens[after]) && tokens[after]!.pos !== 'PUNCT') return NONE;
  return spans;
}

/**
 * The last words of longer names no mention covers ("Ansari" in "Abu Omar al-Ansari"), each with the token where it
 * is first seen: a later "al-Ansari" is that person, not a dictionary person of the same surname.
 */
export function longerNameEnds(tokens: Token[], keys: string[], covered: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  const name = (k: number) => !covered[k] && tokens[k]!.pos === 'PROPN' && isCapitalised(tokens[k]!);
  for (let i = 1; i < tokens.length; i++) {
    if (!name(i)) continue;
    let k = i - 1;
    if (closedHyphen(tokens, k) && PARTICLES.has(tokens[k - 1]?.lower ?? '')) k -= 2;
    else if (PARTICLES.has(tokens[k]!.lower)) k--;
    if (k < 0 || !name(k) || tokens[k]!.sentence !== tokens[i]!.sentence) continue;
    if (!out.has(keys[i]!)) out.set(keys[i]!, i);
    if (k < i - 1) {
      const joined = `${keys[i - 2]}${tokens[i - 1]!.text === '-' ? '-' : ' '}${keys[i]}`;
      if (!out.has(joined)) out.set(joined, i);
    }
  }
  return out;
}

/** How many tokens of a lower-case particle open the name starting at `i`: 2 for "al-" in "al-Zarqawi", 1 for "bin Laden". */
export function particleBefore(tokens: Token[], i: number, sentence: Sentence, covered: Uint8Array): number {
  if (i - 1 < sentence.tokenStart || covered[i - 1]) return 0;
  if (closedHyphen(tokens, i - 1) && i - 2 >= sentence.tokenStart && !covered[i - 2] && PARTICLES.has(tokens[i - 2]!.text)) return 2;
  if ((tokens[i - 1]!.text === 'bin' || tokens[i - 1]!.text === 'ibn') && tokens[i - 1]!.end < tokens[i]!.start) return 1;
  return 0;
}
