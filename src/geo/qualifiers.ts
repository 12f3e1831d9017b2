import type { Mention, Token } from '../model/index.js';
import { ABBREVIATION } from './build.js';
import { placeKey } from './fold.js';
import type { Candidate, Gazetteer } from './gazetteer.js';
import { placeMention } from './mentions.js';
import { spanKey, type PlaceSpan } from './recognize.js';
import { resolvePlace, type Frame, type StoryContext } from './resolve.js';

/** Whether this span is itself the qualifier of the span before it ("Aleppo, Syria"). */
export function isQualifier(span: PlaceSpan, spans: PlaceSpan[], tokens: Token[]): boolean {
  return spans.some((s) => s.tokenEnd + 1 === span.tokenStart && tokens[s.tokenEnd]!.text === ',');
}

/** "Paris, Texas", "Tartus, Syria", "Danbury, Conn.": what follows a comma after the name narrows it. */
export function qualifierOf(
  text: string, tokens: Token[], end: number, covered: Int32Array, mentions: Mention[], spans: PlaceSpan[], gazetteer: Gazetteer,
): Frame {
  if (tokens[end]?.text !== ',' || !tokens[end + 1]) return {};
  return qualifierAt(text, tokens, end + 1, covered, mentions, spans, gazetteer);
}

/** "Cairo's Abbasiya": a place before a possessive places the name after it in its country. */
export function possessorOf(tokens: Token[], start: number, covered: Int32Array, mentions: Mention[]): Frame {
  if (tokens[start - 1]?.lower !== "'s" || start < 2 || covered[start - 2]! < 0) return {};
  const m = mentions[covered[start - 2]!]!;
  return m.place && m.country && m.place.precision !== 'region' ? { countries: [m.country], qualifierText: m.text } : {};
}

function qualifierAt(
  text: string, tokens: Token[], at: number, covered: Int32Array, mentions: Mention[], spans: PlaceSpan[], gazetteer: Gazetteer,
): Frame {
  const m = covered[at]! >= 0 ? mentions[covered[at]!]! : null;
  if (m && m.tokenStart === at && m.country && (m.kind === 'country' || m.kind === 'place')) {
    // "Blakely, Georgia": a country's name may also be a division's; both readings qualify.
    const divisions = gazetteer.lookup(placeKey(m.text)).map((c) => gazetteer.entry(c.entry)).filter((e) => e.precision === 'admin1' && e.admin1Key);
    return {
      countries: [m.country, ...divisions.map((e) => e.country!).filter(Boolean)], divisions: divisions.map((e) => e.admin1Key!), qualifierText: m.text,
    };
  }
  const span = spans.find((s) => s.tokenStart === at);
  const candidates: Candidate[] = abbreviationAt(text, tokens, at, gazetteer)?.candidates ?? span?.candidates ?? [];
  for (const c of candidates) {
    const e = gazetteer.entry(c.entry);
    if (e.precision === 'admin1' && e.admin1Key && e.country) return { countries: [e.country], divisions: [e.admin1Key], qualifierText: e.name };
    if (e.precision === 'country' && e.country) return { countries: [e.country], qualifierText: e.name };
  }
  return {};
}


/** An abbreviation at `at` ("Ky.", "B.C.", "N.Y."), ending with a full stop: its tokens and divisions. */
export function abbreviationAt(text: string, tokens: Token[], at: number, gazetteer: Gazetteer): { end: number; candidates: Candidate[] } | null {
  for (let j = at; j < Math.min(tokens.length, at + 5); j++) {
    const surface = text.slice(tokens[at]!.start, tokens[j]!.end);
    if (!surface.endsWith('.')) continue;
    const candidates = gazetteer.lookup(ABBREVIATION + spanKey(text, tokens, at, j + 1));
    if (candidates.length > 0) return { end: j + 1, candidates };
  }
  return null;
}

/** Abbreviations read as qualifiers ("Danbury, Conn.") become place mentions of their division. */
export function abbreviationMentions(
  text: string, tokens: Token[], spans: PlaceSpan[], covered: Int32Array, gazetteer: Gazetteer, context: StoryContext, explain: boolean,
): Mention[] {
  const out: Mention[] = [];
  for (const s of spans) {
    const at = s.tokenEnd + 1;
    if (tokens[s.tokenEnd]?.text !== ',' || covered[at] === undefined || covered[at]! >= 0 || spans.some((x) => x.tokenStart === at)) continue;
    const found = abbreviationAt(text, tokens, at, gazetteer);
    if (!found) continue;
    // The stop ending "Ky." may be the sentence's own: the mention ends before it when it is a token of its own.
    const end = tokens[found.end - 1]!.text === '.' ? found.end - 1 : found.end;
    const r = resolvePlace(gazetteer, found.candidates, context);
    if (r && end > at) out.push(placeMention(text, tokens, { tokenStart: at, tokenEnd: end, key: '', candidates: found.candidates, locative: false, initial: false }, r, explain));
  }
  return out;
}
