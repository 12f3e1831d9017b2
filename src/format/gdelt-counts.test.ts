import { describe, expect, test } from 'vitest';
import { GDELT_COLUMNS } from './index.js';
import { gdeltFormatter, toGdelt } from './gdelt.js';
import { RECORD } from './fixture.test-helpers.js';

const column = (cells: string[], name: string): string | undefined => cells[GDELT_COLUMNS.indexOf(name)];
const counts = (cells: string[]): (string | undefined)[] =>
  ['NumMentions', 'NumSources', 'NumArticles'].map((name) => column(cells, name));

describe('gdelt cluster counts', () => {
  test('a lone event was mentioned once, by one source, in one article', () => {
    expect(counts(toGdelt(RECORD))).toEqual(['1', '1', '1']);
  });

  test("an event of a cluster carries its cluster's counts", () => {
    expect(counts(toGdelt(RECORD, { mentions: 7, sources: 3, articles: 5 }))).toEqual(['7', '3', '5']);
  });

  test('the formatter asks for each record its counts, and falls back to 1 where there are none', () => {
    const seen: string[] = [];
    const out = gdeltFormatter((r) => {
      seen.push(r.id);
      return r.id === RECORD.id ? { mentions: 4, sources: 2, articles: 3 } : undefined;
    });
    expect(counts(out.record(RECORD).trimEnd().split('\t'))).toEqual(['4', '2', '3']);
    expect(counts(out.record({ ...RECORD, id: 'other' }).trimEnd().split('\t'))).toEqual(['1', '1', '1']);
    expect(seen).toEqual([RECORD.id, 'other']);
  });
});
