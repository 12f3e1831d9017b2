/**
 * A reader for TimeML documents (TimeBank, AQUAINT): the creation time, the text with every tag removed, and its
 * TIMEX3 expressions as character spans over that text.
 */

/** One TIMEX3 of a document's text. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  /** Resolved against another time (the creation time, an earlier expression) rather than stated. */
  temporalFunction: boolean;
  mod: string | null;
}

/** A TimeML document: its creation day (`YYYY-MM-DD`), plain text and TIMEX3 expressions. */
export interface TimeMLDocument {
  id: string;
  created: string | null;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** Read a TimeML document: text between `<TEXT>` and `</TEXT>`, tags dropped, entities decoded, offsets kept. */
export function readTimeML(id: string, xml: string): TimeMLDocument {
  const dct = /<DCT>[\s\S]*?value="([^"]+)"[\s\S]*?<\/DCT>/.exec(xml);
  const created = dct ? dct[1]!.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { tag: string; start: number } | null = null;
  for (const part of body.split(/(<[^>]+>)/)) {
    if (part.startsWith('<')) {
      if (part.startsWith('<TIMEX3')) open = { tag: part, start: text.length };
      else if (part.startsWith('</TIMEX3') && open) {
        timexes.push({
          start: open.start, end: text.length, text: text.slice(open.start), type: attribute(open.tag, 'type') ?? '',
          value: attribute(open.tag, 'value') ?? '', temporalFunction: attribute(open.tag, 'temporalFunction') === 'true',
          mod: attribute(open.tag, 'mod'),
        });
        open = null;
      }
      continue;
    }
    text += part.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
  }
  return { id, created, text, timexes };
}
