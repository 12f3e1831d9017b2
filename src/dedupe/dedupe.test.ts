import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NearDuplicateCandidate } from '../store/index.js';
import {
  BANDS, containment, createDeduper, fingerprint, minhash, resemblance, shingles, textHash,
} from './index.js';

const wire = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/ingest/wire/${name}`, import.meta.url), 'utf8');
const STORY = wire('port-strike.txt');
const OTHER = wire('aid-convoy.txt');
const paragraphs = STORY.split('\n\n');

/** Ways one wire story reaches a reader: as syndicated copies, and as stories that are not copies. */
const variants: [string, string, boolean][] = [
  ['the same text', STORY, true],
  ['another headline, dateline and credit line', `Rotterdam port shut by strike\n\n${STORY.replace('ROTTERDAM, March 3 -', 'ROTTERDAM (Example Wire) -')}\nReporting by a correspondent; editing by a desk.`, true],
  ['line breaks and spacing changed', STORY.replace(/\n\n/g, '\n').replace(/ /g, '  '), true],
  ['the first five paragraphs only', paragraphs.slice(0, 5).join('\n\n'), true],
  ['a few words changed', STORY.replace('dozens of ships', 'scores of ships').replace('three days', 'four days'), true],
  ['the story with four new paragraphs', `${STORY}\n\n${OTHER.split('\n\n').slice(0, 4).join('\n\n')}`, false],
  ['a different story', OTHER, false],
  ['the first two paragraphs, a brief', paragraphs.slice(0, 2).join('\n\n'), true],
];

describe('shingles', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(shingles('Troops LEFT the city, on Monday!')).toEqual(shingles('troops left\nthe city on monday'));
    expect(shingles('Troops left the city on Monday.').size).toBe(2);
  });

  it('makes one shingle of a text shorter than five words, none of an empty one', () => {
    expect(shingles('Troops left.').size).toBe(1);
    expect(shingles(' ... ').size).toBe(0);
  });
});

describe('MinHash', () => {
  const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

  it('estimates resemblance close to the true Jaccard index', () => {
    const a = minhash(range(0, 1000));
    expect(resemblance(a, minhash(range(0, 1000)))).toBe(1);
    expect(resemblance(a, minhash(range(5000, 6000)))).toBeLessThan(0.1);
    // [0, 1000) and [333, 1333): 667 shared of 1333, J = 0.5.
    expect(Math.abs(resemblance(a, minhash(range(333, 1333))) - 0.5)).toBeLessThan(0.15);
  });

  it.each([
    [1, 100, 100, 1],
    [0.5, 100, 200, 1],
    [0.5, 200, 100, 0.5],
    [0, 100, 100, 0],
  ])('containment of resemblance %d between sizes %d and %d is %d', (j, a, b, expected) => {
    expect(containment(j, a, b)).toBeCloseTo(expected, 5);
  });
});

describe('fingerprint', () => {
  it('has a signature, one key per band and its shingle count; the same text gives the same one', () => {
    const fp = fingerprint(STORY)!;
    expect(fp.bands).toHaveLength(BANDS);
    expect(fp.shingles).toBe(shingles(STORY).size);
    expect(fingerprint(STORY)).toEqual(fp);
    expect(fp.bands.every((key) => Number.isSafeInteger(key) && key >= 0)).toBe(true);
  });

  it('is null for a text too short to tell apart by its wording', () => {
    expect(fingerprint('Israel attacked Iran on Friday.')).toBeNull();
  });

  it('hashes texts for the ingest log', () => {
    expect(textHash('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});

describe('deduper', () => {
  it.each(variants)('%s: copy = %s', (_name, text, copy) => {
    const deduper = createDeduper();
    deduper.hold('original', fingerprint(STORY)!);
    const match = deduper.match('new', fingerprint(text)!);
    if (copy) expect(match).toMatchObject({ original: 'original', similarity: expect.any(Number) });
    else expect(match).toBeNull();
  });

  it('does not take a longer version for a copy of a brief held first', () => {
    const deduper = createDeduper();
    deduper.hold('brief', fingerprint(paragraphs.slice(0, 2).join('\n\n'))!);
    expect(deduper.match('full', fingerprint(STORY)!)).toBeNull();
  });

  it('finds stored originals through the lookup, never the article itself, and forgets released ones', () => {
    const fp = fingerprint(STORY)!;
    const stored: NearDuplicateCandidate[] = [{ article: 'stored', signature: fp.signature, shingles: fp.shingles }];
    const asked: number[][] = [];
    const deduper = createDeduper((bands) => {
      asked.push([...bands]);
      return stored.filter(() => bands.some((b) => fp.bands.includes(b)));
    });
    expect(deduper.match('copy', fp)).toEqual({ original: 'stored', similarity: 1 });
    expect(asked[0]).toEqual(fp.bands);
    expect(deduper.match('stored', fp)).toBeNull();

    const alone = createDeduper();
    alone.hold('held', fp);
    expect(alone.held).toBe(1);
    expect(alone.match('held', fp)).toBeNull();
    alone.release('held');
    expect(alone.held).toBe(0);
    expect(alone.match('copy', fp)).toBeNull();
  });
});
