import { createCoder } from '../../coder/index.js';
import { readInputs } from '../../ingest/index.js';
import type { AnnalsDocument, EventRecord, Mention } from '../../model/index.js';
import { dateOption, parse, UsageError } from '../args.js';
import { openOutput, warn } from '../io.js';

export const ANNOTATE_HELP = `Usage: annals annotate <input...> [--published DATE] [--out FILE]

Print one JSON line per article with everything found: mentions (people, organisations, countries, places,
dates, with character offsets into the article text and their codes) and events. Nothing is stored.

Options:
  --published DATE   publication date (YYYY-MM-DD) for inputs that have none
  --dict DIR         extra actor dictionaries (repeatable)
  --out FILE         write to FILE instead of standard output

Example:
  annals annotate story.txt --published 2026-01-26`;

/** A mention as annotate prints it: sector-word actors ("the army") count as organisations. */
export function annotatedMention(m: Mention) {
  return {
    text: m.text, start: m.start, end: m.end, kind: m.kind === 'agent' ? 'organization' : m.kind,
    ...(m.code ? { code: m.code } : {}), ...(m.name ? { name: m.name } : {}), ...(m.country ? { country: m.country } : {}),
    ...(m.sectors.length ? { sectors: m.sectors } : {}), ...(m.value ? { value: m.value } : {}),
    ...(m.place ? { place: { ...m.place, why: undefined } } : {}),
    ...(m.antecedent !== null ? { antecedent: m.antecedent } : {}), ...(m.members ? { members: m.members } : {}),
  };
}

/** The annotate line of one coded article. */
export function annotation(doc: AnnalsDocument, records: EventRecord[]) {
  const { id, url, title, published, source, byline } = doc.article;
  return {
    article: { id, url, title, published, source, byline: byline ?? null },
    mentions: doc.mentions.map(annotatedMention),
    events: records,
    messages: doc.messages,
  };
}

/** `annals annotate`. */
export async function annotateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { published: { type: 'string' }, out: { type: 'string' }, dict: { type: 'string', multiple: true } });
  if (values.help) {
    console.log(ANNOTATE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('annals annotate needs at least one input');
  const published = dateOption(values.published, 'published');
  const coder = createCoder({ dictionaries: values.dict ?? [] });
  const output = openOutput(values.out);
  let failed = 0;
  try {
    for await (const item of readInputs(positionals, published ? { published } : {})) {
      if (!item.ok) {
        failed++;
        warn(`annals: ${item.origin}: ${item.reason}`);
        continue;
      }
      const { doc, records } = coder.code(item.article);
      output.write(JSON.stringify(annotation(doc, records)) + '\n');
    }
  } finally {
    await output.close();
  }
  return failed > 0 ? 1 : 0;
}
