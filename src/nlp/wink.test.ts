import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './wink.js';

describe('createAnalyzer', () => {
  const analyzer = createAnalyzer();
  const lemmas = (text: string) => analyzer.analyze(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);

  it('lemmatises a word by its tag, and gives the same lemmas when the words come again', () => {
    const text = 'The meeting ended. The ministers are meeting again.';
    const first = lemmas(text);
    expect(first).toContain('ministers/NOUN/minister');
    expect(first).toContain('meeting/VERB/meet');
    expect(first.find((t) => t.startsWith('meeting/NOUN'))).toBe('meeting/NOUN/meeting');
    expect(lemmas(text)).toEqual(first);
    expect(lemmas('Ministers were meeting.')).toContain('meeting/VERB/meet');
  });
});
