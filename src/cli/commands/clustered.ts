import { clusterRecord } from '../../clusters/index.js';
import { gdeltFormatter } from '../../format/gdelt.js';
import { formatter } from '../../format/index.js';
import type { Formatter, OutputFormat } from '../../format/index.js';
import type { EventRecord } from '../../model/index.js';
import type { EventQuery, Store } from '../../store/index.js';
import { UsageError } from '../args.js';
import type { Output } from '../io.js';

/** Formats `--clustered` prints in: a cluster per JSON line, or a GDELT row per cluster. */
export const CLUSTERED_FORMATS: readonly OutputFormat[] = ['jsonl', 'gdelt'];

/** The formatter for an event listing; GDELT rows carry each event's cluster counts. */
export async function eventFormatter(format: OutputFormat, store: Store, records: readonly EventRecord[]): Promise<Formatter> {
  if (format !== 'gdelt') return formatter(format);
  const counts = await store.clusterCounts(records.map((r) => r.id));
  return gdeltFormatter((r) => counts.get(r.id));
}

/**
 * Print the clusters of the events a query selects, each once, with every event and every article behind it
 * (copies included, marked `duplicateOf`): JSON lines, or one GDELT row per cluster (its first event, with the
 * cluster's NumMentions, NumSources and NumArticles). `limit` counts clusters, not events.
 */
export async function writeClustered(
  store: Store, query: EventQuery, format: OutputFormat, output: Output, limit?: number,
): Promise<void> {
  if (!CLUSTERED_FORMATS.includes(format)) throw new UsageError(`--clustered prints jsonl or gdelt, not ${format}`);
  const selected = await store.events({ ...query, limit: undefined });
  const records = new Map(selected.map((r) => [r.id, r]));
  const clusters = (await store.clusters(selected.map((r) => r.id))).slice(0, limit);
  // A cluster's other events may fall outside the filter: read them by article, so every report is shown.
  const missing = new Set(clusters.flatMap((c) => c.events).filter((id) => !records.has(id)));
  const articles = new Set(clusters.flatMap((c) => c.articles.filter((a) => a.duplicateOf == null).map((a) => a.id)));
  if (missing.size > 0) {
    for (const article of articles) for (const r of await store.events({ article })) if (missing.has(r.id)) records.set(r.id, r);
  }
  for (const cluster of clusters) {
    const record = clusterRecord(cluster, records);
    const first = record == null ? undefined : records.get(record.events[0]!.id);
    if (record == null || first == null) continue;
    output.write(format === 'jsonl' ? `${JSON.stringify(record)}\n` : gdeltFormatter(() => cluster.counts).record(first));
  }
}
