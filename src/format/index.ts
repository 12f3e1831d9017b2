import { csvFormatter } from './csv.js';
import { gdeltFormatter } from './gdelt.js';
import { geojsonFormatter } from './geojson.js';
import { jsonlFormatter } from './jsonl.js';
import { ploverFormatter } from './plover.js';
import type { Formatter, OutputFormat } from './types.js';

export type { Formatter, OutputFormat } from './types.js';
export { CSV_COLUMNS, csvField } from './csv.js';
export { GDELT_COLUMNS, GDELT_HEADER, gdeltEventId, toGdelt } from './gdelt.js';
export type { PloverLocation, PloverRecord } from './plover.js';
export { toPlover } from './plover.js';
export { dayOf, eventDay } from './event-day.js';
export { toFeature, type EventFeature } from './geojson.js';

const factories: Record<OutputFormat, () => Formatter> = {
  jsonl: jsonlFormatter,
  csv: csvFormatter,
  plover: ploverFormatter,
  gdelt: gdeltFormatter,
  geojson: geojsonFormatter,
};

/** Every output format, in the order a help text should list them. */
export const OUTPUT_FORMATS = Object.keys(factories) as OutputFormat[];

/** Whether a string (a CLI flag, a query parameter) names an output format. */
export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(factories, name);
}

/**
 * A streaming writer for one output format.
 * @example
 * const out = formatter('csv');
 * let text = out.header();
 * for (const r of records) text += out.record(r);
 * text += out.footer();
 */
export function formatter(format: OutputFormat): Formatter {
  const factory = isOutputFormat(format) ? factories[format] : undefined;
  if (factory == null) {
    throw new Error(`Unknown output format "${String(format)}": use ${OUTPUT_FORMATS.join(', ')}`);
  }
  return factory();
}
