import type { ActorRef, EventRecord } from '../model/index.js';
import { eventDay } from './event-day.js';
import type { Formatter } from './types.js';

/** An event in the PLOVER / POLECAT record shape, with annals' own fields after `location`. */
export interface PloverRecord {
  id: string;
  /** The event's own date, `YYYY-MM-DD` (a month or year counts as its first day); null when undated. */
  date: string | null;
  event_type: string;
  mode: string | null;
  /** PLOVER contexts (military, economic, humanitarian, ...); empty when the record has none. */
  context: string[];
  quad_class: number;
  actor: string | null;
  actor_code: string | null;
  actor_country: string | null;
  actor_text: string | null;
  recipient: string | null;
  recipient_code: string | null;
  recipient_country: string | null;
  recipient_text: string | null;
  event_text: string;
  trigger_text: string;
  story_id: string;
  story_date: string | null;
  story_title: string | null;
  source: string | null;
  url: string | null;
  location: PloverLocation | null;
  date_precision: string | null;
  cameo: string;
  goldstein: number;
  status: string;
  confidence: number;
}

/** Where a PLOVER record's event took place. */
export interface PloverLocation {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  geonames_id: number | null;
}

function actorName(actor: ActorRef | null): string | null {
  return actor == null ? null : actor.name ?? actor.code;
}

/** Map one annals record onto the PLOVER shape (see docs/event-record.md for the field table). */
export function toPlover(r: EventRecord): PloverRecord {
  return {
    id: r.id,
    date: eventDay(r.date),
    event_type: r.plover,
    mode: r.ploverMode,
    context: r.contexts ?? [],
    quad_class: r.quadClass,
    actor: actorName(r.source),
    actor_code: r.source?.code ?? null,
    actor_country: r.source?.country ?? null,
    actor_text: r.source?.text ?? null,
    recipient: actorName(r.target),
    recipient_code: r.target?.code ?? null,
    recipient_country: r.target?.country ?? null,
    recipient_text: r.target?.text ?? null,
    event_text: r.evidence.text,
    trigger_text: r.trigger.text,
    story_id: r.article.id,
    story_date: r.article.published,
    story_title: r.article.title,
    source: r.article.source,
    url: r.article.url,
    location: r.location == null ? null : {
      name: r.location.name,
      country: r.location.country,
      admin1: r.location.admin1 ?? null,
      lat: r.location.lat,
      lon: r.location.lon,
      geonames_id: r.location.geonameId,
    },
    date_precision: r.date.precision,
    cameo: r.cameo,
    goldstein: r.goldstein,
    status: r.status,
    confidence: r.confidence,
  };
}

/** PLOVER JSON Lines: one PLOVER-shaped object per event. */
export function ploverFormatter(): Formatter {
  return {
    header: () => '',
    record: (record) => `${JSON.stringify(toPlover(record))}\n`,
    footer: () => '',
  };
}
