import type { AnnalsDocument, Mention } from '../model/index.js';
import { addMentions, report } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { findDates } from './readings.js';

export type { FoundDate } from './readings.js';
export { findDates, referenceDate } from './readings.js';
export { eventDate } from './event-date.js';

/** Worth asking chrono about: month and day names, relative days, numbers that may be years or dates. */
const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this|earlier|later|week|month|year|weekend)\b|\b\d{4}\b|\b\d{1,2}\/\d{1,2}/i;

/**
 * Temporal expressions as date mentions, read against the publication date. Without a publication date the
 * article is still coded, with a warning, and nothing relative is resolved.
 */
export function time(): Stage {
  return {
    name: 'time',
    requires: ['tokens', 'sentences'],
    assigns: ['dates'],
    run: function time(doc: AnnalsDocument) {
      const { text, published } = doc.article;
      if (!published) {
        report(doc, {
          severity: 'warning', ruleId: 'time/no-publication-date',
          reason: `${doc.article.origin}: no publication date; event dates that depend on it are left unresolved`,
        });
        return;
      }
      const dates: Mention[] = [];
      for (const sentence of doc.sentences) {
        const slice = text.slice(sentence.start, sentence.end);
        if (!DATE_HINT.test(slice)) continue;
        for (const found of findDates(slice, published)) {
          const start = sentence.start + found.index;
          const end = start + found.text.length;
          const tokenStart = doc.tokens.findIndex((t, i) => i >= sentence.tokenStart && t.end > start);
          let tokenEnd = tokenStart;
          while (tokenEnd < sentence.tokenEnd && doc.tokens[tokenEnd]!.start < end) tokenEnd++;
          dates.push({
            text: found.text, start, end, tokenStart, tokenEnd, sentence: sentence.index, kind: 'date', code: null, country: null,
            sectors: [], name: null, entity: null, antecedent: null, how: ['chrono'], value: found.past.value,
            readings: { past: found.past, future: found.future },
          });
        }
      }
      addMentions(doc, dates);
    },
  };
}
