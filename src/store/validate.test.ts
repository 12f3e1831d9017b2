import { describe, expect, test } from 'vitest';
import type { EventRecord } from '../model/index.js';
import { fixture } from './fixtures.test-helpers.js';
import { checkRecords } from './validate.js';

describe('checkRecords', () => {
  const { article, records } = fixture();
  const visit = records[0]!;
  const check = (changes: Record<string, unknown>): (() => void) =>
    () => checkRecords(article, [{ ...visit, ...changes } as unknown as EventRecord]);

  test('accepts the fixture records', () => {
    expect(() => checkRecords(article, records)).not.toThrow();
  });

  test.each([
    ['a quad class given as text', { quadClass: '1' }, /quadClass/],
    ['a status given as a list', { status: ['occurred'] }, /status/],
    ['a CAMEO code with letters', { cameo: '04a' }, /cameo/],
    ['a confidence above 1', { confidence: 1.2 }, /confidence/],
    ['a span ending before it starts', { trigger: { text: 'x', start: 5, end: 4 } }, /trigger/],
    ['an actor without sectors', { source: { ...visit.source, sectors: undefined } }, /source.sectors/],
    ['an unknown date source', { date: { ...visit.date, from: 'guess' } }, /date.from/],
    ['a location with a numeric precision', { location: { ...visit.location, precision: 3 } }, /location.precision/],
  ])('refuses %s, naming the event and its article', (_label, changes, reason) => {
    expect(check(changes)).toThrow(reason);
    expect(check(changes)).toThrow(/event 0 \("article-1#0"\) of article "article-1"/);
  });

  test('refuses an id used twice', () => {
    expect(() => checkRecords(article, [visit, visit])).toThrow(/event 1 .* the id is used twice/);
  });
});
