import type { EventRecord } from '../model/index.js';
import type { Formatter } from './types.js';

type Cell = string | number | null | undefined;

/** The CSV columns, in order: one flat row per event. */
export const CSV_COLUMNS = [
  'id', 'article_id', 'article_url', 'published', 'sentence',
  'date_value', 'date_precision', 'date_from',
  'source_code', 'source_name', 'source_text',
  'cameo', 'plover', 'quad_class', 'goldstein',
  'target_code', 'target_name', 'target_text',
  'status', 'location_name', 'location_country', 'lat', 'lon',
  'confidence', 'trigger', 'evidence',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: Cell): string {
  if (value == null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cells(r: EventRecord): Record<CsvColumn, Cell> {
  return {
    id: r.id,
    article_id: r.article.id,
    article_url: r.article.url,
    published: r.article.published,
    sentence: r.sentence,
    date_value: r.date.value,
    date_precision: r.date.precision,
    date_from: r.date.from,
    source_code: r.source?.code,
    source_name: r.source?.name,
    source_text: r.source?.text,
    cameo: r.cameo,
    plover: r.plover,
    quad_class: r.quadClass,
    goldstein: r.goldstein,
    target_code: r.target?.code,
    target_name: r.target?.name,
    target_text: r.target?.text,
    status: r.status,
    location_name: r.location?.name,
    location_country: r.location?.country,
    lat: r.location?.lat,
    lon: r.location?.lon,
    confidence: r.confidence,
    trigger: r.trigger.text,
    evidence: r.evidence.text,
  };
}

function line(values: readonly Cell[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** RFC 4180 CSV: a header line, then one row per event, CRLF line endings. */
export function csvFormatter(): Formatter {
  return {
    header: () => line(CSV_COLUMNS),
    record: (record) => {
      const row = cells(record);
      return line(CSV_COLUMNS.map((column) => row[column]));
    },
    footer: () => '',
  };
}
