import type { AnnalsDocument } from '../model/index.js';
import type { CameoTable } from '../cameo/index.js';
import type { Stage } from '../pipeline/stage.js';
import { eventDate } from '../time/index.js';
import { sentenceCandidates } from './candidates.js';
import type { Lexicon } from './lexicon/types.js';
import { refineCandidates } from './refine.js';
import { indexMentions } from './slots.js';

export type { Lexicon, LexiconProblem, Pattern } from './lexicon/types.js';
export { BUILTIN_LEXICON_DIR, loadLexicon } from './lexicon/load.js';
export { parsePatternLine } from './lexicon/parse.js';
export { splitClauses, verbGroups, type Clause, type VerbGroup } from './clauses.js';
export { sentenceCandidates, type Candidate } from './candidates.js';

/**
 * Code events: clauses and verb groups from the tags, lexicon patterns matched over them, sources and targets
 * from subjects, slots, passives and possessives; then one event per actor pair, with status and date.
 */
export function events(lexicon: Lexicon, cameo: CameoTable): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'mentions', 'dates'],
    assigns: ['events'],
    run: function events(doc: AnnalsDocument) {
      const { tokens, mentions, sentences } = doc;
      const index = indexMentions(tokens.length, mentions);
      const dates = mentions.filter((m) => m.kind === 'date');
      const candidates = sentences.flatMap((sentence) => sentenceCandidates({ tokens, mentions, index, lexicon }, sentence));
      doc.events = refineCandidates(doc.article.text, tokens, sentences, mentions, candidates, cameo, (c) => {
        const clause = { start: tokens[c.clauseStart]!.start, end: tokens[Math.max(c.clauseStart, c.clauseEnd - 1)]!.end };
        return eventDate(c, clause, tokens[c.trigger]!.start, dates, doc.article.published);
      });
    },
  };
}
