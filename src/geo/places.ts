import type { CompiledActors } from '../actors/index.js';
import type { AnnalsDocument, Mention, Token } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { actorPlace, actorReading, readingMemo, rereadAsDivision } from './actor-places.js';
import { placeKey } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { mentionPlace, mergePlaceMentions, placeMention } from './mentions.js';
import { abbreviationAt, abbreviationMentions, isQualifier, possessorOf, qualifierOf } from './qualifiers.js';
import { findPlaceSpans, type PlaceSpan } from './recognize.js';
import { prior, resolvePlace, type Frame, type Resolution, type StoryContext } from './resolve.js';

/** Below this a name read without a locative word, qualifier or dateline is too weak to be a place. */
const WEAK = 5.5;

/** The options of the geo stage: the gazetteer, the actor dictionaries it defers to, and the names needing context. */
export interface PlacesOptions {
  gazetteer: Gazetteer;
  compiled: CompiledActors;
  ambiguous: ReadonlySet<string>;
  /** Keep the reasons for each choice in `place.why` (for `annals explain`). */
  explain?: boolean;
}

/**
 * Places: capitals, countries and seats the actors stage found get where they point; other place names in the text
 * (cities, divisions, bases, crossings, regions) become `place` mentions coded with their country. Each is resolved
 * against the gazetteer by size, kind, the story's countries (dateline, actors, other places) and a qualifier
 * ("Tartus, Syria").
 */
export function places(options: PlacesOptions): Stage {
  const { gazetteer, compiled, ambiguous } = options;
  const explain = options.explain === true;
  const readingOf = readingMemo(compiled);
  // Which country names are also a division's name elsewhere ("Georgia"): asked once per name.
  const doubleNames = new Map<string, boolean>();
  // A country named as such points at the same entry in every story: read once, whatever the story.
  const countryNames = new Map<string, Resolution | null>();
  return {
    name: 'places',
    requires: ['tokens', 'sentences', 'mentions'],
    assigns: ['places'],
    run: function places(doc: AnnalsDocument) {
      const { tokens, mentions } = doc;
      const text = doc.article.text;
      const covered = new Int32Array(tokens.length).fill(-1);
      mentions.forEach((m, i) => covered.fill(i, m.tokenStart, m.tokenEnd));
      const datelineTokens = doc.dateline ? tokenRange(tokens, doc.dateline.start, doc.dateline.end) : null;
      const context = storyContext(doc, gazetteer, compiled);

      // Places the actors stage found: capitals, seats, countries named as such; the same name read once per story.
      const readings = new Map<string, Resolution | null>();
      for (const m of mentions) {
        if (!m.country || (m.kind !== 'country' && m.kind !== 'place')) continue;
        const reading = readingOf(m.text);
        if (reading === 'demonym' || reading === 'other') continue;
        const memo = `${m.text}|${m.country}|${m.kind}`;
        if (!readings.has(memo)) {
          const known = countryNames.get(memo);
          const r = known ?? actorPlace(gazetteer, m, reading, context);
          if (!known && reading === 'name' && r?.entry.precision === 'country') countryNames.set(memo, r);
          readings.set(memo, r);
        }
        const r = readings.get(memo);
        if (!r) continue;
        m.place = mentionPlace(r, explain);
        // "a London rally" in a story about Ontario: the place is another country's town, not the capital.
        if (m.kind === 'place' && reading === 'capital' && r.entry.country && r.entry.country !== m.country) {
          m.country = r.entry.country;
          m.code = r.entry.country;
          m.how = [...m.how, 'gazetteer'];
        }
      }

      const found = findPlaceSpans({
        text, tokens, covered, mentions, ambiguous, dateline: datelineTokens,
        actorKnows: (surface) => readingOf(surface) !== null,
      }, gazetteer, doc.sentences);
      // An abbreviation after a comma ("Gatineau, Que.") is a division, not a town the gazetteer has under that name.
      const spans = found.filter((s) => !(tokens[s.tokenStart - 1]?.text === ',' && abbreviationAt(text, tokens, s.tokenStart, gazetteer)));
      const qualifiers = new Map<PlaceSpan, Frame>();
      for (const span of spans) {
        const after = qualifierOf(text, tokens, span.tokenEnd, covered, mentions, spans, gazetteer);
        qualifiers.set(span, after.countries?.length ? after : possessorOf(tokens, span.tokenStart, covered, mentions));
      }
      const framed = (span: PlaceSpan) => span.locative || !!qualifiers.get(span)?.countries?.length || isQualifier(span, spans, tokens);
      // A name repeated with the same qualifier is resolved once per round.
      let memo = new Map<string, Resolution | null>();
      // What each name lent the story's context: a name is not its own evidence ("Edmonton" for Canada).
      const lent = new Map<string, Resolution[]>();
      const resolve = (s: PlaceSpan) => {
        const frame = qualifiers.get(s);
        const id = `${s.key}|${frame?.countries?.join(',') ?? ''}|${frame?.divisions?.join(',') ?? ''}`;
        if (!memo.has(id)) memo.set(id, resolvePlace(gazetteer, s.candidates, withoutOwn(context, lent.get(s.key)), frame, s.key));
        return memo.get(id)!;
      };
      // Only names read as places with some certainty lend their country and division to the others.
      for (const span of spans) {
        const strong = framed(span) || span.candidates.some((c) => gazetteer.precisionAt(c.entry) !== 'city' || gazetteer.populationAt(c.entry) >= 100_000);
        const r = strong ? resolve(span) : null;
        if (r && (framed(span) || prior(r.entry) >= 8)) {
          addPlace(context, r);
          lent.set(span.key, [...(lent.get(span.key) ?? []), r]);
        }
      }
      memo = new Map();
      if (spans.some((s) => s.candidates.length > 1)) context.points = likelyPoints(gazetteer, spans, mentions);
      const resolved = spans.map(resolve);
      // One sense per story: a name resolved with a qualifier ("Churchill, Man.") means the same place elsewhere.
      const surest = new Map<string, Resolution>();
      resolved.forEach((r, k) => {
        const key = spans[k]!.key;
        const have = surest.get(key);
        if (r && (!have || r.score > have.score)) surest.set(key, r);
      });
      const added: Mention[] = [];
      spans.forEach((span, k) => {
        const own = resolved[k];
        const r = surest.get(span.key) ?? own;
        if (!r || !own) return;
        // A lone word opening a sentence is capitalised whatever it is: only a well-known place passes.
        if (!framed(span) && own.score < (span.initial ? WEAK + 3 : WEAK) && prior(own.entry) < 9) return;
        added.push(placeMention(text, tokens, span, r === own ? r : { ...r, why: () => [...r.why(), 'as where the same name is read elsewhere in the story'] }, explain));
      });
      for (const m of abbreviationMentions(text, tokens, spans, covered, gazetteer, context, explain)) added.push(m);
      for (const m of mentions) {
        if (m.kind !== 'country' || !m.country) continue;
        const key = placeKey(m.text);
        if (!doubleNames.has(key)) doubleNames.set(key, gazetteer.lookup(key).some((c) => gazetteer.precisionAt(c.entry) === 'admin1' && gazetteer.countryAt(c.entry) !== m.country));
        if (doubleNames.get(key)) rereadAsDivision(gazetteer, compiled, m, mentions, added, context, explain);
      }
      doc.mentions = mergePlaceMentions(mentions, added);
    },
  };
}

function tokenRange(tokens: Token[], start: number, end: number): [number, number] | null {
  const from = tokens.findIndex((t) => t.start >= start);
  if (from < 0) return null;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return [from, to];
}

/** The countries of the story: the dateline's counts three times, each actor with a country once. */
function storyContext(doc: AnnalsDocument, gazetteer: Gazetteer, compiled: CompiledActors): StoryContext {
  const countries = new Map<string, number>();
  const add = (c: string | null, w: number) => {
    if (c) countries.set(c, (countries.get(c) ?? 0) + w);
  };
  let dateline: string | null = null;
  for (const m of doc.mentions) {
    if (!m.country) continue;
    const inDateline = doc.dateline && m.start >= doc.dateline.start && m.end <= doc.dateline.end;
    if (inDateline) dateline ??= m.country;
    add(m.country, inDateline ? 3 : 1);
  }
  if (doc.dateline && !dateline) {
    // A dateline the actors stage did not know ("ANCHORAGE, Alaska"): its biggest place's country.
    const r = resolvePlace(gazetteer, gazetteer.lookup(placeKey(doc.dateline.place.split('/')[0]!)), { countries, divisions: new Map(), dateline: null });
    if (r?.entry.country && !actorReading(compiled, doc.dateline.place)) {
      dateline = r.entry.country;
      add(dateline, 3);
    }
  }
  return { countries, divisions: new Map(), dateline };
}

/** The story's context without what the given resolutions of one name added to it. */
function withoutOwn(context: StoryContext, own: Resolution[] | undefined): StoryContext {
  if (!own || own.length === 0) return context;
  const countries = new Map(context.countries);
  const divisions = new Map(context.divisions);
  for (const { entry } of own) {
    if (entry.country) countries.set(entry.country, (countries.get(entry.country) ?? 1) - 1);
    if (entry.admin1Key) divisions.set(entry.admin1Key, (divisions.get(entry.admin1Key) ?? 1) - 1);
  }
  return { ...context, countries, divisions };
}

function addPlace(context: StoryContext, r: Resolution): void {
  const { country, admin1Key } = r.entry;
  if (country) context.countries.set(country, (context.countries.get(country) ?? 0) + 1);
  if (admin1Key) context.divisions.set(admin1Key, (context.divisions.get(admin1Key) ?? 0) + 1);
}

/** The likeliest few readings of each name, and the places actors named, as points for nearness. */
function likelyPoints(gazetteer: Gazetteer, spans: PlaceSpan[], mentions: Mention[]): NonNullable<StoryContext['points']> {
  const out: NonNullable<StoryContext['points']> = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (seen.has(s.key)) continue;
    seen.add(s.key);
    const entries = s.candidates.slice(0, 50)
      .filter((c) => gazetteer.precisionAt(c.entry) === 'city' || gazetteer.precisionAt(c.entry) === 'facility').map((c) => gazetteer.entry(c.entry));
    entries.sort((a, b) => prior(b) - prior(a));
    for (const e of entries.slice(0, 5)) out.push({ key: s.key, name: e.name, lat: e.lat, lon: e.lon });
  }
  for (const m of mentions) {
    if (m.place && (m.place.precision === 'city' || m.place.precision === 'facility')) out.push({ key: placeKey(m.text), name: m.place.name, lat: m.place.lat, lon: m.place.lon });
  }
  return out;
}
