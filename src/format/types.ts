import type { EventRecord } from '../model/index.js';

/** The output formats annals writes event records in. */
export type OutputFormat = 'jsonl' | 'csv' | 'plover' | 'gdelt' | 'geojson';

/**
 * A streaming writer: write `header()` once, `record(r)` per event, then `footer()`.
 * Each returns its text with its own line endings; header and footer may be ''.
 */
export interface Formatter {
  header(): string;
  record(record: EventRecord): string;
  footer(): string;
}
