import type { Database } from 'better-sqlite3';
import type { ClusterArticle, ClusterCounts, StoredCluster } from '../ingest.js';
import { jsonChunks as chunks } from './json-list.js';

type ArticleRow = [number, string, string | null, string | null, string | null, string | null, string | null, number];

const ARTICLES = `
  SELECT ce.cluster_id, a.id, a.url, a.title, a.published, a.source, NULL, count(*) FROM cluster_events ce
    JOIN articles a ON a.id = ce.article_id WHERE ce.cluster_id IN (SELECT value FROM json_each(@ids))
    GROUP BY ce.cluster_id, a.id
  UNION ALL
  SELECT ce.cluster_id, d.article_id, d.url, d.title, d.published, d.source, d.original_id, count(*) FROM cluster_events ce
    JOIN duplicates d ON d.original_id = ce.article_id WHERE ce.cluster_id IN (SELECT value FROM json_each(@ids))
    GROUP BY ce.cluster_id, d.article_id`;

const byPublished = (a: ClusterArticle, b: ClusterArticle): number =>
  (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Read whole clusters by id, with their events in joining order and their articles by publication date. */
export function readClusters(db: Database, ids: readonly number[], counts: Map<number, ClusterCounts>): StoredCluster[] {
  const heads = db.prepare('SELECT id, key, day FROM clusters WHERE id IN (SELECT value FROM json_each(?))');
  const members = db.prepare(`SELECT cluster_id, event_id FROM cluster_events
    WHERE cluster_id IN (SELECT value FROM json_each(?)) ORDER BY cluster_id, rowid`).raw();
  const articles = db.prepare(ARTICLES).raw();
  const clusters = new Map<number, StoredCluster>();
  for (const list of chunks(ids)) {
    for (const { id, key, day } of heads.all(list) as { id: number; key: string; day: string | null }[]) {
      clusters.set(id, { id, key, day, events: [], articles: [], counts: counts.get(id) ?? { mentions: 0, sources: 0, articles: 0 } });
    }
    for (const [cluster, event] of members.all(list) as [number, string][]) clusters.get(cluster)?.events.push(event);
    for (const [cluster, id, url, title, published, source, duplicateOf, mentions] of articles.all({ ids: list }) as ArticleRow[]) {
      clusters.get(cluster)?.articles.push({ id, url, title, published, source, duplicateOf, mentions });
    }
  }
  const list = [...clusters.values()].filter((c) => c.events.length > 0);
  for (const cluster of list) cluster.articles.sort(byPublished);
  return list.sort((a, b) => (a.day ?? '\uffff').localeCompare(b.day ?? '\uffff') || a.id - b.id);
}
