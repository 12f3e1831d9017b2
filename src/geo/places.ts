import type { CompiledActors } from '../actors/index.js';
import type { AnnalsDocument, Mention } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { placeActorMentions } from './actor-mentions.js';
import { readingMemo, rereadAsDivision } from './actor-places.js';
import { addPlace, likelyPoints, storyContext, tokenRange, withoutOwn } from './context.js';
import { placeKey } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { mergePlaceMentions, placeMention } from './mentions.js';
import { abbreviationAt, abbreviationMentions } from './qualifiers.js';
import { framesOf } from './frames.js';
import { siblingKinds } from './lists.js';
import { findPlaceSpans, type PlaceSpan } from './recognize.js';
import { namesInsideUnknown } from './inside-names.js';
import { prior, resolveFramed, type Resolution, type StoryContext } from './resolve.js';

/** Below this a name read without a locative word, qualifier or dateline is too weak to be a place. */
const WEAK = 5.5;
/** How far a name's reading must be ahead of its best reading in another country to lend the story that country. */
const LEND_MARGIN = 2;

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
      const found = findPlaceSpans({
        text, tokens, covered, mentions, ambiguous, dateline: datelineTokens,
        actorKnows: (surface) => readingOf(surface) !== null,
      }, gazetteer, doc.sentences);
      // An abbreviation after a comma ("Gatineau, Que.") is a division, not a town the gazetteer has under that name.
      const spans = found.filter((s) => !(tokens[s.tokenStart - 1]?.text === ',' && abbreviationAt(text, tokens, s.tokenStart, gazetteer)));
      let context = storyContext(doc, gazetteer, compiled);
      // Places the actors stage found: capitals, seats, countries named as such. A capital read as another town
      // changes the story's countries.
      let points: NonNullable<StoryContext['points']> | null = null;
      const actorInput = { doc, covered, spans, gazetteer, context, readingOf, countryNames, explain, points: () => (points ??= likelyPoints(gazetteer, spans, [])) };
      if (placeActorMentions(actorInput)) context = storyContext(doc, gazetteer, compiled);
      const { qualifiers, qualifying, lists } = framesOf({ doc, covered, spans, gazetteer, datelineTokens });
      const framed = (span: PlaceSpan) => span.locative || !!qualifiers.get(span)?.countries?.length || qualifying.has(span);
      // A name repeated with the same qualifier is resolved once per round.
      let memo = new Map<string, Resolution | null>();
      // What each name lent the story's context: a name is not its own evidence ("Edmonton" for Canada).
      const lent = new Map<string, Resolution[]>();
      const resolve = (s: PlaceSpan) => {
        const frame = qualifiers.get(s);
        const siblings = frame?.siblings ? [...frame.siblings].join(',') : '';
        const id = `${s.key}|${frame?.countries?.join(',') ?? ''}|${frame?.divisions?.join(',') ?? ''}|${frame?.wide ? 'wide' : ''}|${siblings}`;
        if (!memo.has(id)) memo.set(id, resolveFramed(gazetteer, s.candidates, withoutOwn(context, lent.get(s.key), s.key), frame, s.key));
        return memo.get(id)!;
      };
      // Only names read as places with some certainty lend their country and division to the others.
      for (const span of spans) {
        const strong = framed(span) || span.candidates.some((c) => gazetteer.precisionAt(c.entry) !== 'city' || gazetteer.populationAt(c.entry) >= 100_000);
        const r = strong ? resolve(span) : null;
        // A name as likely in another country lends nothing: "Crescent" must not make a story American.
        if (r && (framed(span) || prior(r.entry) >= 8) && (r.margin ?? Infinity) >= LEND_MARGIN) {
          addPlace(context, r);
          lent.set(span.key, [...(lent.get(span.key) ?? []), r]);
        }
      }
      // Listed places are of a kind: the first round's readings of the others pull each one towards theirs.
      if (lists.length > 0) {
        for (const [span, shares] of siblingKinds(lists, resolve)) {
          if (shares.size > 0) qualifiers.set(span, { ...qualifiers.get(span), siblings: shares });
        }
      }
      memo = new Map();
      // Names inside unknown names ("Enfield Council") say where the story is, though they are no places of their own.
      if (spans.some((s) => s.candidates.length > 1)) {
        context.points = likelyPoints(gazetteer, [...spans, ...namesInsideUnknown(text, tokens, mentions, gazetteer, ambiguous)], mentions);
      }
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
      const ends = spans.map((s) => s.tokenEnd);
      for (const m of mentions) if (m.place && m.kind === 'place') ends.push(m.tokenEnd);
      for (const m of abbreviationMentions(text, tokens, spans, ends, covered, gazetteer, context, explain)) added.push(m);
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
