import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.js';

describe('findDateline', () => {
  it.each([
    ['MOSCOW - Syrian President Ahmed al-Sharaa is set to travel', 'MOSCOW', null, null],
    ['ANCHORAGE, Alaska, Aug 16 (annals) - U.S. President Donald Trump', 'ANCHORAGE', 'Alaska', 'Aug 16'],
    ['SHARM EL-SHEIKH, Egypt, Oct 14 (annals) - Hamas freed', 'SHARM EL-SHEIKH', 'Egypt', 'Oct 14'],
    ['NEW DELHI/ISLAMABAD, May 11 (annals) - India and Pakistan agreed', 'NEW DELHI/ISLAMABAD', null, 'May 11'],
    ['WASHINGTON, Jan. 26 (Reuters) — The White House said', 'WASHINGTON', null, 'Jan. 26'],
  ])('%s', (text, place, region, dateText) => {
    expect(findDateline(text)).toMatchObject({ place, region, dateText, start: 0 });
  });

  it('finds a dateline after a headline and a standfirst', () => {
    const text = 'Headline here\n\nA standfirst sentence.\n\nMOSCOW - The story.';
    const d = findDateline(text)!;
    expect(text.slice(d.start, d.end)).toBe('MOSCOW - ');
  });

  it('finds none in ordinary text', () => {
    expect(findDateline('The UN said on Monday - and again later - that NATO was wrong.')).toBeNull();
    expect(findDateline('US - China talks resumed.')).toBeNull();
  });
});
