import type { ActorRef } from './actor.js';
import type { TextSpan } from './span.js';

export type EventStatus = 'occurred' | 'planned' | 'negated' | 'hypothetical';

export type QuadClass = 1 | 2 | 3 | 4;

/** `day` 2026-01-28, `month` 2025-10, `year` 2024, `range` a fuzzy or bounded period with start and end. */
export type DatePrecision = 'day' | 'month' | 'year' | 'range';

/**
 * When the event happened. `from` keeps what the text states apart from what was inferred:
 * `text` (a temporal expression in the event's clause), `sentence` (elsewhere in its sentence),
 * `coreference` (an earlier mention of the same event), `published` (the article's date),
 * `unresolved` (nothing to go by).
 */
export interface EventDate {
  value: string | null;
  precision: DatePrecision | null;
  text: string | null;
  from: 'text' | 'sentence' | 'coreference' | 'dateline' | 'published' | 'unresolved';
  start?: string;
  end?: string;
}

export interface EventLocation {
  name: string;
  country: string | null;
  admin1?: string | null;
  lat: number;
  lon: number;
  geonameId: number | null;
  featureClass?: string | null;
  precision?: 'facility' | 'city' | 'admin1' | 'country' | 'region';
  from?: 'clause' | 'sentence' | 'dateline' | 'actor';
}

/** A coded event inside a document: spans point into the article text. */
export interface CodedEvent {
  sentence: number;
  evidence: TextSpan;
  trigger: TextSpan;
  source: ActorRef | null;
  target: ActorRef | null;
  /** CAMEO event code ("042"). */
  cameo: string;
  /** PLOVER event type ("CONSULT"). */
  plover: string;
  ploverMode: string | null;
  /** PLOVER contexts: the "why" of the event (military, economic, humanitarian, ...), from its code and its words. */
  contexts?: string[];
  quadClass: QuadClass;
  goldstein: number;
  status: EventStatus;
  date: EventDate;
  location: EventLocation | null;
  /** 0..1, from pattern specificity, actor certainty and clause distance. */
  confidence: number;
  /** The lexicon pattern that matched, as written in the lexicon ("travel to $T for talks"). */
  pattern: string;
  /**
   * Why source and target were chosen, for `annals explain`: `subject`, `slot`, `by-agent`, `possessor`,
   * `relative`, `inherited`, `implied`, `reciprocal`, `none`. Not part of the stored record.
   */
  why?: { source: string; target: string };
}

/** The native JSONL record: one per event, self-contained. See docs/event-record.md. */
export interface EventRecord extends Omit<CodedEvent, 'pattern' | 'why'> {
  /** Stable id: the same event of the same article always gets the same id. */
  id: string;
  article: { id: string; url: string | null; title: string | null; published: string | null; source: string | null };
  pattern: string;
}
