import { describe, expect, it } from 'vitest';
import { loadCameo } from '../../cameo/index.js';
import { loadDiscardList } from '../discard.js';
import { loadLexicon, parsePatternLine } from '../index.js';

const cameo = loadCameo();

describe('the built-in lexicon', () => {
  const lexicon = loadLexicon(undefined, (code) => cameo.has(code));

  it('compiles every pattern, each to a CAMEO code that exists', () => {
    expect(lexicon.problems).toEqual([]);
    for (const patterns of [...lexicon.verbs.values(), ...lexicon.nouns.values()]) {
      for (const p of patterns) expect(cameo.has(p.cameo), `${p.file}:${p.line} ${p.cameo}`).toBe(true);
    }
  });

  it('covers every one of the 20 CAMEO roots with well over a thousand patterns', () => {
    expect(lexicon.size).toBeGreaterThan(2000);
    const roots = new Set([...lexicon.verbs.values(), ...lexicon.nouns.values()].flat().map((p) => p.cameo.slice(0, 2)));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('keeps each pattern in the file of its root', () => {
    for (const p of [...lexicon.verbs.values(), ...lexicon.nouns.values()].flat()) {
      expect(p.file.split('/').pop()!.slice(0, 2), `${p.file}:${p.line}`).toBe(p.cameo.slice(0, 2));
    }
  });
});

describe('parsePatternLine', () => {
  it.each([
    ['042   travel to $T for talks   [visit]', { cameo: '042', text: 'travel to $T for talks', mode: 'visit', specificity: 4 }],
    ['040   ~talks between $S and $T', { cameo: '040', nominal: true, specificity: 3 }],
    ['075  grant (political) asylum to $T  # a comment', { cameo: '075', specificity: 3 }],
  ])('%s', (line, expected) => {
    expect(parsePatternLine(line, 'test.txt', 1)).toMatchObject(expected);
  });

  it.each([
    ['42x  meet $T', 'is not a CAMEO code'],
    ['040', 'no pattern after the code'],
    ['040  Meet $T', 'must be a lower-case word'],
    ['040  meet $T $T', '$T appears twice'],
    ['040  meet %T', 'is not a word'],
  ])('reports a broken line: %s', (line, reason) => {
    expect(parsePatternLine(line, 'test.txt', 7)).toContain(reason);
  });
});

describe('the discard list', () => {
  it('loads with entries for sport, markets, entertainment and weather', () => {
    expect(loadDiscardList().size).toBeGreaterThan(100);
  });
});
