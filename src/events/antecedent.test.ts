import { describe, expect, it } from 'vitest';
import { namesSameHappening } from './antecedent.js';

describe('nouns that name what a verb does', () => {
  it.each([
    ['topple', 'fall', true],
    ['attack', 'attack', true],
    ['meet', 'meeting', true],
    ['invade', 'invasion', true],
    ['negotiate', 'negotiation', true],
    ['elect', 'election', true],
    ['withdraw', 'withdrawal', true],
    ['bomb', 'bombing', true],
    ['grant', 'grant', false],
    ['meet', 'fall', false],
  ])('%s / %s → %s', (verb, noun, same) => {
    expect(namesSameHappening(verb, noun)).toBe(same);
  });
});
