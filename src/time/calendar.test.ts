import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isoWeek, isValidDay, parseDay } from './calendar.js';

const day = (s: string) => parseDay(s)!;

describe('calendar arithmetic', () => {
  it('knows leap days: Feb 29 exists in 2024 and 2000, not in 2025 or 1900', () => {
    expect([isValidDay(2024, 2, 29), isValidDay(2000, 2, 29), isValidDay(2025, 2, 29), isValidDay(1900, 2, 29)]).toEqual([true, true, false, false]);
    expect(parseDay('2025-02-29')).toBeNull();
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i day is %s', (from, n, to) => {
    expect(addDays(day(from), n)).toEqual(day(to));
  });

  it('clamps a month step to the month end: Jan 31 + 1 month is Feb 29 in a leap year', () => {
    expect(addMonths(day('2024-01-31'), 1)).toEqual(day('2024-02-29'));
    expect(addMonths(day('2025-01-31'), 1)).toEqual(day('2025-02-28'));
    expect(addMonths(day('2026-01-15'), -1)).toEqual(day('2025-12-15'));
  });

  it.each([
    ['2025-12-29', '2026-W01'],
    ['2026-01-01', '2026-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-01-26', '2026-W05'],
  ])('%s is in ISO week %s', (d, week) => {
    expect(isoWeek(day(d))).toBe(week);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween(day('2024-02-28'), day('2024-03-01'))).toBe(2);
  });
});
