import { describe, expect, it } from 'vitest';
import { addMentions, createDocument, type AnnalsDocument } from './document.js';

type M = AnnalsDocument['mentions'][number];
const mention = (text: string, start: number, extra: Partial<M> = {}): M => ({
  text, start, end: start + text.length, tokenStart: 0, tokenEnd: 1, sentence: 0, kind: 'person', code: null, country: null,
  sectors: [], name: text, entity: null, antecedent: null, how: [], ...extra,
});

describe('addMentions', () => {
  it('keeps text order and remaps the indices coreference set', () => {
    const doc = createDocument({ id: 'a', url: null, title: null, published: null, source: null, text: '', origin: 't' });
    doc.mentions = [mention('Ahmed al-Sharaa', 0), mention('Putin', 30), mention('Sharaa', 60, { antecedent: 0 }), mention('the two leaders', 80, { members: [0, 1] })];
    addMentions(doc, [mention('on Wednesday', 20, { kind: 'date' }), mention('in 2024', 70, { kind: 'date' })]);
    expect(doc.mentions.map((m) => m.text)).toEqual(['Ahmed al-Sharaa', 'on Wednesday', 'Putin', 'Sharaa', 'in 2024', 'the two leaders']);
    expect(doc.mentions[doc.mentions[3]!.antecedent!]!.text).toBe('Ahmed al-Sharaa');
    expect(doc.mentions[5]!.members!.map((i) => doc.mentions[i]!.text)).toEqual(['Ahmed al-Sharaa', 'Putin']);
  });
});
