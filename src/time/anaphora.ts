import type { DateReading, Mention } from '../model/index.js';
import type { Anaphoric } from './parsers/index.js';

/** How many sentences back an antecedent date may be. */
const REACH = 3;

/** The reading a mention's clause chose, if it has one. */
export function chosen(m: Mention): DateReading | null {
  if (!m.readings) return null;
  return m.reading === 'future' ? m.readings.future : m.readings.past;
}

/**
 * Re-read expressions that count from an earlier date of the story ("the next day", "a year earlier", "the
 * year-ago quarter") against the nearest earlier date in the last few sentences, or against the nearest earlier
 * one of the kind each prefers anywhere in the story (a quarter for "a year earlier" in financial copy). Without
 * one they keep their reading from the reference day. `anaphoric` maps a date mention to what its parser proposed;
 * a preferred antecedent must have begun by the reference day `ref` (the quarter reported on, not one forecast).
 */
export function resolveAnaphora(dates: Mention[], anaphoric: Map<Mention, Anaphoric>, ref: string): void {
  dates.forEach((mention, i) => {
    const found = anaphoric.get(mention);
    if (!found || !mention.readings) return;
    const earlier: DateReading[] = [];
    const preferred: DateReading[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const r = chosen(dates[k]!);
      // An antecedent is a date the story states, not one itself counted from another.
      const how = dates[k]!.how;
      if (!r || how.includes('duration') || how.includes('anaphoric') || how.includes('from-antecedent')) continue;
      // What "a year earlier" counts from is a period reported on, begun by the reference day, not one forecast.
      if (found.prefer && (r.start ?? r.value) > ref) continue;
      // The period a story reports on (a quarter) may be named anywhere before; any other date only just before.
      if (found.prefer?.timex.test(r.timex ?? '')) preferred.push(r);
      if (dates[k]!.sentence >= mention.sentence - REACH) earlier.push(r);
    }
    const pool = found.prefer?.only ? preferred : [...preferred, ...earlier];
    for (const antecedent of pool) {
      const reading = found.reanchor(antecedent);
      if (!reading) continue;
      mention.readings = { past: reading, future: reading };
      mention.value = reading.value;
      mention.timex = reading.timex ?? reading.value;
      if (!mention.how.includes('from-antecedent')) mention.how.push('from-antecedent');
      return;
    }
  });
}
