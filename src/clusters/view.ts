import type { ActorRef, EventLocation, EventRecord } from '../model/index.js';
import type { ClusterArticle, StoredCluster } from '../store/index.js';

/** An actor as a cluster shows it. */
export interface ClusterActor {
  code: string | null;
  name: string | null;
}

/** One event of a cluster: which article said it, and where. */
export interface ClusterMention {
  id: string;
  article: string;
  sentence: number;
  cameo: string;
  status: string;
  date: string | null;
  evidence: string;
}

/** A cluster as `annals events --clustered` prints it: one JSON line, the event once, with every report of it. */
export interface ClusterRecord {
  cluster: number;
  day: string | null;
  plover: string;
  cameo: string;
  quadClass: number;
  goldstein: number;
  source: ClusterActor | null;
  target: ClusterActor | null;
  location: EventLocation | null;
  numMentions: number;
  numSources: number;
  numArticles: number;
  events: ClusterMention[];
  articles: ClusterArticle[];
}

const actor = (a: ActorRef | null): ClusterActor | null => (a == null ? null : { code: a.code, name: a.name });

/**
 * The printed form of a stored cluster: its first event stands for it (codes, actors, place), every event is
 * listed with its evidence, and every article with its outlet (copies marked `duplicateOf`). Null when none of the
 * cluster's events is among `records`.
 */
export function clusterRecord(cluster: StoredCluster, records: ReadonlyMap<string, EventRecord>): ClusterRecord | null {
  const events = cluster.events.map((id) => records.get(id)).filter((r): r is EventRecord => r != null);
  const first = events[0];
  if (first == null) return null;
  return {
    cluster: cluster.id,
    day: cluster.day,
    plover: first.plover,
    cameo: first.cameo,
    quadClass: first.quadClass,
    goldstein: first.goldstein,
    source: actor(first.source),
    target: actor(first.target),
    location: first.location,
    numMentions: cluster.counts.mentions,
    numSources: cluster.counts.sources,
    numArticles: cluster.counts.articles,
    events: events.map((r) => ({
      id: r.id, article: r.article.id, sentence: r.sentence, cameo: r.cameo, status: r.status, date: r.date.value,
      evidence: r.evidence.text,
    })),
    articles: cluster.articles,
  };
}
