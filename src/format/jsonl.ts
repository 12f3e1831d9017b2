import type { Formatter } from './types.js';

/** The native record, one JSON object per line (see docs/event-record.md). */
export function jsonlFormatter(): Formatter {
  return {
    header: () => '',
    record: (record) => `${JSON.stringify(record)}\n`,
    footer: () => '',
  };
}
