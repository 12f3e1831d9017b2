/** The 16 PLOVER event types, in PLOVER's order from cooperation to conflict. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

/** A PLOVER event type ("CONSULT"). */
export type PloverType = (typeof PLOVER_TYPES)[number];

const known: ReadonlySet<string> = new Set(PLOVER_TYPES);

/** Whether a string is one of the 16 PLOVER event types: isPloverType("CONSULT") is true. */
export function isPloverType(value: string): value is PloverType {
  return known.has(value);
}
