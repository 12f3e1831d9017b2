/** The outcome of reading a publication date: `YYYY-MM-DD`, or why not. */
export type PublishedResult = { ok: true; date: string } | { ok: false; reason: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s?([A-Za-z]+|[+-]\d{2}(?::?\d{2})?))?)?$/;
const RFC2822 =
  /^(?:([A-Za-z]+)\.?,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([A-Za-z]+|[+-]\d{4}))?)?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Zone names RFC 2822 allows (obsolete but common in feeds), as minutes east of UTC. */
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, or null when the value states no zone. */
  offset: number | null;
}

/**
 * Normalise a publication date to `YYYY-MM-DD`.
 * Accepts ISO 8601 dates and date-times (`2026-01-26`, `2026-01-26T08:00:00Z`, `2026-01-26 08:00:00`) and
 * RFC 2822 dates (`Mon, 26 Jan 2026 08:00:00 GMT`). A date-time with a zone gives its UTC date; without a zone,
 * the date as written.
 * @example normalisePublished('2026-01-26T23:30:00-05:00') // { ok: true, date: '2026-01-27' }
 */
export function normalisePublished(value: string): PublishedResult {
  const parts = parseIso(value.trim()) ?? parseRfc2822(value.trim());
  if (parts == null || !isValid(parts)) return { ok: false, reason: `invalid published date '${value}'` };
  return { ok: true, date: toDate(parts) };
}

function parseIso(value: string): Parts | null {
  const m = ISO.exec(value);
  if (m == null) return null;
  const offset = m[7] == null ? null : parseZone(m[7]);
  if (offset === undefined) return null;
  return {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]),
    hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0), offset,
  };
}

function parseRfc2822(value: string): Parts | null {
  const m = RFC2822.exec(value);
  if (m == null) return null;
  if (m[1] != null && nameIndex(m[1], WEEKDAYS, WEEKDAY_NAMES) < 0) return null;
  const month = nameIndex(m[3] ?? '', MONTHS, MONTH_NAMES) + 1;
  if (month === 0) return null;
  const offset = m[8] == null ? null : parseZone(m[8]);
  if (offset === undefined) return null;
  let year = Number(m[4]);
  // RFC 2822 section 4.3: a two-digit year is 20xx below 50, else 19xx.
  if (m[4]?.length === 2) year += year < 50 ? 2000 : 1900;
  return {
    year, month, day: Number(m[2]),
    hour: Number(m[5] ?? 0), minute: Number(m[6] ?? 0), second: Number(m[7] ?? 0), offset,
  };
}

/** Index of a short or full name in the lists, case-insensitively; -1 when it is neither. */
function nameIndex(word: string, short: string[], full: string[]): number {
  const lower = word.toLowerCase();
  const i = short.indexOf(lower);
  return i >= 0 ? i : full.indexOf(lower);
}

/** Minutes east of UTC for `Z`, `GMT`, `+01:00`, `-0500`, `+02`; undefined for an unknown zone. */
function parseZone(zone: string): number | undefined {
  if (/^[A-Za-z]+$/.test(zone)) return ZONES[zone.toLowerCase()];
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m == null) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function isValid(p: Parts): boolean {
  return p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month)
    && p.hour <= 23 && p.minute <= 59 && p.second <= 60;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toDate(p: Parts): string {
  if (p.offset === null) return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
  const utc = new Date(0);
  utc.setUTCFullYear(p.year, p.month - 1, p.day);
  utc.setUTCHours(p.hour, p.minute - p.offset, p.second);
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1, 2)}-${pad(utc.getUTCDate(), 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
