import type { Dateline } from '../model/index.js';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const PLACE = "[A-Z][A-Z.'’\\- ]*[A-Z.]";
/**
 * "MOSCOW - ", "ANCHORAGE, Alaska, Aug 16 (Reuters) - ", "NEW DELHI/ISLAMABAD, May 11 (AP) — ": a place in capitals,
 * optional regions, an optional month and day, an optional agency in brackets, then a dash.
 */
const DATELINE = new RegExp(
  `(^|\\n)[ \\t]*(${PLACE}(?:/${PLACE})*)((?:,[ \\t]*[A-Z][A-Za-z.'’\\- ]{1,30}?)*?)(?:,[ \\t]*(${MONTH}[ \\t]+\\d{1,2}))?[ \\t]*(?:\\([^)\\n]{1,40}\\))?[ \\t]*[-—–]{1,2}[ \\t]`,
  'g',
);

/** How far into an article a dateline may start: after a headline and a standfirst, not later. */
const REACH = 800;

/** The dateline of a news story, if one opens a paragraph near its start. */
export function findDateline(text: string): Dateline | null {
  DATELINE.lastIndex = 0;
  const head = text.slice(0, REACH + 120);
  for (const m of head.matchAll(DATELINE)) {
    const start = m.index + m[1]!.length + (m[0].length - m[0].trimStart().length - m[1]!.length);
    if (start > REACH) break;
    const place = m[2]!.trim();
    if (place.replace(/[^A-Z]/g, '').length < 3) continue;
    const regions = m[3]!.split(',').map((r) => r.trim()).filter(Boolean);
    return {
      text: text.slice(start, m.index + m[0].length).trimEnd(), start, end: m.index + m[0].length,
      place, region: regions[0] ?? null, dateText: m[4] ?? null,
    };
  }
  return null;
}
