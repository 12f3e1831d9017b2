import type { CodedEvent, EventDate, Mention } from '../model/index.js';

type Range = { start: number; end: number };

/**
 * The date of an event: a temporal expression in its own clause, else elsewhere in its sentence (within
 * `scope`: not the clause of another event, as in "after rebels toppled Assad"), else the publication date.
 * A planned event reads "Wednesday" forward, anything else backward.
 */
export function eventDate(
  event: Pick<CodedEvent, 'status' | 'sentence'>,
  clause: Range,
  scope: Range[],
  triggerStart: number,
  dates: Mention[],
  published: string | null,
): EventDate {
  const inScope = (d: Mention) => scope.some((r) => d.start >= r.start && d.end <= r.end);
  const inSentence = dates.filter((d) => d.sentence === event.sentence && d.readings && inScope(d));
  const inClause = dates.filter((d) => d.sentence === event.sentence && d.readings).filter((d) => d.start >= clause.start && d.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : inSentence;
  if (pool.length > 0) {
    const nearest = pool.reduce((a, b) => (Math.abs(b.start - triggerStart) < Math.abs(a.start - triggerStart) ? b : a));
    const reading = event.status === 'planned' ? nearest.readings!.future : nearest.readings!.past;
    return {
      value: reading.value, precision: reading.precision, text: nearest.text, from: inClause.length > 0 ? 'text' : 'sentence',
      ...(reading.start ? { start: reading.start } : {}), ...(reading.end ? { end: reading.end } : {}),
    };
  }
  if (published) return { value: published, precision: 'day', text: null, from: 'published' };
  return { value: null, precision: null, text: null, from: 'unresolved' };
}
