import { describe, expect, it } from 'vitest';
import { findDates } from './index.js';

/** The one expression found in a text: its span, past and future readings and TimeML value, read on `published`. */
function read(text: string, published = '2026-01-26') {
  const found = findDates(text, published);
  expect(found, `one expression in "${text}"`).toHaveLength(1);
  const f = found[0]!;
  return { text: f.text, past: f.past?.value, future: f.future?.value, start: f.past?.start, end: f.past?.end, timex: f.past?.timex };
}

// Reference day Monday 2026-01-26, the seed article's date.
describe('absolute dates', () => {
  it.each([
    ['on Jan. 26, 2026', 'Jan. 26, 2026', '2026-01-26'],
    ['on 26 January 2026', 'on 26 January 2026', '2026-01-26'],
    ['dated 2026-01-26', '2026-01-26', '2026-01-26'],
    ['in 2024', '2024', '2024'],
    ['in fiscal 1989', 'fiscal 1989', '1989'],
    ['in October 2025', 'October 2025', '2025-10'],
    ['Q3 2025', 'Q3 2025', '2025-07/2025-09'],
    ['the winter of 1994', 'winter of 1994', '1994-12/1995-02'],
  ])('%s → %s (%s)', (text, span, value) => {
    const r = read(text);
    expect(r.text).toBe(span);
    expect([r.past, r.future]).toEqual([value, value]);
  });
});

describe('dates without a year or week: a past and a future reading', () => {
  it.each([
    ['on Jan. 20', '2026-01-20', '2027-01-20'],
    ['on October 15', '2025-10-15', '2026-10-15'],
    ['on Wednesday', '2026-01-21', '2026-01-28'],
    ['on Monday', '2026-01-26', '2026-01-26'],
    ['in October', '2025-10', '2026-10'],
    ['on the 15th', '2026-01-15', '2026-02-15'],
    ['at Christmas', '2025-12-25', '2026-12-25'],
    ['the first quarter', '2026-01/2026-03', '2026-01/2026-03'],
    ['the fourth quarter', '2025-10/2025-12', '2025-10/2025-12'],
    ['the third quarter', '2025-07/2025-09', '2026-07/2026-09'],
    ['in the summer', '2025-06/2025-08', '2026-06/2026-08'],
    ['until May', '2025-05', '2026-05'],
  ])('%s → past %s, future %s', (text, past, future) => {
    const r = read(text);
    expect([r.past, r.future]).toEqual([past, future]);
  });

  it('a weekday beside a month-day picks the year: "Monday, Oct. 26" is 2026, a Monday', () => {
    expect(read('on Monday, Oct. 26').past).toBe('2026-10-26');
  });
});

describe('relative days, weeks, months and years', () => {
  it.each([
    ['yesterday', '2026-01-25'],
    ['tomorrow', '2026-01-27'],
    ['two days ago', '2026-01-24'],
    ['10 days ago', '2026-01-16'],
    ['last Monday', '2026-01-19'],
    ['this Friday', '2026-01-30'],
    ['next week', '2026-W06'],
    ['last week', '2026-W04'],
    ['earlier this month', '2026-01'],
    ['last month', '2025-12'],
    ['next month', '2026-02'],
    ['last year', '2025'],
    ['two years ago', '2024'],
    ['six weeks ago', '2025-W51'],
    ['last February', '2025-02'],
    ['this September', '2026-09'],
    ['July last year', '2025-07'],
    ['last spring', '2025-03/2025-05'],
    ['the weekend', '2026-01-24/2026-01-25'],
  ])('%s → %s', (text, value) => {
    const r = read(text);
    expect(r.past === value || r.start + '/' + r.end === value).toBe(true);
  });
});

describe('fuzzy periods keep their value and narrow start and end', () => {
  it.each([
    ['in late 2024', 'late 2024', '2024', '2024-09-01', '2024-12-31'],
    ['by mid-2025', 'mid-2025', '2025', '2025-05-01', '2025-08-31'],
    ['early next year', 'early next year', '2027', '2027-01-01', '2027-04-30'],
    ['in late October', 'late October', '2025-10', '2025-10-22', '2025-10-31'],
    ['the end of the month', 'the end of the month', '2026-01', '2026-01-27', '2026-01-31'],
    ['in the 1990s', 'the 1990s', '1990/1999', '1990-01-01', '1999-12-31'],
    ['the early 2000s', 'the early 2000s', '2000/2009', '2000-01-01', '2003-12-31'],
  ])('%s', (text, span, value, start, end) => {
    expect(read(text)).toMatchObject({ text: span, past: value, start, end });
  });

  it('gives TimeML values: a quarter, a decade, a season, a week', () => {
    expect(read('the first quarter').timex).toBe('2026-Q1');
    expect(read('the 1990s').timex).toBe('199');
    expect(read('last spring').timex).toBe('2025-SP');
    expect(read('next week').timex).toBe('2026-W06');
  });

  it('names no date for "recently", only a direction', () => {
    const [f] = findDates('Troops recently left.', '2026-01-26');
    expect(f).toMatchObject({ text: 'recently', past: null, future: null, timex: 'PAST_REF' });
  });
});

describe('ranges and durations', () => {
  it.each([
    ['from March to May', 'from March to May', '2025-03-01', '2025-05-31'],
    ['between 2020 and 2022', 'between 2020 and 2022', '2020-01-01', '2022-12-31'],
    ['in 2019-2021', '2019-2021', '2019-01-01', '2021-12-31'],
    ['from November to February', 'from November to February', '2025-11-01', '2026-02-28'],
    ['since 2011', 'since 2011', '2011-01-01', '2026-01-26'],
    ['for three years', 'for three years', '2023-01-26', '2026-01-26'],
    ['over the past two weeks', 'over the past two weeks', '2026-01-12', '2026-01-26'],
  ])('%s', (text, span, start, end) => {
    expect(read(text)).toMatchObject({ text: span, start, end });
  });

  it('reads a duration forward in its future reading: "for three years" from now', () => {
    const [f] = findDates('for three years', '2026-01-26');
    expect(f!.future).toMatchObject({ start: '2026-01-26', end: '2029-01-26', timex: 'P3Y' });
  });

  it('keeps "postponed from Monday to Friday" as two dates', () => {
    expect(findDates('The talks were postponed from Monday to Friday.', '2026-01-26').map((f) => f.text)).toEqual(['Monday', 'Friday']);
  });
});

describe('times of day', () => {
  it.each([
    ['at 3 p.m. Tuesday', '2026-01-20', '2026-01-20T15:00'],
    ['on Tuesday morning', '2026-01-20', '2026-01-20TMO'],
    ['last night', '2026-01-25', '2026-01-25TNI'],
    ['tonight', '2026-01-26', '2026-01-26TNI'],
  ])('%s: the day, and the time in the TimeML value', (text, past, timex) => {
    expect(read(text)).toMatchObject({ past, timex });
  });
});

describe('around New Year', () => {
  it.each([
    ['2026-01-02', 'on Dec. 30', '2025-12-30', '2026-12-30'],
    ['2026-01-02', 'in December', '2025-12', '2026-12'],
    ['2025-12-30', 'on Jan. 3', '2025-01-03', '2026-01-03'],
    ['2026-01-02', 'last week', '2025-W52', '2025-W52'],
    ['2025-12-30', 'this week', '2026-W01', '2026-W01'],
    ['2025-12-30', 'next month', '2026-01', '2026-01'],
    ['2026-01-02', 'last month', '2025-12', '2025-12'],
    ['2025-12-31', 'next year', '2026', '2026'],
    ['2026-01-01', 'yesterday', '2025-12-31', '2025-12-31'],
    ['2026-01-02', 'the fourth quarter', '2025-10/2025-12', '2025-10/2025-12'],
    ['2026-01-02', 'this winter', '2025-12/2026-02', '2025-12/2026-02'],
  ])('on %s, "%s" → past %s, future %s', (published, text, past, future) => {
    const r = read(text, published);
    expect([r.past, r.future]).toEqual([past, future]);
  });
});

describe('leap days', () => {
  it.each([
    ['2025-03-05', 'on Feb. 29', '2024-02-29', '2028-02-29'],
    ['2024-03-01', 'yesterday', '2024-02-29', '2024-02-29'],
    ['2024-02-28', 'tomorrow', '2024-02-29', '2024-02-29'],
    ['2024-02-29', 'a year ago', '2023', '2023'],
    ['2024-02-29', 'on Feb. 28', '2024-02-28', '2025-02-28'],
    ['2024-03-29', 'a month ago', '2024-02', '2024-02'],
  ])('on %s, "%s" → past %s, future %s', (published, text, past, future) => {
    const r = read(text, published);
    expect([r.past, r.future]).toEqual([past, future]);
  });

  it('reads "for a year" from Feb. 29 to Feb. 28, the day the next year has', () => {
    expect(findDates('for a year', '2024-02-29')[0]!.future).toMatchObject({ start: '2024-02-29', end: '2025-02-28' });
  });
});
