import type { Database } from 'better-sqlite3';
import type {
  ClusterCounts, ClusterSlot, CodedOutcome, CommitResult, DuplicateOutcome, IngestOutcome, SyncIngestStore as IngestStore,
  IngestedArticle, NearDuplicateCandidate,
} from '../ingest.js';
import { sourceKey } from '../source-key.js';
import type { SyncStore as Store } from '../store.js';
import { readClusters } from './clusters.js';
import type { Rollups } from './rollups.js';
import { jsonChunks as chunks } from './json-list.js';
import { fromBlob, toBlob } from './signature.js';

const DAY_MS = 86_400_000;
const shiftDay = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The ingest half of the SQLite store (`IngestStore`): `save` writes as the store's own `save` does, inside the
 * commit's transaction, so a coded article is stored exactly as `save` stores it. `inMemoryJournals` runs a commit
 * with its savepoint journal in memory (see `journal.ts`); `rollups`, the store's, sums a commit's rollups over its
 * group.
 */
export function sqliteIngest(
  db: Database, save: Store['save'], now: () => Date, inMemoryJournals: <T>(write: () => T) => T, rollups: Rollups,
): IngestStore {
  const sql = {
    logGet: db.prepare('SELECT text_hash AS textHash, outcome FROM ingest_log WHERE article_id = ?'),
    logPut: db.prepare(`INSERT INTO ingest_log (article_id, text_hash, outcome, logged_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (article_id) DO UPDATE SET text_hash = excluded.text_hash, outcome = excluded.outcome,
        logged_at = excluded.logged_at`),
    isArticle: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
    dupPut: db.prepare(`INSERT INTO duplicates (article_id, original_id, similarity, url, title, published, source, source_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (article_id) DO UPDATE SET original_id = excluded.original_id, similarity = excluded.similarity,
        url = excluded.url, title = excluded.title, published = excluded.published, source = excluded.source,
        source_key = excluded.source_key`),
    dupDelete: db.prepare('DELETE FROM duplicates WHERE article_id = ?'),
    hasFingerprint: db.prepare('SELECT 1 FROM fingerprints WHERE article_id = ?').pluck(),
    fpDelete: db.prepare('DELETE FROM fingerprints WHERE article_id = ?'),
    bandsDelete: db.prepare('DELETE FROM fingerprint_bands WHERE article_id = ?'),
    fpPut: db.prepare('INSERT INTO fingerprints (article_id, shingles, signature) VALUES (?, ?, ?)'),
    bandPut: db.prepare('INSERT OR IGNORE INTO fingerprint_bands (band_key, article_id) VALUES (?, ?)'),
    candidates: db.prepare(`SELECT f.article_id AS article, f.shingles, f.signature FROM fingerprints f
      WHERE f.article_id IN (SELECT article_id FROM fingerprint_bands WHERE band_key IN (SELECT value FROM json_each(?)))
      ORDER BY f.rowid`),
    isMember: db.prepare('SELECT 1 FROM cluster_events WHERE event_id = ?').pluck(),
    clusterNear: db.prepare(`SELECT id FROM clusters WHERE key = ? AND day BETWEEN ? AND ?
      ORDER BY abs(julianday(day) - julianday(?)), day, id LIMIT 1`).pluck(),
    // Its id is read from the insert's rowid: a RETURNING clause cost 67 µs per call inside a commit (see upsertActor).
    clusterNew: db.prepare('INSERT INTO clusters (key, day) VALUES (?, ?)'),
    memberPut: db.prepare(`INSERT OR IGNORE INTO cluster_events (event_id, cluster_id, article_id, source_key)
      VALUES (?, ?, ?, ?)`),
    clusterOf: db.prepare(`SELECT event_id, cluster_id FROM cluster_events
      WHERE event_id IN (SELECT value FROM json_each(?))`).raw(),
    counts: db.prepare(`SELECT cluster_id, count(*), count(DISTINCT article), count(DISTINCT source_key) FROM (
        SELECT ce.cluster_id, ce.article_id AS article, ce.source_key FROM cluster_events ce
          WHERE ce.cluster_id IN (SELECT value FROM json_each(@ids))
        UNION ALL
        SELECT ce.cluster_id, d.article_id, d.source_key FROM cluster_events ce
          JOIN duplicates d ON d.original_id = ce.article_id
          WHERE ce.cluster_id IN (SELECT value FROM json_each(@ids)))
      GROUP BY cluster_id`).raw(),
  };

  const newCluster = (key: string, day: string | null): number => Number(sql.clusterNew.run(key, day).lastInsertRowid);

  function clusterFor(slot: ClusterSlot): number {
    if (slot.day == null) return newCluster(slot.key, null);
    const near = sql.clusterNear.get(
      slot.key, shiftDay(slot.day, -slot.window), shiftDay(slot.day, slot.window), slot.day,
    ) as number | undefined;
    return near ?? newCluster(slot.key, slot.day);
  }

  function writeFingerprint(id: string, outcome: CodedOutcome, changed: boolean): void {
    const fp = outcome.fingerprint;
    if (!changed && (fp == null || sql.hasFingerprint.get(id) != null)) return;
    sql.bandsDelete.run(id);
    sql.fpDelete.run(id);
    if (fp == null) return;
    sql.fpPut.run(id, fp.shingles, toBlob(fp.signature));
    for (const band of fp.bands) sql.bandPut.run(band, id);
  }

  function commitCoded(outcome: CodedOutcome): CommitResult {
    const { doc, records, clusters, textHash } = outcome;
    if (clusters.length !== records.length) {
      throw new Error(`Cannot store article "${doc.article.id}": ${records.length} records but ${clusters.length} cluster slots`);
    }
    const saved = save(doc, records);
    const id = doc.article.id;
    const changed = saved.status !== 'unchanged';
    sql.dupDelete.run(id);
    writeFingerprint(id, outcome, changed);
    // An unchanged article keeps its memberships, unless it was stored before clusters were kept.
    if (changed || (records.length > 0 && sql.isMember.get(records[0]!.id) == null)) {
      const outlet = sourceKey(doc.article);
      records.forEach((record, i) => sql.memberPut.run(record.id, clusterFor(clusters[i]!), id, outlet));
    }
    sql.logPut.run(id, textHash, 'coded', now().toISOString());
    return saved;
  }

  function commitDuplicate({ article, original, similarity, textHash }: DuplicateOutcome): CommitResult {
    if (sql.isArticle.get(article.id) != null) {
      throw new Error(`"${article.id}" is stored as a coded article; it cannot become a copy of "${original}"`);
    }
    if (sql.isArticle.get(original) == null) throw new Error(`its original "${original}" is not stored`);
    sql.dupPut.run(article.id, original, similarity, article.url, article.title, article.published, article.source,
      sourceKey(article));
    sql.logPut.run(article.id, textHash, 'duplicate', now().toISOString());
    return { article: article.id, status: 'duplicate', events: 0 };
  }

  const one = (outcome: IngestOutcome): CommitResult => (outcome.kind === 'coded' ? commitCoded(outcome) : commitDuplicate(outcome));
  const isolated = db.transaction(one);
  const failed = (outcome: IngestOutcome, error: unknown): CommitResult => {
    const article = outcome.kind === 'coded' ? outcome.doc.article.id : outcome.article.id;
    return { article, status: 'failed', events: 0, reason: error instanceof Error ? error.message : String(error) };
  };
  // A group's articles are written straight into its transaction: a savepoint per article copied every page it
  // touched, 13% of a commit's CPU. If one fails, the whole group is undone (its rollup sums too) and written again,
  // each article in a savepoint of its own, so that the failing one is left out and the rest are stored.
  const together = db.transaction((outcomes: readonly IngestOutcome[]): CommitResult[] => rollups.grouped(() => outcomes.map(one)));
  const apart = db.transaction((outcomes: readonly IngestOutcome[]): CommitResult[] => rollups.grouped(() => outcomes.map((outcome) => {
    try {
      return rollups.article(() => isolated.immediate(outcome));
    } catch (error) {
      return failed(outcome, error);
    }
  })));
  const all = (outcomes: readonly IngestOutcome[]): CommitResult[] => {
    try {
      return together.immediate(outcomes);
    } catch {
      return apart.immediate(outcomes);
    }
  };

  function countsOf(clusterIds: readonly number[]): Map<number, ClusterCounts> {
    const counts = new Map<number, ClusterCounts>();
    for (const list of chunks(clusterIds)) {
      for (const [cluster, mentions, articles, sources] of sql.counts.all({ ids: list }) as number[][]) {
        counts.set(cluster!, { mentions: mentions!, sources: sources!, articles: articles! });
      }
    }
    return counts;
  }

  function clustersOf(eventIds: readonly string[]): Map<string, number> {
    const of = new Map<string, number>();
    for (const list of chunks(eventIds)) {
      for (const [event, cluster] of sql.clusterOf.all(list) as [string, number][]) of.set(event, cluster);
    }
    return of;
  }

  return {
    commit(outcomes) {
      return inMemoryJournals(() => all(outcomes));
    },
    ingested(id) {
      return (sql.logGet.get(id) as IngestedArticle | undefined) ?? null;
    },
    nearDuplicates(bands) {
      const rows = sql.candidates.all(JSON.stringify(bands)) as { article: string; shingles: number; signature: Buffer }[];
      return rows.map((row): NearDuplicateCandidate => ({
        article: row.article, shingles: row.shingles, signature: fromBlob(row.signature),
      }));
    },
    clusterCounts(eventIds) {
      const of = clustersOf(eventIds);
      const counts = countsOf([...new Set(of.values())]);
      const byEvent = new Map<string, ClusterCounts>();
      for (const [event, cluster] of of) {
        const found = counts.get(cluster);
        if (found != null) byEvent.set(event, found);
      }
      return byEvent;
    },
    clusters(eventIds) {
      const ids = [...new Set(clustersOf(eventIds).values())];
      return readClusters(db, ids, countsOf(ids));
    },
  };
}
