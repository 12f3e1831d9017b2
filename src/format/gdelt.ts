import { createHash } from 'node:crypto';
import type { ActorRef, EventLocation, EventRecord } from '../model/index.js';
import { eventDay } from './event-day.js';
import type { Formatter } from './types.js';

const actorColumns = (n: 1 | 2): string[] => [
  'Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code',
  'Type1Code', 'Type2Code', 'Type3Code',
].map((part) => `Actor${n}${part}`);

const geoColumns = (prefix: string): string[] => [
  'Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID',
].map((part) => `${prefix}_${part}`);

/** The 61 columns of the GDELT 2.0 event table, in order. GDELT files carry no header row; this is for those who want one. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns(1), ...actorColumns(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

/** The GDELT header as a tab-separated line, for tools that need one. */
export const GDELT_HEADER = `${GDELT_COLUMNS.join('\t')}\n`;

/**
 * A stable positive integer for a record id: the first 52 bits of its SHA-256, plus one.
 * The same id always gives the same number; it stays within `Number.MAX_SAFE_INTEGER`.
 */
export function gdeltEventId(id: string): number {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 13), 16) + 1;
}

type Cell = string | number | null | undefined;

function actorCells(actor: ActorRef | null): Cell[] {
  const types = actor?.sectors ?? [];
  // annals' sectors are not split into known groups, ethnicities and religions: all go to the type codes.
  return [actor?.code, actor?.name, actor?.country, '', '', '', '', types[0], types[1], types[2]];
}

const US = new Set(['US', 'USA']);

function geoType(location: EventLocation): number | null {
  const us = location.country != null && US.has(location.country);
  switch (location.precision) {
    case 'country': return 1;
    case 'admin1': return us ? 2 : 5;
    case 'city':
    case 'facility': return us ? 3 : 4;
    default: return null;
  }
}

function geoCells(location: EventLocation | null): Cell[] {
  if (location == null) return ['', '', '', '', '', '', '', ''];
  return [geoType(location), location.name, location.country, location.admin1, '', location.lat, location.lon,
    location.geonameId];
}

function dateCells(day: string | null): Cell[] {
  if (day == null) return ['', '', '', ''];
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const dayOfYear = (Date.UTC(year, month - 1, date) - Date.UTC(year, 0, 0)) / 86_400_000;
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  const compact = day.replaceAll('-', '');
  return [compact, compact.slice(0, 6), compact.slice(0, 4), (year + dayOfYear / daysInYear).toFixed(4)];
}

function cell(value: Cell): string {
  return value == null ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/**
 * How often an event was reported, as GDELT counts it: mentions (every report, copies included), distinct sources
 * (outlets) and articles. An event clustered with others carries its cluster's counts; a lone event 1, 1, 1.
 */
export interface GdeltCounts {
  mentions: number;
  sources: number;
  articles: number;
}

const ONCE: GdeltCounts = { mentions: 1, sources: 1, articles: 1 };

/** One record as the 61 GDELT 2.0 event fields, blank where annals has nothing to say. */
export function toGdelt(r: EventRecord, counts: GdeltCounts = ONCE): string[] {
  const cells: Cell[] = [
    gdeltEventId(r.id),
    ...dateCells(eventDay(r.date)),
    ...actorCells(r.source),
    ...actorCells(r.target),
    r.sentence === 0 ? 1 : 0,
    r.cameo, r.cameo.slice(0, 3), r.cameo.slice(0, 2), r.quadClass, r.goldstein,
    counts.mentions, counts.sources, counts.articles, '',
    ...geoCells(null),
    ...geoCells(null),
    ...geoCells(r.location),
    '',
    r.article.url,
  ];
  return cells.map(cell);
}

/**
 * GDELT 2.0 event table: tab-separated, 61 columns, no header row (see `GDELT_HEADER`). `countsOf` gives an event's
 * cluster counts (NumMentions, NumSources, NumArticles); without it, or where it gives none, they are 1.
 */
export function gdeltFormatter(countsOf?: (record: EventRecord) => GdeltCounts | undefined): Formatter {
  return {
    header: () => '',
    record: (record) => `${toGdelt(record, countsOf?.(record) ?? ONCE).join('\t')}\n`,
    footer: () => '',
  };
}
