import type { ActorCode, AnnalsDocument, EventDate, Sentence } from '../model/index.js';
import type { CameoTable } from '../cameo/index.js';
import type { Stage } from '../pipeline/stage.js';
import { clauseTense, eventDate, fallbackDate, lastTimeBefore, referenceOf, type Tense } from '../time/index.js';
import { earlierMentions, episodeDate, type EventAntecedent } from './antecedent.js';
import { documentCandidates, type Candidate } from './candidates.js';
import { discourseCounterparts } from './counterparts.js';
import type { Lexicon } from './lexicon/types.js';
import { refineCandidates } from './refine.js';
import { indexMentions } from './slots.js';

export type { Lexicon, LexiconProblem, Pattern } from './lexicon/types.js';
export { BUILTIN_LEXICON_DIR, loadLexicon } from './lexicon/load.js';
export { parsePatternLine } from './lexicon/parse.js';
export { splitClauses, verbGroups, type Clause, type VerbGroup } from './clauses.js';
export { sentenceCandidates, type Candidate } from './candidates.js';
export { discards, loadDiscardList, type DiscardList } from './discard.js';
export { contexts, loadContextCues, type ContextCues } from './contexts.js';

/**
 * Code events: clauses and verb groups from the tags, lexicon patterns matched over them, sources and targets
 * from subjects, slots, passives and possessives; then one event per actor pair, with status and date.
 */
/**
 * An entity's actor code on a date, from its dated roles: events about the past are coded as of their own date.
 * With no date (`null`), the last office the entity held, for events only an office-holder takes part in.
 */
export type RoleResolver = (entity: string, date: string | null) => ActorCode | null;

export function events(lexicon: Lexicon, cameo: CameoTable, roleAt: RoleResolver | null = null): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'mentions', 'dates'],
    assigns: ['events'],
    run: function events(doc: AnnalsDocument) {
      const { tokens, mentions, sentences } = doc;
      const index = indexMentions(tokens.length, mentions);
      const dates = mentions.filter((m) => m.kind === 'date' && !lastTimeBefore(tokens, m));
      // The dateline ("SHARM EL-SHEIKH, Egypt, Oct 14 (Reuters) -") is not part of the first clause.
      const dateline = doc.dateline;
      const afterDateline = (sentence: Sentence): Sentence => {
        if (!dateline || sentence.start > dateline.start || sentence.end < dateline.end) return sentence;
        let first = sentence.tokenStart;
        while (first < sentence.tokenEnd && tokens[first]!.start < dateline.end) first++;
        return { ...sentence, tokenStart: first };
      };
      const candidates = discourseCounterparts(tokens, mentions, sentences, documentCandidates({ tokens, mentions, index, lexicon }, sentences.map(afterDateline)));
      const chainDates = new Map<number, EventDate>();
      const entitiesOf = (c: Candidate) => {
        const ids = new Set<string>();
        for (const m of [...c.sources, ...c.targets]) {
          for (const k of mentions[m]!.members ?? [m]) if (mentions[k]!.entity) ids.add(mentions[k]!.entity!);
        }
        return ids;
      };
      const { reference } = referenceOf(doc);
      const earlierMention = earlierMentions(tokens, mentions, index, dates);
      const asDate = (found: EventAntecedent): EventDate => {
        const r = found.reading;
        return { value: r.value, precision: r.precision, text: found.text, from: 'coreference', ...(r.start ? { start: r.start, end: r.end! } : {}) };
      };
      // Own clause, else its sentence; an earlier mention of the same event; the temporal clause it hangs on; the
      // episode the sentence goes on with; else the reference day, by tense.
      const dateOf = (c: Candidate): EventDate => {
        const sentence = sentences[c.sentence]!;
        const span = (from: number, to: number) => ({ start: tokens[from]!.start, end: tokens[Math.max(from, to - 1)]!.end });
        let known: Tense | null | undefined;
        const tense = () => (known === undefined ? (known = clauseTense(tokens, sentence, c.trigger)) : known);
        const context = {
          sentence: c.sentence, trigger: c.trigger, nominal: c.nominal, status: c.status, tense,
          clause: span(c.clauseStart, c.clauseEnd), scope: c.dateScope.map(([from, to]) => span(from, to)),
        };
        let date = eventDate(context, tokens, dates, sentence.tokenStart, reference);
        if (date?.from !== 'text' && reference) {
          const earlier = earlierMention({ lemma: tokens[c.trigger]!.lemma, nominal: c.nominal }, entitiesOf(c), sentence.tokenStart);
          if (earlier) date = asDate(earlier);
        }
        if (c.chain >= 0) {
          const shared = chainDates.get(c.chain);
          if (shared && (!date || date.from === 'sentence')) date = { ...shared };
          else if (!shared && date) chainDates.set(c.chain, date);
        }
        if (!date && reference && c.status === 'occurred' && tense() === 'past') {
          const episode = episodeDate(tokens, sentence, dates);
          if (episode) date = asDate(episode);
        }
        return date ?? fallbackDate(tense(), c.status, reference);
      };
      doc.events = refineCandidates(doc.article.text, tokens, sentences, mentions, candidates, cameo, dateOf, roleAt);
    },
  };
}
