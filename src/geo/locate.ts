import { splitClauses, type Clause } from '../events/index.js';
import type { AnnalsDocument, CodedEvent, EventLocation, Mention, MentionPlace, Token } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import type { Gazetteer } from './gazetteer.js';
import { locativeBefore } from './recognize.js';

const EXACTNESS: Record<MentionPlace['precision'], number> = { facility: 5, city: 4, admin1: 3, region: 2, country: 1 };

/** A place named in the text that can be where an event happened. */
interface Site {
  mention: Mention;
  place: MentionPlace;
  token: number;
}

/**
 * The sites of a document: place mentions, and countries or capitals after a locative word ("in Syria", "fled to
 * Russia"). A country acting ("Russia said") or a capital standing for its government is no site.
 */
function sitesOf(doc: AnnalsDocument): Site[] {
  const out: Site[] = [];
  for (const m of doc.mentions) {
    if (!m.place || m.kind === 'date') continue;
    const sentence = doc.sentences[m.sentence];
    const locative = sentence ? locativeBefore(doc.tokens, m.tokenStart, sentence.tokenStart) : false;
    const actor = m.how.includes('metonymy');
    if (m.kind === 'place' || (locative && !actor)) out.push({ mention: m, place: m.place, token: m.tokenStart });
  }
  return out;
}

function toLocation(place: MentionPlace, from: NonNullable<EventLocation['from']>): EventLocation {
  return {
    name: place.name, country: place.country, admin1: place.admin1, lat: place.lat, lon: place.lon, geonameId: place.geonameId,
    featureClass: place.featureClass, precision: place.precision, from,
  };
}

/** In its own clause, the most exact site ("in Aleppo, Syria" is Aleppo), the nearest to the trigger among equals. */
function mostExact(sites: Site[], trigger: number): Site | null {
  let out: Site | null = null;
  for (const s of sites) {
    if (!out) out = s;
    else {
      const d = EXACTNESS[s.place.precision] - EXACTNESS[out.place.precision];
      if (d > 0 || (d === 0 && Math.abs(s.token - trigger) < Math.abs(out.token - trigger))) out = s;
    }
  }
  return out;
}

/** Elsewhere in the sentence, the nearest site to the trigger. */
function nearest(sites: Site[], trigger: number): Site | null {
  let out: Site | null = null;
  for (const s of sites) if (!out || Math.abs(s.token - trigger) < Math.abs(out.token - trigger)) out = s;
  return out;
}

/** A place away from the event's clause fits only when it is in the country of one of its actors. */
function fitsActors(event: CodedEvent, place: MentionPlace): boolean {
  const countries = [event.source?.country, event.target?.country].filter((c): c is string => !!c);
  return countries.length === 0 || place.country === null || countries.includes(place.country);
}

/**
 * Roots of events that happen where they land: aid (07), assaults (18), fighting (19), mass violence (20): "the
 * Hamas-led attack on Israel", "aid to Sudan". Words, decisions and sanctions happen where the source is.
 */
const LANDS_ON_TARGET = new Set(['07', '18', '19', '20']);

const ATTACHED = new Set(['coordinate', 'relative', 'parenthetical', 'participial']);

/**
 * Which clauses report another event ("signaling that ...", "said that ..."), with the clauses hanging on them
 * ("— the Tartus naval base and ..."): a number per reported stretch, -1 for the rest.
 */
function reportedStretches(clauses: Clause[]): number[] {
  const out: number[] = [];
  let current = -1;
  clauses.forEach((c, i) => {
    if (c.kind === 'complement') current = i;
    else if (!ATTACHED.has(c.kind)) current = -1;
    out.push(current);
  });
  return out;
}

/**
 * Where each event happened: a place in its own clause ("in Moscow", "near Qamishli"), else elsewhere in its
 * sentence, else the dateline's, when these fit its actors' countries; else an actor's country (`from: 'actor'`, as
 * GDELT's actor geography): the target's for aid and force, the source's for the rest.
 */
export function eventPlaces(gazetteer: Gazetteer): Stage {
  return {
    name: 'event-places',
    requires: ['events', 'places'],
    assigns: [],
    run: function eventPlaces(doc: AnnalsDocument) {
      if (doc.events.length === 0) return;
      doc.events = withoutQualifierTwins(doc);
      const sites = sitesOf(doc);
      const clauseCache = new Map<number, Clause[]>();
      const { dateline } = doc;
      const inDateline = (s: Site) => dateline !== null && s.mention.start >= dateline.start && s.mention.end <= dateline.end;
      const datelineSite = mostExact(sites.filter(inDateline), 0);
      for (const event of doc.events) {
        const trigger = tokenAt(doc.tokens, event.trigger.start, doc.sentences[event.sentence]?.tokenStart ?? 0);
        const sentence = doc.sentences[event.sentence];
        const here = sites.filter((s) => s.mention.sentence === event.sentence && !inDateline(s));
        // Most events' sentences name no place: their clauses are not worth finding.
        let clauses = here.length > 0 ? clauseCache.get(event.sentence) : undefined;
        if (!clauses && here.length > 0 && sentence) {
          clauses = splitClauses(doc.tokens, sentence);
          clauseCache.set(event.sentence, clauses);
        }
        const own = clauses?.find((c) => c.start <= trigger && trigger < c.end);
        const inClause = own ? here.filter((s) => s.token >= own.start && s.token < own.end) : [];
        const clauseSite = mostExact(inClause, trigger);
        if (clauseSite) {
          event.location = toLocation(clauseSite.place, 'clause');
          continue;
        }
        const stretches = clauses ? reportedStretches(clauses) : [];
        const stretchOf = (token: number) => stretches[clauses?.findIndex((k) => k.start <= token && token < k.end) ?? -1] ?? -1;
        const ownStretch = stretchOf(trigger);
        const elsewhere = here.filter((s) => {
          const stretch = stretchOf(s.token);
          return (stretch === -1 || stretch === ownStretch) && fitsActors(event, s.place);
        });
        const sentenceSite = nearest(elsewhere, trigger);
        if (sentenceSite) {
          event.location = toLocation(sentenceSite.place, 'sentence');
          continue;
        }
        if (datelineSite && fitsActors(event, datelineSite.place)) {
          event.location = toLocation(datelineSite.place, 'dateline');
          continue;
        }
        const sides = LANDS_ON_TARGET.has(event.cameo.slice(0, 2)) ? [event.target, event.source] : [event.source, event.target];
        const entry = sides.map((side) => (side?.country ? gazetteer.country(side.country) : null)).find((e) => e != null) ?? null;
        if (entry) {
          event.location = {
            name: entry.name, country: entry.country, admin1: null, lat: entry.lat, lon: entry.lon, geonameId: entry.geonameId,
            featureClass: entry.feature, precision: 'country', from: 'actor',
          };
        }
      }
    },
  };
}

/**
 * "evacuated a base in Qamishli, Syria": the slot binds the place and its qualifier as if they were two targets. The
 * event with the qualifier is the same event as the one with the place: it goes.
 */
function withoutQualifierTwins(doc: AnnalsDocument): CodedEvent[] {
  const text = doc.article.text;
  const qualifies = (q: { start: number } | null, p: { end: number } | null) => q !== null && p !== null && /^,\s*$/.test(text.slice(p.end, q.start));
  const places = doc.mentions.filter((m) => m.kind === 'place' && m.place);
  const twin = (e: CodedEvent, role: 'source' | 'target') => doc.events.some((o) => o !== e && o.sentence === e.sentence && o.cameo === e.cameo
    && o.trigger.start === e.trigger.start && places.some((p) => p.start === o[role]?.start && p.end === o[role]?.end && qualifies(e[role], p))
    && (role === 'target' ? o.source?.code === e.source?.code : o.target?.code === e.target?.code));
  return doc.events.filter((e) => !twin(e, 'target') && !twin(e, 'source'));
}

function tokenAt(tokens: Token[], start: number, from: number): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i]!.start >= start) return i;
  return tokens.length - 1;
}
