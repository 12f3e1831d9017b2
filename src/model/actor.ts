import type { DatePrecision } from './event.js';
import type { MentionPlace } from './place.js';
import type { TextSpan } from './span.js';

/** What kind of thing a mention names. `agent` is a bare sector word ("rebels", "the government"). */
export type MentionKind = 'person' | 'organization' | 'country' | 'place' | 'agent' | 'date';

/** CAMEO actor attributes: `code` is country + sectors ("SYRGOV"), `country` the ISO alpha-3 part. */
export interface ActorCode {
  code: string | null;
  country: string | null;
  sectors: string[];
}

/**
 * A stretch of text that names something. Actor mentions carry a CAMEO code; coreferent mentions
 * ("Sharaa", "the president") point at their antecedent through `antecedent`.
 */
export interface Mention extends TextSpan, ActorCode {
  kind: MentionKind;
  /** Tokens `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** The canonical name of the person, organisation, country or place. */
  name: string | null;
  /** Dictionary entry id, when the mention was recognised from a dictionary. */
  entity: string | null;
  /** Index in `doc.mentions` of the mention this one refers back to. */
  antecedent: number | null;
  /** Other actors this mention stands for ("the two leaders"): indices in `doc.mentions`. */
  members?: number[];
  /**
   * How the code was found: `dictionary`, `role-by-date`, `composed`, `coreference`, `metonymy`, `title`, `pronoun`;
   * `unknown` for a name no dictionary knows (uncoded, with `guess:<clue>` for its kind).
   */
  how: string[];
  /** The office or sector word that named an actor ("president", "foreign minister"), for "the president" later. */
  title?: string;
  /** ISO 8601 value, for date mentions: the reading the clause's tense chose. */
  value?: string;
  /** For date mentions: the expression read as a past and as a future date; events pick by their status. */
  readings?: { past: DateReading; future: DateReading };
  /** For date mentions: the reading the tense of its clause chose (`value` is that reading's value). */
  reading?: 'past' | 'future';
  /** For date mentions: the TimeML TIMEX3 value of the chosen reading ("2025-Q3", "PAST_REF"), for TimeML tools. */
  timex?: string;
  /** For date mentions: the token of the verb the expression modifies ("attacked" in "attacked on Sunday"). */
  anchor?: number;
  /** Where a place name points (places, countries named as such, capitals): set by the geo stage. */
  place?: MentionPlace;
}

/** One reading of a temporal expression, at the precision the text gives. */
export interface DateReading {
  value: string;
  precision: DatePrecision;
  start?: string;
  end?: string;
  /** The TimeML TIMEX3 value: "2025-10-15", "2026-W04", "1989-Q3", "199", "2026-01-26TMO". */
  timex?: string;
}

/** An actor as written into an event record. */
export interface ActorRef extends TextSpan, ActorCode {
  name: string | null;
}
