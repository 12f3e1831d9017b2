/**
 * The events a careful analyst codes from the seed article, transcribed from the table in
 * `shared/data/seed/README.md` (12 rows). A row is found when one annals event matches every part: source,
 * event, target, status and date. The place is checked and reported, but not required.
 */
import type { EventStatus } from '../../src/index.js';

/** The event date a row accepts: a value prefix ("2026-01-28", "2025-10"), or any stated date before a day. */
export type ExpectedDate = { prefix: string[] } | { before: string };

/** One expected event. */
export interface ExpectedEvent {
  /** Actor code prefixes; any one matches ("RUS" accepts RUSGOV and RUSMIL). */
  source: string[];
  target: string[];
  /** CAMEO code prefixes ("03" accepts 030-039 and their children), or PLOVER types; either list matching is enough. */
  cameo: string[];
  plover: string[];
  status: EventStatus;
  date: ExpectedDate;
  /** A place name the event's location should carry; null when the README gives none. */
  place: string | null;
}

/** One README row: a cue and one or more events (row 9 is one event per country, row 12 two events). */
export interface ExpectedRow {
  n: number;
  cue: string;
  events: ExpectedEvent[];
}

const BEFORE_PUBLICATION: ExpectedDate = { before: '2026-01-26' };

export const SEED_EXPECTED: readonly ExpectedRow[] = [
  {
    n: 1, cue: 'is set to travel to Moscow on Wednesday for talks with ... Putin',
    events: [{ source: ['SYRGOV'], cameo: ['042', '036'], plover: [], target: ['RUSGOV'], status: 'planned', date: { prefix: ['2026-01-28'] }, place: 'Moscow' }],
  },
  {
    n: 2, cue: 'the same trip, seen from the host',
    events: [{ source: ['RUSGOV'], cameo: ['043'], plover: [], target: ['SYRGOV'], status: 'planned', date: { prefix: ['2026-01-28'] }, place: 'Moscow' }],
  },
  {
    n: 3, cue: 'first face-to-face meeting with Putin in Moscow on October 15',
    events: [{ source: ['SYRGOV'], cameo: ['040', '042'], plover: [], target: ['RUSGOV'], status: 'occurred', date: { prefix: ['2025-10-15'] }, place: 'Moscow' }],
  },
  {
    n: 4, cue: "rebel forces led by Sharaa's Hayat Tahrir al-Sham (HTS) coalition toppled Assad",
    // "late 2024": the README gives 2024-12; a reading of "late 2024" as the year or a range starting in 2024 is fine.
    events: [{ source: ['SYRREB'], cameo: [], plover: ['COERCE', 'ASSAULT'], target: ['SYRGOV'], status: 'occurred', date: { prefix: ['2024'] }, place: 'Syria' }],
  },
  {
    n: 5, cue: 'Assad, who fled to Russia and was granted asylum',
    events: [{ source: ['RUS'], cameo: ['075'], plover: [], target: ['SYR'], status: 'occurred', date: { prefix: ['2024'] }, place: 'Russia' }],
  },
  {
    n: 6, cue: 'Sharaa pledged to honour past agreements between Damascus and Moscow',
    events: [{ source: ['SYRGOV'], cameo: ['03'], plover: ['AGREE'], target: ['RUS'], status: 'occurred', date: { prefix: ['2025-10'] }, place: 'Moscow' }],
  },
  {
    n: 7, cue: 'Putin ... expressed readiness to expand cooperation in energy, infrastructure reconstruction',
    events: [{ source: ['RUSGOV'], cameo: ['031'], plover: ['AGREE'], target: ['SYR'], status: 'occurred', date: { prefix: ['2025-10'] }, place: 'Moscow' }],
  },
  {
    n: 8, cue: 'a recent ceasefire agreement with the Syrian Democratic Forces (SDF)',
    events: [{ source: ['SYRGOV'], cameo: ['0871'], plover: ['AGREE'], target: ['SYRREB'], status: 'occurred', date: BEFORE_PUBLICATION, place: 'Syria' }],
  },
  {
    n: 9, cue: 'diplomatic outreach to regional powers such as Saudi Arabia, Qatar, Turkey, and France',
    events: ['SAU', 'QAT', 'TUR', 'FRA'].map((country) => ({
      source: ['SYRGOV'], cameo: ['040'], plover: ['CONSULT'], target: [country], status: 'occurred' as const, date: BEFORE_PUBLICATION, place: null,
    })),
  },
  {
    n: 10, cue: "evacuating a smaller base in Qamishli at Damascus's request",
    events: [{ source: ['RUS'], cameo: ['0874', '087'], plover: [], target: ['SYR'], status: 'occurred', date: BEFORE_PUBLICATION, place: 'Qamishli' }],
  },
  {
    n: 11, cue: "the same sentence: Damascus's request",
    events: [{ source: ['SYRGOV'], cameo: ['10'], plover: [], target: ['RUS'], status: 'occurred', date: BEFORE_PUBLICATION, place: null }],
  },
  {
    n: 12, cue: "Russia's years of military support for Assad - including airstrikes against opposition groups",
    events: [
      { source: ['RUS'], cameo: ['072'], plover: [], target: ['SYRGOV'], status: 'occurred', date: { before: '2024-12' }, place: 'Syria' },
      { source: ['RUS'], cameo: ['195'], plover: [], target: ['SYRREB'], status: 'occurred', date: { before: '2024-12' }, place: 'Syria' },
    ],
  },
];

/** The article date, which no event should take just because it is the article date. */
export const SEED_PUBLISHED = '2026-01-26';
