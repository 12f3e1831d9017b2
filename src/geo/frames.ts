import type { AnnalsDocument, Token } from '../model/index.js';
import { DIVISION } from './build.js';
import { datelineFrame } from './context.js';
import type { Gazetteer } from './gazetteer.js';
import { listsOf } from './lists.js';
import { possessorOf, qualifierOf, qualifierSpans } from './qualifiers.js';
import type { PlaceSpan } from './recognize.js';
import { capitalised } from './tokens.js';
import type { Frame } from './resolve.js';
import { DIVISION_AFTER } from './words.js';

/** A portfolio's minister after a name is a division's or a country's: "Quebec Health Minister Gaetan Barrette". */
const MINISTER = new Set(['minister', 'ministry']);

/** Whether a division's office follows token `at`: "New York Gov.", "the Quebec government", "Quebec Health Minister". */
export function divisionOfficeAfter(tokens: Token[], at: number): boolean {
  const word = (t: Token | undefined) => t?.lower.replace(/\.$/, '') ?? '';
  if (DIVISION_AFTER.has(word(tokens[at]))) return true;
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    if (MINISTER.has(word(tokens[k]))) return true;
    if (!capitalised(tokens[k])) return false;
  }
  return false;
}

/** What reading the frames of a document's place names needs. */
export interface FramesInput {
  doc: AnnalsDocument;
  covered: Int32Array;
  spans: PlaceSpan[];
  gazetteer: Gazetteer;
  datelineTokens: [number, number] | null;
}

/** The frames of the place names: their qualifiers, which names are qualifiers themselves, and the lists they are in. */
export interface Frames {
  qualifiers: Map<PlaceSpan, Frame>;
  qualifying: Set<PlaceSpan>;
  lists: PlaceSpan[][];
}

/**
 * How the text frames each place name: a qualifier after a comma ("Paris, Texas"), the dateline's region, a possessor
 * ("Cairo's Abbasiya"), a reading as a division ("Bronx, New York", "New York Gov."), a list. Names the text reads as
 * divisions, and listed names, also get the divisions named like them as candidates.
 */
export function framesOf(input: FramesInput): Frames {
  const { doc, covered, spans, gazetteer, datelineTokens } = input;
  const { tokens, mentions } = doc;
  const text = doc.article.text;
  // "Bronx, New York", "New York Gov.": the name is read as a division, also one named like its capital.
  // Listed names ("Virginia, Washington and Wyoming") may be divisions named like their capitals too.
  const qualifying = qualifierSpans(spans, tokens);
  const lists = listsOf(spans, tokens);
  const listed = new Set(lists.flat());
  const wide = new Set<PlaceSpan>();
  for (const span of spans) {
    const asked = qualifying.has(span) || divisionOfficeAfter(tokens, span.tokenEnd);
    if (asked) wide.add(span);
    if (!asked && !listed.has(span)) continue;
    const divisions = gazetteer.lookup(DIVISION + span.key);
    if (divisions.length > 0) span.candidates = [...span.candidates, ...divisions];
  }
  const qualifiers = new Map<PlaceSpan, Frame>();
  let dateline: Frame | null = null;
  for (const span of spans) {
    let after = qualifierOf(text, tokens, span.tokenEnd, covered, mentions, spans, gazetteer);
    // A qualifier is wider than the name: "Alberta, Manitoba" is a list of provinces, not one inside the other.
    if (after.level && span.candidates.some((c) => gazetteer.precisionAt(c.entry) === after.level)) after = {};
    const inDateline = datelineTokens !== null && span.tokenStart >= datelineTokens[0] && span.tokenEnd <= datelineTokens[1];
    // "EDMONTON, Ky (WBKO) --": the dateline's region qualifies its place, with or without a full stop.
    const frame = after.countries?.length || !inDateline ? after : (dateline ??= datelineFrame(doc, gazetteer));
    const own = frame.countries?.length ? frame : possessorOf(tokens, span.tokenStart, covered, mentions, gazetteer);
    qualifiers.set(span, wide.has(span) ? { ...own, wide: true } : own);
  }
  return { qualifiers, qualifying, lists };
}
