import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { createPipeline } from '../pipeline/index.js';
import { time } from './index.js';
import { tenseAt } from './tense.js';

const analyzer = createAnalyzer();
const pipeline = createPipeline([nlp(analyzer), time()]);

function run(text: string, published: string | null = '2026-01-26') {
  return pipeline.run({ id: 't', url: null, title: null, published, source: null, text, origin: 'test' });
}

const dates = (text: string, published: string | null = '2026-01-26'): Mention[] => run(text, published).mentions.filter((m) => m.kind === 'date');
/** The value the clause chose for the one date expression of a text. */
const value = (text: string, published = '2026-01-26') => dates(text, published).map((m) => m.value)[0];

describe('the tense of a verb group', () => {
  it.each([
    ['Putin met Sharaa.', 'met', 'past'],
    ['Putin has met Sharaa.', 'met', 'perfect'],
    ['Putin had met Sharaa.', 'met', 'pluperfect'],
    ['Putin will meet Sharaa.', 'meet', 'future'],
    ['Putin is meeting Sharaa.', 'meeting', 'progressive'],
    ['Putin meets Sharaa.', 'meets', 'present'],
    ['Putin could meet Sharaa.', 'meet', 'modal'],
    ['Putin could have met Sharaa.', 'met', 'perfect'],
    ['Putin did not meet Sharaa.', 'meet', 'past'],
    ['Sharaa is set to travel to Moscow.', 'travel', 'future'],
    ['Sharaa plans to travel to Moscow.', 'travel', 'future'],
    ['The meeting has been postponed.', 'postponed', 'perfect'],
    ['The meeting was postponed.', 'postponed', 'past'],
    ['Analysts expect Sharaa to meet Putin.', 'meet', 'future'],
    ['Crowds gathered to mark the anniversary.', 'mark', 'past'],
  ])('%s → "%s" is %s', (text, word, tense) => {
    const doc = run(text);
    const head = doc.tokens.findIndex((t) => t.text === word);
    expect(tenseAt(doc.tokens, doc.sentences[0]!, head)).toBe(tense);
  });
});

describe('the reading a clause chooses', () => {
  it.each([
    ['Putin met Sharaa on Wednesday.', '2026-01-21'],
    ['Putin will meet Sharaa on Wednesday.', '2026-01-28'],
    ['Sharaa is set to travel to Moscow on Wednesday.', '2026-01-28'],
    ['Putin is meeting Sharaa on Wednesday.', '2026-01-28'],
    ['Putin met Sharaa on October 15.', '2025-10-15'],
    ['Putin will visit Damascus on October 15.', '2026-10-15'],
    ['Putin meets Sharaa on Friday.', '2026-01-23'],
    ['Putin meets Sharaa on Wednesday.', '2026-01-28'],
    ['The summit has been postponed to Friday.', '2026-01-30'],
    ['The vote is scheduled for Thursday.', '2026-01-29'],
    ['Putin left in December.', '2025-12'],
    ['Putin will return in December.', '2026-12'],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('dates reported time and event time apart: "said on Monday that troops attacked on Sunday"', () => {
    const found = dates('Officials said on Monday that troops attacked the town on Sunday.');
    expect(found.map((d) => [d.text, d.value])).toEqual([['on Monday', '2026-01-26'], ['on Sunday', '2026-01-25']]);
    const doc = run('Officials said on Monday that troops attacked the town on Sunday.');
    const [monday, sunday] = doc.mentions.filter((m) => m.kind === 'date');
    expect(doc.tokens[monday!.anchor!]!.text).toBe('said');
    expect(doc.tokens[sunday!.anchor!]!.text).toBe('attacked');
  });

  it('reads a month-day without a year in the year that puts it near the story', () => {
    // A deadline "set" (perfect) for Nov. 10 in an early-November story is this year's, not last year's.
    expect(value('The company has set Nov. 10 as the deadline.', '2025-11-03')).toBe('2025-11-10');
  });

  it('rolls over the New Year: a past "Dec. 30" on Jan. 2 is last year, a future "Jan. 3" on Dec. 30 next year', () => {
    expect(value('Troops attacked the town on Dec. 30.', '2026-01-02')).toBe('2025-12-30');
    expect(value('The talks will resume on Jan. 3.', '2025-12-30')).toBe('2026-01-03');
    expect(value('The talks will resume on Wednesday.', '2025-12-30')).toBe('2025-12-31');
    expect(value('The ceasefire held last week.', '2026-01-02')).toBe('2025-W52');
  });

  it('reads a leap day in its leap year', () => {
    expect(value('The deal was signed on Feb. 29.', '2025-03-05')).toBe('2024-02-29');
    expect(value('They met yesterday.', '2024-03-01')).toBe('2024-02-29');
  });
});

describe('dates counted from the story', () => {
  it('reads "the next day" from the last date before it', () => {
    const found = dates('Rebels attacked the town on Monday, Jan. 19. The next day, troops arrived.');
    expect(found.map((d) => d.value)).toEqual(['2026-01-19', '2026-01-20']);
    expect(found[1]!.how).toContain('from-antecedent');
  });

  it('reads "a year earlier" against the quarter a financial story reports on', () => {
    const found = dates('The company earned $5 million in the third quarter. A year earlier, it lost $2 million.', '2025-10-20');
    expect(found.map((d) => d.timex)).toEqual(['2025-Q3', '2024-Q3']);
  });

  it('does not count a forecast quarter as the one reported on', () => {
    const found = dates('It expects a profit in the third quarter of 2026. The year-earlier quarter was weak.', '2025-10-20');
    expect(found.map((d) => d.timex)).toEqual(['2026-Q3', '2024-Q3']);
  });
});

describe('the reference day', () => {
  it('reads relative dates from the dateline day, with no message when it is the publication day', () => {
    const doc = run('MOSCOW, Jan 26 (Reuters) - Troops attacked the town on Monday.', '2026-01-27');
    expect(doc.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.value])).toEqual([['on Monday', '2026-01-26']]);
    expect(doc.messages).toEqual([]);
  });

  it('warns when the dateline is far from the publication date and reads from the publication date', () => {
    const doc = run('MOSCOW, Jan 26 (Reuters) - Troops attacked the town on Monday.', '2026-03-10');
    expect(doc.messages.map((m) => m.ruleId)).toEqual(['time/dateline-mismatch']);
    expect(doc.mentions.find((m) => m.kind === 'date')!.value).toBe('2026-03-09');
  });

  it('without a publication date warns, reads stated years, and leaves the rest unresolved', () => {
    const doc = run('Troops attacked the town on Monday. The war began in 2011.', null);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(['time/no-publication-date']);
    const found = doc.mentions.filter((m) => m.kind === 'date');
    expect(found.map((m) => [m.text, m.value ?? null])).toEqual([['on Monday', null], ['2011', '2011']]);
    expect(found[0]!.how).toContain('unresolved');
  });

  it('leaves a duration in a past clause unanchored: "fought for three years"', () => {
    expect(dates('Rebels fought for three years.')[0]!.readings).toBeUndefined();
    expect(dates('Rebels have fought for three years.')[0]!.readings!.past).toMatchObject({ start: '2023-01-26', end: '2026-01-26' });
  });
});
