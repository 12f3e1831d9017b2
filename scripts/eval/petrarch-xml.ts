/**
 * A small reader for the PETRARCH validation XML: `<Sentence date id ...>` records, each followed by
 * `<EventCoding eventcode sourcecode targetcode />` (or `noevents="True"`) and `<Text>`. The `<Parse>` is ignored.
 * The file mixes self-closed and open `<Sentence>` tags, so records are cut at each `<Sentence` start tag.
 */

/** One gold coding. */
export interface GoldCoding {
  code: string;
  source: string;
  target: string;
}

/** One validation record. */
export interface ValidationSentence {
  id: string;
  category: string;
  /** `YYYY-MM-DD`, or null when the record's date is not an 8-digit `YYYYMMDD`. */
  date: string | null;
  rawDate: string;
  codings: GoldCoding[];
  noEvents: boolean;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = decode(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * Tidy a Gigaword text for coding: line breaks become spaces and the tokenised quotes (`` and '') become plain
 * double quotes, as a news text would have them.
 */
export function tidyText(raw: string): string {
  return decode(raw).replace(/``\s*/g, '"').replace(/\s*''/g, '"').replace(/\s+/g, ' ').trim();
}

function isoDate(raw: string): string | null {
  const m = raw.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) ? null : `${y}-${mo}-${d}`;
}

/** Read every `<Sentence>` record of the file. */
export function readValidation(xml: string): ValidationSentence[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const starts = [...body.matchAll(/<Sentence\b[^>]*>/g)];
  return starts.map((start, i) => {
    const from = start.index + start[0].length;
    const to = starts[i + 1]?.index ?? body.length;
    const chunk = body.slice(from, to);
    const attrs = attributes(start[0]);
    const codings: GoldCoding[] = [];
    let noEvents = false;
    for (const m of chunk.matchAll(/<EventCoding\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if ((a.noevents ?? '').toLowerCase() === 'true') noEvents = true;
      else if (a.eventcode) codings.push({ code: a.eventcode, source: a.sourcecode ?? '', target: a.targetcode ?? '' });
    }
    const text = chunk.match(/<Text>([\s\S]*?)<\/Text>/)?.[1] ?? '';
    const rawDate = attrs.date ?? '';
    return { id: attrs.id ?? `#${i + 1}`, category: attrs.category ?? '', date: isoDate(rawDate), rawDate, codings, noEvents, text: tidyText(text) };
  });
}
