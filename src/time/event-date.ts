import type { CodedEvent, EventDate, Mention } from '../model/index.js';

/**
 * The date of an event: a temporal expression in its own clause, else elsewhere in its sentence, else the
 * publication date; a planned event reads "Wednesday" forward, anything else backward.
 */
export function eventDate(
  event: Pick<CodedEvent, 'status' | 'sentence'>,
  clause: { start: number; end: number },
  triggerStart: number,
  dates: Mention[],
  published: string | null,
): EventDate {
  const inSentence = dates.filter((d) => d.sentence === event.sentence && d.readings);
  const inClause = inSentence.filter((d) => d.start >= clause.start && d.end <= clause.end);
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
