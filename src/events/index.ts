import type { ActorCode, AnnalsDocument, EventDate, Sentence } from '../model/index.js';
import type { CameoTable } from '../cameo/index.js';
import type { Stage } from '../pipeline/stage.js';
import { eventDate } from '../time/index.js';
import { earlierMention } from './antecedent.js';
import { sentenceCandidates, type Candidate } from './candidates.js';
import type { Lexicon } from './lexicon/types.js';
import { refineCandidates } from './refine.js';
import { indexMentions } from './slots.js';

export type { Lexicon, LexiconProblem, Pattern } from './lexicon/types.js';
export { BUILTIN_LEXICON_DIR, loadLexicon } from './lexicon/load.js';
export { parsePatternLine } from './lexicon/parse.js';
export { splitClauses, verbGroups, type Clause, type VerbGroup } from './clauses.js';
export { sentenceCandidates, type Candidate } from './candidates.js';
export { discards, loadDiscardList, type DiscardList } from './discard.js';

/**
 * Code events: clauses and verb groups from the tags, lexicon patterns matched over them, sources and targets
 * from subjects, slots, passives and possessives; then one event per actor pair, with status and date.
 */
/** An entity's actor code on a date, from its dated roles: events about the past are coded as of their own date. */
export type RoleResolver = (entity: string, date: string) => ActorCode | null;

export function events(lexicon: Lexicon, cameo: CameoTable, roleAt: RoleResolver | null = null): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'mentions', 'dates'],
    assigns: ['events'],
    run: function events(doc: AnnalsDocument) {
      const { tokens, mentions, sentences } = doc;
      const index = indexMentions(tokens.length, mentions);
      const dates = mentions.filter((m) => m.kind === 'date');
      // The dateline ("SHARM EL-SHEIKH, Egypt, Oct 14 (Reuters) -") is not part of the first clause.
      const dateline = doc.dateline;
      const afterDateline = (sentence: Sentence): Sentence => {
        if (!dateline || sentence.start > dateline.start || sentence.end < dateline.end) return sentence;
        let first = sentence.tokenStart;
        while (first < sentence.tokenEnd && tokens[first]!.start < dateline.end) first++;
        return { ...sentence, tokenStart: first };
      };
      const candidates = sentences.flatMap((sentence) => sentenceCandidates({ tokens, mentions, index, lexicon }, afterDateline(sentence)));
      const chainDates = new Map<number, EventDate>();
      const entitiesOf = (c: Candidate) => {
        const ids = new Set<string>();
        for (const m of [...c.sources, ...c.targets]) {
          for (const k of mentions[m]!.members ?? [m]) if (mentions[k]!.entity) ids.add(mentions[k]!.entity!);
        }
        return ids;
      };
      const dateOf = (c: Candidate): EventDate => {
        const span = (from: number, to: number) => ({ start: tokens[from]!.start, end: tokens[Math.max(from, to - 1)]!.end });
        const scope = c.dateScope.map(([from, to]) => span(from, to));
        let date = eventDate(c, span(c.clauseStart, c.clauseEnd), scope, tokens[c.trigger]!.start, dates, doc.article.published);
        if (date.from !== 'text' && !c.nominal && doc.article.published) {
          const earlier = earlierMention(tokens[c.trigger]!.lemma, entitiesOf(c), tokens.findIndex((t) => t.sentence === c.sentence), tokens, mentions, index, dates);
          if (earlier) {
            const r = earlier.reading;
            date = { value: r.value, precision: r.precision, text: earlier.text, from: 'coreference', ...(r.start ? { start: r.start, end: r.end! } : {}) };
          }
        }
        if (c.chain >= 0) {
          const shared = chainDates.get(c.chain);
          if (shared && (date.from === 'published' || date.from === 'sentence')) date = { ...shared };
          else if (!shared && date.from !== 'published') chainDates.set(c.chain, date);
        }
        return date;
      };
      doc.events = refineCandidates(doc.article.text, tokens, sentences, mentions, candidates, cameo, dateOf, roleAt);
    },
  };
}
