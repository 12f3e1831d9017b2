import type { AnnalsDocument } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { findDateline } from './dateline.js';
import { createAnalyzer, type Analyzer } from './wink.js';

export type { Analysis, Analyzer } from './wink.js';
export { createAnalyzer } from './wink.js';
export { findDateline } from './dateline.js';

/** Sentences, tokens with character offsets, part of speech and lemmas; the dateline, if the story has one. */
export function nlp(analyzer: Analyzer = createAnalyzer()): Stage {
  return {
    name: 'nlp',
    requires: [],
    assigns: ['tokens', 'sentences'],
    run: function nlp(doc: AnnalsDocument) {
      const { tokens, sentences } = analyzer.analyze(doc.article.text);
      doc.tokens = tokens;
      doc.sentences = sentences;
      doc.dateline = findDateline(doc.article.text);
    },
  };
}
