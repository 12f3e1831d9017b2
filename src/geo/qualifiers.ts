import type { Mention, Token } from '../model/index.js';
import { ABBREVIATION } from './build.js';
import { placeKey } from './fold.js';
import type { Candidate, Gazetteer } from './gazetteer.js';
import { placeMention } from './mentions.js';
import { spanKey, type PlaceSpan } from './recognize.js';
import { resolvePlace, type Frame, type StoryContext } from './resolve.js';

/** The spans that are the qualifier of the span before them ("Syria" in "Aleppo, Syria"); spans in text order. */
export function qualifierSpans(spans: PlaceSpan[], tokens: Token[]): Set<PlaceSpan> {
  const out = new Set<PlaceSpan>();
  for (let k = 1; k < spans.length; k++) {
    const s = spans[k - 1]!;
    if (s.tokenEnd + 1 === spans[k]!.tokenStart && tokens[s.tokenEnd]!.text === ',') out.add(spans[k]!);
  }
  return out;
}

/** "Paris, Texas", "Tartus, Syria", "Danbury, Conn.": what follows a comma after the name narrows it. */
export function qualifierOf(
  text: string, tokens: Token[], end: number, covered: Int32Array, mentions: Mention[], spans: PlaceSpan[], gazetteer: Gazetteer,
): Frame {
  if (tokens[end]?.text !== ',' || !tokens[end + 1]) return {};
  const frame = qualifierAt(text, tokens, end + 1, covered, mentions, spans, gazetteer);
  // In a list ("Zaïre, Bundibugyo, Côte d'Ivoire and Sudan") the next name may be no qualifier: it narrows, never replaces.
  if (frame.fallbacks && inList(tokens, end, spans, mentions, covered)) delete frame.fallbacks;
  return frame;
}

/** Whether the name ending at `end` follows a comma after another name: the middle of a list. */
function inList(tokens: Token[], end: number, spans: PlaceSpan[], mentions: Mention[], covered: Int32Array): boolean {
  const span = spans.find((s) => s.tokenEnd === end);
  const start = span ? span.tokenStart : covered[end - 1]! >= 0 ? mentions[covered[end - 1]!]!.tokenStart : end - 1;
  const before = tokens[start - 1];
  return before !== undefined && (before.text === ',' || before.lower === 'and' || before.lower === 'or');
}

/** "Cairo's Abbasiya": a place before a possessive places the name after it in its country, else at the place itself. */
export function possessorOf(tokens: Token[], start: number, covered: Int32Array, mentions: Mention[], gazetteer: Gazetteer): Frame {
  if (tokens[start - 1]?.lower !== "'s" || start < 2 || covered[start - 2]! < 0) return {};
  const m = mentions[covered[start - 2]!]!;
  if (!m.place || !m.country || m.place.precision === 'region') return {};
  const { lat, lon } = m.place;
  const own = gazetteer.lookup(placeKey(m.text)).find((c) => Math.abs(gazetteer.latAt(c.entry) - lat) < 1e-3 && Math.abs(gazetteer.lonAt(c.entry) - lon) < 1e-3);
  return { countries: [m.country], qualifierText: m.text, ...(own ? { fallbacks: [own.entry] } : {}) };
}

function qualifierAt(
  text: string, tokens: Token[], at: number, covered: Int32Array, mentions: Mention[], spans: PlaceSpan[], gazetteer: Gazetteer,
): Frame {
  const span = spans.find((s) => s.tokenStart === at);
  const mention = covered[at]! >= 0 ? mentions[covered[at]!]! : null;
  // "Vancouver, British Columbia": a longer place name takes in a demonym or country mention.
  const m = mention && !(span && span.tokenEnd > mention.tokenEnd) && !mention.how.includes('demonym') ? mention : null;
  if (m && m.tokenStart === at && m.country && (m.kind === 'country' || m.kind === 'place')) {
    // "Blakely, Georgia": a country's name may also be a division's; both readings qualify.
    const readings = gazetteer.lookup(placeKey(m.text)).filter((c) => gazetteer.precisionAt(c.entry) !== 'city');
    const divisions = readings.filter((c) => gazetteer.precisionAt(c.entry) === 'admin1' && gazetteer.admin1At(c.entry));
    const country = m.kind === 'country' ? gazetteer.country(m.country) : null;
    // A town the actors stage read ("Paris, London and Berlin") qualifies nothing: only a country or a wider place does.
    const wider = m.kind === 'country' ? [] : readings.filter((c) => gazetteer.countryAt(c.entry) === m.country).map((c) => c.entry);
    if (!country && divisions.length === 0 && wider.length === 0) return {};
    return {
      countries: [...(country || wider.length ? [m.country] : []), ...divisions.map((c) => gazetteer.countryAt(c.entry)!)],
      divisions: divisions.map((c) => gazetteer.admin1At(c.entry)!), qualifierText: m.text, level: country ? 'country' : 'admin1',
      fallbacks: [...(country ? [country.index] : []), ...wider, ...divisions.map((c) => c.entry)],
    };
  }
  const candidates: Candidate[] = abbreviationAt(text, tokens, at, gazetteer)?.candidates ?? span?.candidates ?? [];
  for (const c of candidates) {
    const e = gazetteer.entry(c.entry);
    if (e.precision === 'admin1' && e.admin1Key && e.country) return { countries: [e.country], divisions: [e.admin1Key], qualifierText: e.name, fallbacks: [e.index], level: 'admin1' };
    if (e.precision === 'country' && e.country) return { countries: [e.country], qualifierText: e.name, fallbacks: [e.index], level: 'country' };
  }
  return {};
}

/** An abbreviation at `at` ("Ky.", "B.C.", "N.Y."), ending with a full stop or, in a dateline, before "(" or a dash ("Ky (WBKO) --"). */
export function abbreviationAt(text: string, tokens: Token[], at: number, gazetteer: Gazetteer): { end: number; candidates: Candidate[] } | null {
  for (let j = at; j < Math.min(tokens.length, at + 5); j++) {
    const surface = text.slice(tokens[at]!.start, tokens[j]!.end);
    if (!surface.endsWith('.') && !DATELINE_AFTER.test(tokens[j + 1]?.text ?? '')) continue;
    const candidates = gazetteer.lookup(ABBREVIATION + spanKey(text, tokens, at, j + 1));
    if (candidates.length > 0) return { end: j + 1, candidates };
  }
  return null;
}
const DATELINE_AFTER = /^(?:\(|[-—–]{1,2})$/;

/** Abbreviations read as qualifiers of a place name ending at one of `ends` ("Danbury, Conn.") become place mentions of their division. */
export function abbreviationMentions(
  text: string, tokens: Token[], spans: PlaceSpan[], ends: number[], covered: Int32Array, gazetteer: Gazetteer, context: StoryContext, explain: boolean,
): Mention[] {
  const out: Mention[] = [];
  for (const tokenEnd of ends) {
    const at = tokenEnd + 1;
    if (tokens[tokenEnd]?.text !== ',' || covered[at] === undefined || covered[at]! >= 0 || spans.some((x) => x.tokenStart === at)) continue;
    const found = abbreviationAt(text, tokens, at, gazetteer);
    if (!found) continue;
    // The stop ending "Ky." may be the sentence's own: the mention ends before it when it is a token of its own.
    const end = tokens[found.end - 1]!.text === '.' ? found.end - 1 : found.end;
    const r = resolvePlace(gazetteer, found.candidates, context);
    if (r && end > at) out.push(placeMention(text, tokens, { tokenStart: at, tokenEnd: end, key: '', candidates: found.candidates, locative: false, initial: false }, r, explain));
  }
  return out;
}
