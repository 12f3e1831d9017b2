import type pg from 'pg';
import type {
  ClusterArticle, ClusterCounts, ClusterSlot, CodedOutcome, CommitResult, DuplicateOutcome, IngestOutcome, IngestStore,
  IngestedArticle, StoredCluster,
} from '../ingest.js';
import { sourceKey } from '../source-key.js';
import { fromBlob, toBlob } from '../sqlite/signature.js';
import { actorIds, actorsOfAll, pruneActors } from './actors.js';
import type { Client } from './db.js';
import { isTransient, rowsOf, transaction } from './db.js';
import { CLUSTER_SPACE } from './locks.js';
import type { Partitions } from './partitions.js';
import { prepareSave, saveWithin } from './save.js';
import type { PreparedSave } from './save.js';

const byPublished = (a: ClusterArticle, b: ClusterArticle): number =>
  (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What the ingest half needs of the store: the clock, and what it writes with every article. */
export interface IngestContext {
  now: () => Date;
  coderVersion: string | null;
}

/** An outcome ready to commit, or the reason it cannot be (a bad record), found before the transaction. */
type Ready = { outcome: IngestOutcome; prepared: PreparedSave | null; error: unknown };

/** The ingest half of the PostgreSQL store (`IngestStore`), as the SQLite store's. */
export function postgresIngest(pool: pg.Pool, partitions: Partitions, { now, coderVersion }: IngestContext): IngestStore {
  const one = async (client: Client, text: string, params: unknown[]): Promise<unknown> =>
    (await rowsOf(client, text, params))[0]?.[0];

  // A cluster key is locked (to the end of the transaction) before it is looked up, so two writers never open two
  // clusters for one event. All the keys of a commit are locked first, in one order, so writers cannot deadlock.
  async function lockClusters(client: Client, outcomes: readonly IngestOutcome[]): Promise<void> {
    const keys = [...new Set(outcomes.flatMap((o) => (o.kind === 'coded' ? o.clusters.filter((c) => c.day != null).map((c) => c.key) : [])))];
    if (keys.length === 0) return;
    // Taken one by one in the order of the sorted hashes.
    await client.query(`SELECT count(pg_advisory_xact_lock($1, h)) FROM
      (SELECT DISTINCT hashtext(k) AS h FROM unnest($2::text[]) k ORDER BY 1) hashes`, [CLUSTER_SPACE, keys]);
  }

  async function joinClusters(client: Client, id: string, outlet: string, records: CodedOutcome['records'], slots: readonly ClusterSlot[]): Promise<void> {
    await client.query('SELECT annals_join_clusters($1::text[], $2::text[], $3::text[], $4::integer[], $5, $6)', [
      records.map((r) => r.id), slots.map((c) => c.key), slots.map((c) => c.day), slots.map((c) => c.window), id, outlet,
    ]);
  }

  async function writeFingerprint(client: Client, id: string, outcome: CodedOutcome, status: CommitResult['status']): Promise<void> {
    const fp = outcome.fingerprint;
    if (status === 'unchanged' && (fp == null || (await one(client, 'SELECT 1 FROM fingerprints WHERE article_id = $1', [id])) != null)) return;
    // A new article has no fingerprint yet.
    if (status !== 'inserted') await client.query('DELETE FROM fingerprints WHERE article_id = $1', [id]);
    if (fp == null) return;
    await client.query('INSERT INTO fingerprints (article_id, shingles, signature) VALUES ($1, $2, $3)', [id, fp.shingles, toBlob(fp.signature)]);
    await client.query(`INSERT INTO fingerprint_bands (band_key, article_id) SELECT DISTINCT unnest($1::bigint[]), $2
      ON CONFLICT DO NOTHING`, [fp.bands, id]);
  }

  // The ingest log entry, and (a coded article) its link as a copy gone: one statement.
  async function log(client: Client, id: string, textHash: string, outcome: IngestedArticle['outcome']): Promise<void> {
    const unlink = outcome === 'coded' ? 'WITH unlinked AS (DELETE FROM duplicates WHERE article_id = $1) ' : '';
    await client.query(`${unlink}INSERT INTO ingest_log (article_id, text_hash, outcome, logged_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (article_id) DO UPDATE SET text_hash = excluded.text_hash, outcome = excluded.outcome,
        logged_at = excluded.logged_at`, [id, textHash, outcome, now().toISOString()]);
  }

  async function commitCoded(
    client: Client, outcome: CodedOutcome, prepared: PreparedSave, ids: Map<string, number>, stale: number[],
  ): Promise<CommitResult> {
    const { doc, records, clusters, textHash } = outcome;
    const id = doc.article.id;
    const saved = await saveWithin(client, prepared, ids, now().toISOString(), coderVersion);
    const { status } = saved;
    await writeFingerprint(client, id, outcome, status);
    // An unchanged article keeps its memberships, unless it was stored before clusters were kept.
    if (status !== 'unchanged' || (records.length > 0 && (await one(client, 'SELECT 1 FROM cluster_events WHERE event_id = $1', [records[0]!.id])) == null)) {
      await joinClusters(client, id, sourceKey(doc.article), records, clusters);
    }
    await log(client, id, textHash, 'coded');
    stale.push(...saved.stale);
    return { article: id, status, events: records.length };
  }

  async function commitDuplicate(client: Client, { article, original, similarity, textHash }: DuplicateOutcome): Promise<CommitResult> {
    if ((await one(client, 'SELECT 1 FROM articles WHERE id = $1', [article.id])) != null) {
      throw new Error(`"${article.id}" is stored as a coded article; it cannot become a copy of "${original}"`);
    }
    // Locked, so the original cannot go while its copy is linked to it.
    if ((await one(client, 'SELECT 1 FROM articles WHERE id = $1 FOR KEY SHARE', [original])) == null) {
      throw new Error(`its original "${original}" is not stored`);
    }
    await client.query(`INSERT INTO duplicates (article_id, original_id, similarity, url, title, published, source, source_key)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      ON CONFLICT (article_id) DO UPDATE SET original_id = excluded.original_id, similarity = excluded.similarity,
        url = excluded.url, title = excluded.title, published = excluded.published, source = excluded.source,
        source_key = excluded.source_key`,
    [article.id, original, similarity, article.url, article.title, article.published, article.source, sourceKey(article)]);
    await log(client, article.id, textHash, 'duplicate');
    return { article: article.id, status: 'duplicate', events: 0 };
  }

  async function countsOf(clusterIds: readonly number[]): Promise<Map<number, ClusterCounts>> {
    const rows = await rowsOf(pool, `SELECT cluster_id, count(*), count(DISTINCT article), count(DISTINCT source_key) FROM (
        SELECT ce.cluster_id, ce.article_id AS article, ce.source_key FROM cluster_events ce WHERE ce.cluster_id = ANY($1::bigint[])
        UNION ALL
        SELECT ce.cluster_id, d.article_id, d.source_key FROM cluster_events ce
          JOIN duplicates d ON d.original_id = ce.article_id WHERE ce.cluster_id = ANY($1::bigint[])) members
      GROUP BY cluster_id`, [clusterIds]);
    return new Map(rows.map(([cluster, mentions, articles, sources]) =>
      [cluster as number, { mentions: mentions as number, sources: sources as number, articles: articles as number }]));
  }

  async function clustersOf(eventIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await rowsOf(pool, 'SELECT event_id, cluster_id FROM cluster_events WHERE event_id = ANY($1::text[])', [eventIds]);
    return new Map(rows as [string, number][]);
  }

  async function readClusters(ids: readonly number[]): Promise<StoredCluster[]> {
    const [counts, heads, members, articles] = await Promise.all([
      countsOf(ids),
      rowsOf(pool, 'SELECT id, key, day FROM clusters WHERE id = ANY($1::bigint[])', [ids]),
      rowsOf(pool, 'SELECT cluster_id, event_id FROM cluster_events WHERE cluster_id = ANY($1::bigint[]) ORDER BY cluster_id, seq', [ids]),
      rowsOf(pool, `SELECT ce.cluster_id, a.id, a.url, a.title, a.published, a.source, NULL, count(*) FROM cluster_events ce
          JOIN articles a ON a.id = ce.article_id WHERE ce.cluster_id = ANY($1::bigint[]) GROUP BY ce.cluster_id, a.id
        UNION ALL
        SELECT ce.cluster_id, d.article_id, d.url, d.title, d.published, d.source, d.original_id, count(*) FROM cluster_events ce
          JOIN duplicates d ON d.original_id = ce.article_id WHERE ce.cluster_id = ANY($1::bigint[]) GROUP BY ce.cluster_id, d.article_id`, [ids]),
    ]);
    const clusters = new Map<number, StoredCluster>();
    for (const [id, key, day] of heads as [number, string, string | null][]) {
      clusters.set(id, { id, key, day, events: [], articles: [], counts: counts.get(id) ?? { mentions: 0, sources: 0, articles: 0 } });
    }
    for (const [cluster, event] of members as [number, string][]) clusters.get(cluster)?.events.push(event);
    for (const [cluster, id, url, title, published, source, duplicateOf, mentions] of articles) {
      clusters.get(cluster as number)?.articles.push({ id, url, title, published, source, duplicateOf, mentions } as ClusterArticle);
    }
    const list = [...clusters.values()].filter((c) => c.events.length > 0);
    for (const cluster of list) cluster.articles.sort(byPublished);
    return list.sort((a, b) => (a.day ?? '\uffff').localeCompare(b.day ?? '\uffff') || a.id - b.id);
  }

  return {
    async commit(outcomes) {
      // Records are checked and flattened before the transaction: a bad one fails its outcome alone.
      const ready = outcomes.map((outcome): Ready => {
        if (outcome.kind !== 'coded') return { outcome, prepared: null, error: null };
        try {
          const { doc, records, clusters } = outcome;
          if (clusters.length !== records.length) {
            throw new Error(`Cannot store article "${doc.article.id}": ${records.length} records but ${clusters.length} cluster slots`);
          }
          return { outcome, prepared: prepareSave(doc, records), error: null };
        } catch (error) {
          return { outcome, prepared: null, error };
        }
      });
      const saves = ready.filter((r): r is Ready & { outcome: CodedOutcome; prepared: PreparedSave } => r.prepared != null);
      await partitions.ensure(saves.flatMap((r) => r.prepared.days));
      // Actors an update took events from, and actors made or moved for outcomes that failed: pruned once committed.
      const stale: number[] = [];
      const results = await transaction(pool, async (client) => {
        stale.length = 0;
        // Every lock a commit takes on shared rows is taken first, in one order: actors, then cluster keys.
        const ids = await actorIds(client, actorsOfAll(saves.map((r) => r.outcome.records)));
        await lockClusters(client, saves.map((r) => r.outcome));
        const results: CommitResult[] = [];
        for (const { outcome, prepared, error } of ready) {
          const article = outcome.kind === 'coded' ? outcome.doc.article.id : outcome.article.id;
          const fail = (reason: unknown): void => {
            results.push({ article, status: 'failed', events: 0, reason: reason instanceof Error ? reason.message : String(reason) });
            if (outcome.kind === 'coded' && prepared != null) {
              stale.push(...[...actorsOfAll([outcome.records]).keys()].map((key) => ids.get(key)!));
            }
          };
          if (error != null) {
            fail(error);
            continue;
          }
          await client.query('SAVEPOINT outcome');
          try {
            results.push(outcome.kind === 'coded' ? await commitCoded(client, outcome, prepared!, ids, stale) : await commitDuplicate(client, outcome));
            await client.query('RELEASE SAVEPOINT outcome');
          } catch (error) {
            // Another writer got in the way: the whole commit runs again. Anything else fails this outcome alone.
            if (isTransient(error)) throw error;
            await client.query('ROLLBACK TO SAVEPOINT outcome');
            fail(error);
          }
        }
        return results;
      });
      if (stale.length > 0) await transaction(pool, (client) => pruneActors(client, stale));
      return results;
    },
    async ingested(id) {
      const [row] = await rowsOf(pool, 'SELECT text_hash, outcome FROM ingest_log WHERE article_id = $1', [id]);
      return row == null ? null : { textHash: row[0] as string, outcome: row[1] as IngestedArticle['outcome'] };
    },
    async nearDuplicates(bands) {
      const rows = await rowsOf(pool, `SELECT f.article_id, f.shingles, f.signature FROM fingerprints f
        WHERE f.article_id IN (SELECT article_id FROM fingerprint_bands WHERE band_key = ANY($1::bigint[])) ORDER BY f.seq`, [bands]);
      return rows.map(([article, shingles, signature]) => ({
        article: article as string, shingles: shingles as number, signature: fromBlob(signature as Buffer),
      }));
    },
    async clusterCounts(eventIds) {
      const of = await clustersOf(eventIds);
      const counts = await countsOf([...new Set(of.values())]);
      const byEvent = new Map<string, ClusterCounts>();
      for (const [event, cluster] of of) {
        const found = counts.get(cluster);
        if (found != null) byEvent.set(event, found);
      }
      return byEvent;
    },
    async clusters(eventIds) {
      return readClusters([...new Set((await clustersOf(eventIds)).values())]);
    },
  };
}
