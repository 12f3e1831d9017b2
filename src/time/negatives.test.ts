import { describe, expect, it } from 'vitest';
import { findDates } from './index.js';

/** Words and numbers that look like dates and are not (chrono's file of negative cases). */
describe('not dates', () => {
  it.each([
    'He may go to Moscow.',
    'Thousands marched in protest.',
    'The Sunday Times reported it.',
    'Sun Microsystems posted a loss.',
    'About 2,000 troops crossed the border.',
    'Some 1500 people fled.',
    'The army deployed 2000 soldiers.',
    'The decision was cheered by the Arab Spring movement.',
    'Future talks are uncertain.',
    'Prices saw a fall in demand.',
    'A 3/4 majority is needed.',
    'He arrived 10 days before the vote.',
    'The day before the summit was quiet.',
    'It will march on.',
    'The spring water was clean.',
    'The fighters were some 20 years old.',
    'The 1,500-strong force moved.',
  ])('%s', (text) => {
    expect(findDates(text, '2026-01-26').filter((f) => f.past !== null).map((f) => f.text)).toEqual([]);
  });
});
