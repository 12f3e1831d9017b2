import type { EventRecord } from '../model/index.js';

function actorLabel(a: EventRecord['source']): string {
  if (!a) return '-';
  return a.name ? `${a.code ?? '?'} (${a.name})` : a.code ?? a.text;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => '  ' + r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
}

/** A readable summary of coded events: counts by PLOVER type, top dyads, and one article's events. */
export function printSummary(records: EventRecord[], print: (line: string) => void): void {
  const byType = new Map<string, number>();
  for (const r of records) byType.set(r.plover, (byType.get(r.plover) ?? 0) + 1);
  print('Events by PLOVER type');
  print(table([['type', 'events'], ...[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => [t, String(n)])]).join('\n'));

  const dyads = new Map<string, { n: number; goldstein: number }>();
  for (const r of records) {
    if (!r.source?.code || !r.target?.code) continue;
    const key = `${r.source.code} -> ${r.target.code}`;
    const d = dyads.get(key) ?? { n: 0, goldstein: 0 };
    d.n++;
    d.goldstein += r.goldstein;
    dyads.set(key, d);
  }
  print('\nTop dyads');
  const top = [...dyads].sort((a, b) => b[1].n - a[1].n).slice(0, 10);
  print(table([['source -> target', 'events', 'mean Goldstein'], ...top.map(([k, d]) => [k, String(d.n), (d.goldstein / d.n).toFixed(1)])]).join('\n'));

  const perArticle = new Map<string, EventRecord[]>();
  for (const r of records) perArticle.set(r.article.id, [...(perArticle.get(r.article.id) ?? []), r]);
  const richest = [...perArticle.values()].sort((a, b) => b.length - a.length)[0];
  if (!richest) return;
  const a = richest[0]!.article;
  print(`\nEvents of "${a.title ?? a.id}" (${a.published ?? 'no date'})`);
  for (const r of richest) {
    print(`  ${r.date.value ?? '?'}  ${actorLabel(r.source)}  ${r.cameo} ${r.plover}  ${actorLabel(r.target)}  [${r.status}]`);
    print(`      "${r.evidence.text.replace(/\s+/g, ' ').slice(0, 160)}${r.evidence.text.length > 160 ? '...' : ''}"`);
  }
}
