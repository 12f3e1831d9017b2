import type { Span } from './span.js';

/** A problem found while reading or coding an article: kept on the document, never printed by a stage. */
export interface Message {
  severity: 'info' | 'warning' | 'error';
  /** What went wrong, in plain words naming the input. */
  reason: string;
  /** Stable identifier of the rule or stage: `ingest/invalid-date`, `time/no-publication-date`. */
  ruleId: string;
  place?: Span;
}
