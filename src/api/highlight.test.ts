import { describe, expect, test } from 'vitest';
import { fixture } from '../store/fixtures.test-helpers.js';
import { segments } from './highlight.js';

describe('segments', () => {
  const { article, records } = fixture();
  const text = article.text;

  test('tile the text, in order, with no gap and no empty piece', () => {
    const out = segments(text, records);
    expect(out[0]!.start).toBe(0);
    expect(out.at(-1)!.end).toBe(text.length);
    for (const [i, s] of out.entries()) {
      expect(s.end).toBeGreaterThan(s.start);
      if (i > 0) expect(s.start).toBe(out[i - 1]!.end);
    }
  });

  test('mark each event\'s evidence, trigger and actors', () => {
    const out = segments(text, records.slice(2, 3));
    const pieces = out.map((s) => [text.slice(s.start, s.end), s.events, s.roles]);
    expect(pieces).toContainEqual(['Russia', [0], ['source']]);
    expect(pieces).toContainEqual(['granted asylum', [0], ['trigger']]);
    expect(pieces).toContainEqual(['Bashar al-Assad', [0], ['target']]);
    expect(pieces).toContainEqual([' in December 2024.', [0], []]);
  });

  test('text outside any evidence is one plain segment; no events, one segment', () => {
    expect(segments('Nothing here.', [])).toEqual([{ start: 0, end: 13, events: [], roles: [] }]);
    expect(segments('', [])).toEqual([]);
  });

  test('spans past the end of the text are clamped', () => {
    const [first] = records;
    const stray = { ...first!, evidence: { ...first!.evidence, end: 10_000 } };
    expect(segments(text, [stray]).at(-1)!.end).toBe(text.length);
  });
});
