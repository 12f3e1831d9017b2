import type {
  Article, DatePrecision, EventDate, EventRecord, EventStatus, QuadClass,
} from '../model/index.js';

// `satisfies` makes the compiler list every member: a value added to the model fails here until it is added.
const STATUSES = { occurred: true, planned: true, negated: true, hypothetical: true } satisfies Record<EventStatus, true>;
const PRECISIONS = { day: true, month: true, year: true, range: true } satisfies Record<DatePrecision, true>;
const DATE_FROM = {
  text: true, sentence: true, coreference: true, dateline: true, published: true, unresolved: true,
} satisfies Record<EventDate['from'], true>;
const QUADS = { 1: true, 2: true, 3: true, 4: true } satisfies Record<QuadClass, true>;

const CAMEO = /^\d{2,4}$/;

type Problem = string | null;

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): boolean => v === null || isString(v);
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
/** Whether `v` is one of the keys of `set`, with the key's own type: `"1"` is not the quad class 1. */
const isKeyOf = (set: object, v: unknown, type: 'string' | 'number'): boolean =>
  typeof v === type && Object.hasOwn(set, String(v));

function span(v: unknown, name: string): Problem {
  const s = v as { text?: unknown; start?: unknown; end?: unknown } | null;
  if (s == null || typeof s !== 'object') return `${name} must be a text span`;
  if (!isString(s.text)) return `${name}.text must be a string`;
  if (!isCount(s.start) || !isCount(s.end) || (s.start as number) > (s.end as number)) {
    return `${name} must have whole-number start <= end`;
  }
  return null;
}

function actor(v: unknown, name: string): Problem {
  if (v === null) return null;
  const a = v as { code?: unknown; country?: unknown; name?: unknown; sectors?: unknown };
  if (!isNullableString(a.code) || !isNullableString(a.country) || !isNullableString(a.name)) {
    return `${name}.code, .country and .name must be strings or null`;
  }
  if (!Array.isArray(a.sectors) || !a.sectors.every(isString)) return `${name}.sectors must be a list of strings`;
  return span(v, name);
}

function date(v: unknown): Problem {
  const d = v as Partial<EventDate> | null;
  if (d == null || typeof d !== 'object') return 'date must be an object';
  if (!isNullableString(d.value) || !isNullableString(d.text)) return 'date.value and date.text must be strings or null';
  if (d.precision !== null && !isKeyOf(PRECISIONS, d.precision, 'string')) return `date.precision "${d.precision}" is unknown`;
  if (!isKeyOf(DATE_FROM, d.from, 'string')) return `date.from "${d.from}" is unknown`;
  if ((d.start !== undefined && !isString(d.start)) || (d.end !== undefined && !isString(d.end))) {
    return 'date.start and date.end must be strings when present';
  }
  return null;
}

function location(v: unknown): Problem {
  if (v === null) return null;
  const l = v as Record<string, unknown>;
  if (!isString(l.name) || !isNullableString(l.country)) return 'location.name must be a string, location.country a string or null';
  if (!Number.isFinite(l.lat) || !Number.isFinite(l.lon)) return 'location.lat and location.lon must be numbers';
  if (l.geonameId !== null && !Number.isInteger(l.geonameId)) return 'location.geonameId must be an integer or null';
  for (const key of ['admin1', 'featureClass', 'precision', 'from']) {
    if (l[key] !== undefined && !isNullableString(l[key])) return `location.${key} must be a string when present`;
  }
  return null;
}

function problem(r: EventRecord, article: Article): Problem {
  if (!isString(r.id) || r.id === '') return 'id must be a non-empty string';
  const a = r.article;
  if (a == null || a.id !== article.id || a.url !== article.url || a.title !== article.title
    || a.published !== article.published || a.source !== article.source) {
    return 'its article fields differ from the document\'s article';
  }
  if (!isCount(r.sentence)) return 'sentence must be a whole number';
  if (!isString(r.cameo) || !CAMEO.test(r.cameo)) return `cameo must be a code of 2 to 4 digits, got ${JSON.stringify(r.cameo)}`;
  if (!isString(r.plover) || r.plover === '') return 'plover must be a PLOVER event type';
  if (!isNullableString(r.ploverMode)) return 'ploverMode must be a string or null';
  if (!isKeyOf(QUADS, r.quadClass, 'number')) return `quadClass must be 1 to 4, got ${JSON.stringify(r.quadClass)}`;
  if (!Number.isFinite(r.goldstein)) return 'goldstein must be a number';
  if (!isKeyOf(STATUSES, r.status, 'string')) return `status "${r.status}" is unknown`;
  if (!Number.isFinite(r.confidence) || r.confidence < 0 || r.confidence > 1) return 'confidence must be between 0 and 1';
  if (!isString(r.pattern)) return 'pattern must be a string';
  return span(r.trigger, 'trigger') ?? span(r.evidence, 'evidence') ?? actor(r.source, 'source')
    ?? actor(r.target, 'target') ?? date(r.date) ?? location(r.location);
}

/**
 * Check event records before they are stored, so one bad record stops the save with a plain reason
 * instead of a half-written article. Throws on the first problem.
 */
export function checkRecords(article: Article, records: readonly EventRecord[]): void {
  if (!isString(article.id) || article.id === '' || !isString(article.text)) {
    throw new Error(`Cannot store article ${JSON.stringify(article.id)}: it needs a non-empty id and a text`);
  }
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    const reason = problem(record, article);
    const label = `event ${index} (${JSON.stringify(record?.id)}) of article "${article.id}"`;
    if (reason != null) throw new Error(`Cannot store ${label}: ${reason}`);
    if (seen.has(record.id)) throw new Error(`Cannot store ${label}: the id is used twice`);
    seen.add(record.id);
  }
}
