import type { AnnalsDocument, Mention } from '../model/index.js';
import { actorPlace, type ActorReading } from './actor-places.js';
import { datelineFrame, mentionInDateline, withoutName } from './context.js';
import { placeKey } from './fold.js';
import type { Candidate, Gazetteer } from './gazetteer.js';
import { mentionPlace } from './mentions.js';
import { divisionNamedLike, townNames, townOf } from './named-like.js';
import { qualifierOf } from './qualifiers.js';
import type { PlaceSpan } from './recognize.js';
import type { PlaceEntry } from './types.js';
import { prior, resolveFramed, resolvePlace, roughKm, type Frame, type Resolution, type StoryContext } from './resolve.js';

/** What placing the actors stage's mentions needs: the document read so far and the stage's memos. */
export interface ActorMentionsInput {
  doc: AnnalsDocument;
  covered: Int32Array;
  spans: PlaceSpan[];
  gazetteer: Gazetteer;
  context: StoryContext;
  readingOf(surface: string): ActorReading;
  /** The likeliest readings of the story's other names, for nearness: asked for only when needed. */
  points(): NonNullable<StoryContext['points']>;
  /** A country named as such points at the same entry in every story: kept across documents. */
  countryNames: Map<string, Resolution | null>;
  explain: boolean;
}

/** A town this big in a country the story is about can be meant by a capital's name. */
const BIG_TOWN = 100_000;
/** A town this big near the story's other places (within `NEAR_KM`), the capital farther than `FAR_KM` from all. */
const NEAR_TOWN = 10_000;
const NEAR_KM = 100;
const FAR_KM = 400;

const hasFrame = (f: Frame) => !!(f.countries?.length || f.divisions?.length);

/** The divisions the story names: "Texas", the dateline's region ("LONDON, Ky."), the division of a big city named. */
export function namedDivisions(input: ActorMentionsInput): Set<string> {
  const { doc, spans, gazetteer } = input;
  const out = new Set<string>();
  for (const s of spans) {
    let top = -1;
    let topPrior = 8;
    for (const c of s.candidates) {
      const precision = gazetteer.precisionAt(c.entry);
      if (!c.derived && precision === 'admin1') {
        const key = gazetteer.admin1At(c.entry);
        if (key) out.add(key);
      }
      // A big city's division is as good as named: "south of Brisbane" names Queensland.
      if (precision === 'city') {
        const p = prior({ precision, geonameId: 1, population: gazetteer.populationAt(c.entry), feature: gazetteer.featureAt(c.entry) });
        if (p >= topPrior) {
          top = c.entry;
          topPrior = p;
        }
      }
    }
    const key = top >= 0 ? gazetteer.admin1At(top) : null;
    if (key) out.add(key);
  }
  for (const d of datelineFrame(doc, gazetteer).divisions ?? []) out.add(d);
  return out;
}

/**
 * A capital the actors stage read ("Paris": FRA) where the story is elsewhere: its qualifier names another country or
 * division ("Paris, Texas", "LONDON, Ky."), or, when nothing else in the story is of the capital's country, a place of
 * that name lies in a division the story names ("of Paris" in a story naming Texas).
 */
function capitalElsewhere(
  input: ActorMentionsInput, m: Mention, key: string, frame: Frame, reduced: StoryContext, named: () => Set<string>,
): Resolution | null {
  const { gazetteer } = input;
  const all = gazetteer.lookup(key);
  if (hasFrame(frame)) {
    const r = resolveFramed(gazetteer, all, input.context, frame, key);
    return r && r.entry.country !== m.country ? r : null;
  }
  if ((reduced.countries.get(m.country!) ?? 0) > 0) return null;
  const others = all.filter((c) => gazetteer.countryAt(c.entry) !== m.country);
  if (others.length === 0) return null;
  const points = input.points();
  const near = (c: Candidate, km: number) => points.some((p) => p.key !== key && roughKm(gazetteer.latAt(c.entry), gazetteer.lonAt(c.entry), p.lat, p.lon) <= km);
  const divisions = named();
  let pick = others.filter((c) => divisions.has(gazetteer.admin1At(c.entry) ?? ''));
  let why: (e: PlaceEntry) => string = (e) => `the story names ${e.admin1 ?? e.admin1Key}`;
  // Places named together lie together: a namesake near the story's other places, the capital near none of them.
  if (pick.length === 0 && !all.some((c) => gazetteer.countryAt(c.entry) === m.country && near(c, FAR_KM))) {
    pick = others.filter((c) => gazetteer.populationAt(c.entry) >= NEAR_TOWN && near(c, NEAR_KM));
    why = () => 'near the other places the story names';
  }
  // Or a city of that name as big as a regional centre in a country the story is about: "a London rally" with Canada.
  if (pick.length === 0) {
    pick = others.filter((c) => gazetteer.populationAt(c.entry) >= BIG_TOWN && (reduced.countries.get(gazetteer.countryAt(c.entry) ?? '') ?? 0) >= 2);
    why = (e) => `the story is about ${e.country}`;
  }
  if (pick.length === 0) return null;
  const r = resolvePlace(gazetteer, pick, { ...reduced, points }, {}, key);
  if (!r) return null;
  const reason = why(r.entry);
  return { ...r, why: () => [...r.why(), `${reason}, and nothing else of ${m.country}`] };
}

/**
 * Places the actors stage found: capitals, seats, countries named as such get where they point; the same name read once
 * per story and frame. A capital re-read as another country's town takes that country. Returns whether any country
 * changed, so the story's context is to be read again.
 */
export function placeActorMentions(input: ActorMentionsInput): boolean {
  const { doc, gazetteer, covered, spans, context, countryNames, explain } = input;
  const { tokens, mentions } = doc;
  const text = doc.article.text;
  const readings = new Map<string, Resolution | null>();
  let dateline: Frame | null = null;
  // One sense per story: a capital read elsewhere by its qualifier ("Paris, Texas") is that place at every mention.
  const elsewhere = new Map<string, Resolution>();
  const framedMemo = new Map<string, Resolution | null>();
  const capitals: { m: Mention; key: string; frame: Frame; framed: Resolution | null }[] = [];
  const towns = townNames(doc);
  let changed = false;
  for (const m of mentions) {
    if (!m.country || (m.kind !== 'country' && m.kind !== 'place')) continue;
    const reading = input.readingOf(m.text);
    if (reading === 'demonym' || reading === 'other') continue;
    // Only a capital standing for a place may be re-read as another town; one standing for its government stays.
    if (reading === 'capital' && m.kind === 'place') {
      const key = placeKey(m.text);
      const after = qualifierOf(text, tokens, m.tokenEnd, covered, mentions, spans, gazetteer);
      const frame = hasFrame(after) ? after : mentionInDateline(doc, m) ? (dateline ??= datelineFrame(doc, gazetteer)) : {};
      const division = divisionNamedLike(input, m, key);
      if (division) {
        m.place = mentionPlace(division, explain);
        continue;
      }
      let framed: Resolution | null = null;
      if (hasFrame(frame)) {
        const id = `${key}|${frame.countries?.join(',') ?? ''}|${frame.divisions?.join(',') ?? ''}`;
        if (!framedMemo.has(id)) framedMemo.set(id, capitalElsewhere(input, m, key, frame, context, () => new Set()));
        framed = framedMemo.get(id)!;
      }
      if (framed && !elsewhere.has(key)) elsewhere.set(key, framed);
      capitals.push({ m, key, frame, framed });
      continue;
    }
    if (reading === 'name' && towns.size > 0 && towns.has(placeKey(m.text)) && townOf(input, m)) {
      changed = true;
      continue;
    }
    const memo = `${m.text}|${m.country}|${m.kind}`;
    if (!readings.has(memo)) {
      const known = countryNames.get(memo);
      const r = known ?? actorPlace(gazetteer, m, reading, context);
      if (!known && reading === 'name' && r?.entry.precision === 'country') countryNames.set(memo, r);
      readings.set(memo, r);
    }
    const r = readings.get(memo);
    if (r) m.place = mentionPlace(r, explain);
  }
  let named: Set<string> | null = null;
  for (const { m, key, frame, framed } of capitals) {
    const memo = framed ? null : `${key}|${m.country}`;
    let r = framed ?? (memo !== null ? readings.get(memo) : undefined);
    if (r === undefined) {
      const known = elsewhere.get(key);
      const reduced = withoutName(doc, context, key, m.country!);
      r = known ? { ...known, why: () => [...known.why(), 'as where the same name is read elsewhere in the story'] }
        : capitalElsewhere(input, m, key, frame, reduced, () => (named ??= namedDivisions(input)))
          ?? actorPlace(gazetteer, m, 'capital', reduced);
      readings.set(memo!, r);
    }
    if (!r) continue;
    m.place = mentionPlace(r, explain);
    // "a London rally" in a story about Ontario: the place is another country's town, not the capital.
    if (r.entry.country && r.entry.country !== m.country) {
      m.country = r.entry.country;
      m.code = r.entry.country;
      m.how = [...m.how, 'gazetteer'];
      changed = true;
    }
  }
  return changed;
}
