import { describe, expect, it } from 'vitest';
import { isLatinKey, placeKey, withoutArticle } from './fold.js';

describe('placeKey', () => {
  it.each([
    ['Qamishli', 'qamishli'],
    ['Al-Qāmishlī', 'al qamishli'],
    ['AL QAMISHLI', 'al qamishli'],
    ['St. Louis', 'st louis'],
    ["N'Djamena", 'ndjamena'],
    ['Łódź', 'lodz'],
    ['São Paulo', 'sao paulo'],
    ['Zaporizhzhia  nuclear   plant', 'zaporizhzhia nuclear plant'],
    ['Sharm el‑Sheikh', 'sharm el sheikh'],
  ])('%s → %s', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });

  it('keeps only Latin-script keys for matching English text', () => {
    expect(isLatinKey(placeKey('Москва'))).toBe(false);
    expect(isLatinKey(placeKey('Moskva'))).toBe(true);
  });
});

describe('withoutArticle', () => {
  it.each([
    ['al qamishli', 'qamishli'],
    ['el fasher', 'fasher'],
    ['ar raqqah', 'raqqah'],
    ['aleppo', null],
    ['al bab', null],
  ])('%s → %s', (key, bare) => {
    expect(withoutArticle(key)).toBe(bare);
  });
});
