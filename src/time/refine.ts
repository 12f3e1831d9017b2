import type { DateReading } from '../model/index.js';
import { compareDays, type Day } from './calendar.js';
import { interval, rangeReading, type FoundDate } from './found.js';
import { spanOf } from './periods.js';

/** Of overlapping expressions keep the longest ("late 2024" over "2024"); on a tie, the lower rank. */
export function removeOverlaps(found: FoundDate[]): FoundDate[] {
  const byPreference = [...found].sort((a, b) => b.text.length - a.text.length || a.rank - b.rank || a.index - b.index);
  const kept: FoundDate[] = [];
  for (const f of byPreference) {
    if (kept.some((k) => f.index < k.index + k.text.length && k.index < f.index + f.text.length)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}

const RANGE_GAP = /^\s*(?:to|through|until|till|-|–|—)\s*$/i;
/** "postponed from Monday to Friday" names two dates, not a stretch between them. */
const MOVED = /\b(?:postpon|delay|mov|push|reschedul|brought|bring|shift|defer|adjourn|chang)\w*\s+(?:\S+\s+){0,4}from\s+$/i;

/** One reading from `start` to `end`, or null when `end` comes first. */
function span(start: Day, end: Day, timex: string): DateReading | null {
  return compareDays(end, start) < 0 ? null : rangeReading(start, end, timex, interval(start, end));
}

/** One reading spanning `a` to `b`, or null when `b` ends before `a` starts. */
function spanning(a: DateReading, b: DateReading): DateReading | null {
  return span(spanOf(a)[0], spanOf(b)[1], a.timex ?? a.value);
}

/** `b`'s reading that ends on or after `a` starts: "from November to February" runs into the next year. */
function after(a: DateReading, b: FoundDate): DateReading | null {
  return spanning(a, b.past!) ?? spanning(a, b.future!);
}

const dated = (f: FoundDate) => f.past !== null && f.future !== null && !f.how.includes('duration');

/**
 * Ranges: "from March to May", "between 2020 and 2022", "Monday through Wednesday" become one expression from
 * the first day of one to the last day of the other; "since 2011" runs from 2011 to the reference day.
 */
export function mergeRanges(found: FoundDate[], text: string, ref: Day): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    const before = text.slice(Math.max(0, a.index - 60), a.index);
    if (b && dated(a) && dated(b)) {
      const gap = text.slice(a.index + a.text.length, b.index);
      const between = /\bbetween\s+$/i.test(before);
      if ((RANGE_GAP.test(gap) || (between && /^\s*and\s*$/i.test(gap))) && !MOVED.test(before)) {
        const past = after(a.past!, b);
        // "from November to February" read forward in January runs into a year no reading of February reaches.
        const future = after(a.future!, b) ?? past;
        const lead = /\b(?:from|between)\s+$/i.exec(before);
        if (past && future) {
          const index = lead ? a.index - lead[0].length : a.index;
          out.push({
            index, text: text.slice(index, b.index + b.text.length), past, future,
            how: [...new Set([...a.how, ...b.how, 'range'])], rank: Math.min(a.rank, b.rank),
          });
          i++;
          continue;
        }
      }
    }
    const since = /\bsince\s+$/i.exec(before);
    if (since && dated(a)) {
      const past = span(spanOf(a.past!)[0], ref, a.past!.timex ?? a.past!.value);
      if (past) {
        out.push({ ...a, index: a.index - since[0].length, text: since[0] + a.text, past, future: past, how: [...a.how, 'range', 'relative'] });
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
