import { createCoder } from '../../coder/index.js';
import { splitClauses } from '../../events/index.js';
import { toArticle } from '../../ingest/index.js';
import { dateOption, parse, UsageError } from '../args.js';

export const EXPLAIN_HELP = `Usage: annals explain "<sentence or text>" [--published DATE] [--json]

Show why events were coded or not: tokens with part of speech, the actors found, clauses and verb groups,
and each event with the pattern that matched and how its source and target were chosen.

Example:
  annals explain "Russia granted asylum to Assad." --published 2024-12-09`;

/** `annals explain`. */
export async function explainCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { published: { type: 'string' }, json: { type: 'boolean' }, dict: { type: 'string', multiple: true } });
  if (values.help) {
    console.log(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('annals explain needs a sentence in quotes');
  const published = dateOption(values.published, 'published') ?? new Date().toISOString().slice(0, 10);
  const item = toArticle({ id: 'explain', text: positionals.join(' '), published }, 'argument');
  if (!item.ok) throw new UsageError(item.reason);
  const coder = createCoder({ dictionaries: values.dict ?? [], geo: { explain: true } });
  const { doc, records } = coder.code(item.article);
  if (values.json) {
    console.log(JSON.stringify({ tokens: doc.tokens, mentions: doc.mentions, events: records }, null, 2));
    return 0;
  }
  const print = (s: string) => console.log(s);
  for (const sentence of doc.sentences) {
    print(`Sentence ${sentence.index}: ${doc.article.text.slice(sentence.start, sentence.end)}`);
    print('  tokens: ' + doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => `${t.text}/${t.pos}`).join(' '));
    for (const clause of splitClauses(doc.tokens, sentence)) {
      const text = doc.article.text.slice(doc.tokens[clause.start]!.start, doc.tokens[clause.end - 1]!.end);
      const groups = clause.verbGroups.map((g) => doc.tokens.slice(g.start, g.end).map((t) => t.text).join(' ') + (g.passive ? ' (passive)' : '') + (g.finite ? '' : ' (non-finite)'));
      print(`  clause [${clause.kind}${clause.opener ? ': ' + clause.opener : ''}] "${text}"  verbs: ${groups.join('; ') || 'none'}`);
    }
    for (const m of doc.mentions.filter((x) => x.sentence === sentence.index)) {
      const via = m.antecedent !== null ? ` -> refers to "${doc.mentions[m.antecedent]?.text}"` : m.members ? ` -> stands for ${m.members.map((i) => `"${doc.mentions[i]?.text}"`).join(' and ')}` : '';
      print(`  ${m.kind.padEnd(12)} "${m.text}" ${m.code ?? m.value ?? ''}${m.name ? ` (${m.name})` : ''} [${m.how.join(', ')}]${via}`);
      if (m.place) print(`    place: ${m.place.name}, ${[m.place.admin1, m.place.country].filter(Boolean).join(', ')} (${m.place.lat}, ${m.place.lon}; ${m.place.precision}${m.place.geonameId ? `, GeoNames ${m.place.geonameId}` : ''}): ${m.place.why?.join('; ') ?? ''}`);
    }
  }
  print(records.length ? '\nEvents:' : '\nNo events coded.');
  records.forEach((r, i) => {
    const why = doc.events[i]?.why;
    print(`  ${r.source?.code ?? '-'} ${r.cameo} ${r.plover} ${r.target?.code ?? '-'}  status=${r.status} date=${r.date.value ?? '?'} (${r.date.from}${r.date.text ? `: "${r.date.text}"` : ''}) confidence=${r.confidence}`);
    print(`    pattern "${r.pattern}" on trigger "${r.trigger.text}"`);
    print(`    source "${r.source?.text ?? '-'}" (${why?.source ?? '?'}), target "${r.target?.text ?? '-'}" (${why?.target ?? '?'})`);
    if (r.location) print(`    location ${r.location.name}${r.location.country ? `, ${r.location.country}` : ''} (${r.location.precision ?? '?'}, from ${r.location.from ?? '?'})`);
  });
  for (const m of doc.messages) print(`  note: ${m.reason}`);
  return 0;
}
