import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/index.js';
import { mergePlaceMentions } from './mentions.js';

const mention = (text: string, tokenStart: number, extra: Partial<Mention> = {}): Mention => ({
  text, start: tokenStart * 10, end: tokenStart * 10 + text.length, tokenStart, tokenEnd: tokenStart + 1, sentence: 0, kind: 'person',
  code: null, country: null, sectors: [], name: null, entity: null, antecedent: null, how: [], ...extra,
});

describe('mergePlaceMentions', () => {
  it('keeps antecedents and members pointing at the same mentions, and drops a mention a new one takes in', () => {
    const existing = [mention('Sharaa', 0), mention('Mexico', 4, { kind: 'country' }), mention('he', 6, { antecedent: 0 }), mention('both', 8, { members: [0, 2] })];
    const merged = mergePlaceMentions(existing, [mention('Aleppo', 2, { kind: 'place' }), { ...mention('New Mexico', 3, { kind: 'place' }), tokenEnd: 5 }]);
    expect(merged.map((m) => m.text)).toEqual(['Sharaa', 'Aleppo', 'New Mexico', 'he', 'both']);
    expect(merged[3]!.antecedent).toBe(0);
    expect(merged[4]!.members).toEqual([0, 3]);
  });
});
