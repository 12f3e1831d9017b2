import type { AnnalsDocument, Message } from '../model/index.js';
import { daysBetween, isValidDay, iso, parseDay, type Day } from './calendar.js';
import { monthOf } from './words.js';

/** The day relative expressions are read against, and where it came from. */
export interface Reference {
  day: Day;
  from: 'published' | 'dateline';
}

/** How far a dateline's day may be from the publication date and still be the day the story was filed. */
const DATELINE_REACH = 7;

/** "Jan 26", "Jan. 26", "January 26, 2026": month, day and year if given. */
function datelineParts(text: string): { m: number; d: number; y: number | null } | null {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(text.trim());
  if (!m || !monthOf(m[1]!)) return null;
  return { m: monthOf(m[1]!), d: Number(m[2]), y: m[3] ? Number(m[3]) : null };
}

/**
 * The reference day of a story: its dateline's day when it has one near the publication date (a story filed
 * "MOSCOW, Jan 26" and published at 01:00 UTC on Jan 27 is read from Jan 26), else the publication date; a
 * dateline with a year stands in for a missing publication date. Null, with a warning, when neither gives a day.
 */
export function referenceOf(doc: AnnalsDocument): { reference: Reference | null; messages: Message[] } {
  const published = doc.article.published ? parseDay(doc.article.published) : null;
  const dateline = doc.dateline?.dateText ? datelineParts(doc.dateline.dateText) : null;
  const place = doc.dateline ? { start: doc.dateline.start, end: doc.dateline.end } : undefined;
  const messages: Message[] = [];
  if (dateline && dateline.y !== null && isValidDay(dateline.y, dateline.m, dateline.d)) {
    const day = { y: dateline.y, m: dateline.m, d: dateline.d };
    if (!published) {
      messages.push({
        severity: 'info', ruleId: 'time/published-from-dateline', place: place!,
        reason: `${doc.article.origin}: no publication date; relative dates are read from the dateline's ${iso(day)}`,
      });
    }
    if (!published || Math.abs(daysBetween(published, day)) <= DATELINE_REACH) return { reference: { day, from: 'dateline' }, messages };
  }
  if (!published) {
    messages.push({
      severity: 'warning', ruleId: 'time/no-publication-date',
      reason: `${doc.article.origin}: no publication date; event dates that depend on it are left unresolved`,
    });
    return { reference: null, messages };
  }
  if (dateline && dateline.y === null) {
    const near = [published.y - 1, published.y, published.y + 1]
      .filter((y) => isValidDay(y, dateline.m, dateline.d))
      .map((y) => ({ y, m: dateline.m, d: dateline.d }))
      .sort((a, b) => Math.abs(daysBetween(published, a)) - Math.abs(daysBetween(published, b)))[0];
    if (near && Math.abs(daysBetween(published, near)) <= DATELINE_REACH) return { reference: { day: near, from: 'dateline' }, messages };
    if (near) {
      messages.push({
        severity: 'warning', ruleId: 'time/dateline-mismatch', place: place!,
        reason: `${doc.article.origin}: the dateline says ${doc.dateline!.dateText}, ${Math.abs(daysBetween(published, near))} days from the publication date ${iso(published)}; dates are read from the publication date`,
      });
    }
  }
  return { reference: { day: published, from: 'published' }, messages };
}
