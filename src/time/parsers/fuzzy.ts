import type { DateReading } from '../../model/index.js';
import { addDays, daysBetween, daysIn, type Day } from '../calendar.js';
import { rangeReading, yearReading, type FoundDate } from '../found.js';
import { spanOf } from '../periods.js';
import { MONTH_NAME, monthOf } from '../words.js';
import type { Parser } from './parser.js';
import { unitReading } from './units.js';

/** Which part of a period a modifier names, as fractions of it: "late" is the last third. */
const PARTS: Readonly<Record<string, [number, number]>> = {
  early: [0, 1 / 3], beginning: [0, 1 / 6], start: [0, 1 / 6], mid: [1 / 3, 2 / 3], middle: [1 / 3, 2 / 3],
  late: [2 / 3, 1], end: [5 / 6, 1], close: [5 / 6, 1], first: [0, 1 / 2], second: [1 / 2, 1], latter: [1 / 2, 1],
};

/**
 * Part of a period, keeping the period's value and TimeML value (TimeML says "late 2024" is 2024 with a modifier):
 * a year is cut at month boundaries (late 2024 is September to December), anything shorter at days.
 */
export function narrow(base: DateReading, modifier: string): DateReading {
  const [from, to] = PARTS[modifier]!;
  const [start, end] = spanOf(base);
  if (base.precision === 'year') {
    const first = Math.round(from * 12) + 1;
    const last = Math.round(to * 12);
    return rangeReading({ y: start.y, m: first, d: 1 }, { y: start.y, m: last, d: daysIn(start.y, last) }, base.timex!, base.value);
  }
  const days = daysBetween(start, end) + 1;
  const a: Day = addDays(start, Math.round(from * days));
  const b: Day = addDays(start, Math.round(to * days) - 1);
  return rangeReading(a, b, base.timex!, base.value);
}

function modifierOf(text: string): string {
  const m = /^(?:the\s+)?(early|mid|late|end|beginning|start|middle|close|first|second|latter)/i.exec(text)!;
  return m[1]!.toLowerCase();
}

/** "late 2024", "mid-2025", "early next year", "the end of the month", "late October", "the middle of October 2025". */
const fuzzy: Parser = {
  name: 'fuzzy',
  triggers: ['early', 'mid', 'late', 'end', 'beginning', 'start', 'middle', 'close', 'half'],
  digits: /^(?:mid|early|late)-/i,
  pattern: new RegExp(
    '\\b(?:early|mid|late|the\\s+(?:end|beginning|start|middle|close)\\s+of|the\\s+(?:first|second|latter)\\s+half\\s+of)[-\\s]+(?:(?:in|of)\\s+)?'
    + `(?:((?:1[6-9]|20)\\d\\d)\\b|(${MONTH_NAME})(?:,?\\s+((?:1[6-9]|20)\\d\\d)\\b)?|(this|last|next)\\s+(year|month|week)\\b|the\\s+(year|month|week)\\b)`,
    'gi',
  ),
  extract(m, ref): FoundDate | null {
    const modifier = modifierOf(m[0]);
    const how = ['period', 'fuzzy'];
    const one = (reading: DateReading, extra: string[] = []): FoundDate => {
      const r = narrow(reading, modifier);
      return { index: m.index, text: m[0], past: r, future: r, how: [...how, ...extra], rank: 1 };
    };
    if (m[1]) return one(yearReading(Number(m[1])));
    if (m[2]) {
      // Month names are capitalised in news copy: "late may" is not a date.
      if (m[2][0] !== m[2][0]!.toUpperCase()) return null;
      const month = monthOf(m[2]);
      if (m[3]) return one(unitReading('month', { y: Number(m[3]), m: month, d: 1 }, 0));
      const past = narrow(unitReading('month', { y: month <= ref.m ? ref.y : ref.y - 1, m: month, d: 1 }, 0), modifier);
      const future = narrow(unitReading('month', { y: month >= ref.m ? ref.y : ref.y + 1, m: month, d: 1 }, 0), modifier);
      return { index: m.index, text: m[0], past, future, how: [...how, 'implied-year'], rank: 1 };
    }
    const rel = m[4]?.toLowerCase();
    const unit = (m[5] ?? m[6])!.toLowerCase();
    const step = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    return one(unitReading(unit, ref, step), ['relative']);
  },
};

/** Parts of periods: early, mid, late, the end of, the first half of. */
export const FUZZY_PARSERS: readonly Parser[] = [fuzzy];
