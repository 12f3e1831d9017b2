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

  it('splits "I\'m", which the model leaves whole, into the pronoun and the verb', () => {
    expect(lemmas('He said I’m fine.')).toEqual(['He/PRON/he', 'said/VERB/say', 'I/PRON/i', '’m/AUX/be', 'fine/ADJ/fine', './PUNCT/.']);
    expect(analyzer.analyze("I'm here").sentences[0]!.tokenEnd).toBe(3);
  });

  it('tells a capitalised common word from a name the vocabulary lacks, on capitalised words only', () => {
    const common = analyzer.analyze('Aid reached Sadiq in Gaza.').tokens.map((t) => `${t.text}:${t.common}`);
    expect(common).toEqual(['Aid:true', 'reached:undefined', 'Sadiq:false', 'in:undefined', 'Gaza:true', '.:undefined']);
  });

  it('joins an abbreviated rank the model splits off, so that the sentence goes on ("Maj. Gen.", "Spc.")', () => {
    const { tokens, sentences } = analyzer.analyze('He said Maj. Gen. Gary Volesky and Spc. Lorraine Walsh met. They left.');
    expect(tokens.map((t) => t.text)).toContain('Maj.');
    expect(tokens.map((t) => t.text)).toContain('Spc.');
    expect(sentences).toHaveLength(2);
    const offsets = tokens.map((t) => [t.start, t.end]);
    expect(tokens.every((t, i) => t.text === 'He said Maj. Gen. Gary Volesky and Spc. Lorraine Walsh met. They left.'.slice(offsets[i]![0], offsets[i]![1]))).toBe(true);
    // Not before a word that is no name.
    expect(analyzer.analyze('The battle was won by the Maj. The end.').sentences).toHaveLength(2);
  });
});
