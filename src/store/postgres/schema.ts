// The PostgreSQL schema: the SQLite store's tables, columns and meanings, with what a server shared by many writers
// needs besides. Text columns compare as bytes (COLLATE "C"), as SQLite's do, so both stores order alike whatever
// the database's locale.

/** Text compared byte by byte, as in SQLite. */
const T = 'text COLLATE "C"';

const actorColumns = (role: 'source' | 'target'): string => `
  ${role}_actor bigint REFERENCES actors (id),
  ${role}_code ${T},
  ${role}_country ${T},
  ${role}_sectors ${T},
  ${role}_name ${T},
  ${role}_text ${T},
  ${role}_start integer,
  ${role}_end integer,`;

/**
 * Events are partitioned by month of their day (`date_key`, `YYYY-MM-DD`): a range partition per month from
 * `MONTHLY_FROM`, made when the first event of the month is saved (see partitions.ts); one partition for older days,
 * one for days from `MONTHLY_UNTIL`, and undated events in the default partition. Its CHECK lets PostgreSQL add a
 * month without scanning it, and prune it from every date range.
 */
const events = `
CREATE TABLE events (
  id ${T} NOT NULL,
  article_id ${T} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  sentence integer NOT NULL,
  cameo ${T} NOT NULL CHECK (cameo ~ '^[0-9][0-9]'),
  root_code ${T} NOT NULL,
  plover ${T} NOT NULL,
  plover_mode ${T},
  quad_class smallint NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  goldstein double precision NOT NULL,
  status ${T} NOT NULL,
  date_value ${T},
  date_precision ${T},
  date_start ${T},
  date_end ${T},
  date_text ${T},
  date_from ${T} NOT NULL,
  date_key ${T},
  ${actorColumns('source')}
  ${actorColumns('target')}
  trigger_text ${T} NOT NULL,
  trigger_start integer NOT NULL,
  trigger_end integer NOT NULL,
  evidence_text ${T} NOT NULL,
  evidence_start integer NOT NULL,
  evidence_end integer NOT NULL,
  location_name ${T},
  location_country ${T},
  location_admin1 ${T},
  location_lat double precision,
  location_lon double precision,
  location_geoname_id bigint,
  location_feature_class ${T},
  location_precision ${T},
  location_from ${T},
  location_null_keys smallint NOT NULL DEFAULT 0,
  confidence double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  pattern ${T} NOT NULL
) PARTITION BY RANGE (date_key);
CREATE TABLE events_undated PARTITION OF events (CHECK (date_key IS NULL)) DEFAULT;
`;

/** Monthly partitions start here; older days share one partition. */
export const MONTHLY_FROM = '1990-01';
/** Monthly partitions end before this month; later days share one partition. */
export const MONTHLY_UNTIL = '2100-01';

const edges = `
CREATE TABLE events_before PARTITION OF events FOR VALUES FROM (MINVALUE) TO ('${MONTHLY_FROM}');
CREATE TABLE events_after PARTITION OF events FOR VALUES FROM ('${MONTHLY_UNTIL}') TO (MAXVALUE);
`;

// An event id is unique across the store, and a partitioned table can only be unique on keys that hold the month:
// this table holds the ids (and is what cluster memberships reference, so they go with their events).
const keys = `
CREATE TABLE event_keys (
  id ${T} PRIMARY KEY,
  article_id ${T} NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX event_keys_by_article ON event_keys (article_id);
`;

/**
 * The facts the aggregates read and filter by, carried in the filter indexes so that the actors, dyads, timeline and
 * places of a filter are read from an index alone (an index-only scan) once a partition is vacuumed.
 */
const facts = (key: string): string =>
  ['quad_class', 'goldstein', 'source_actor', 'target_actor', 'location_lat', 'location_lon', 'plover', 'cameo', 'status']
    .filter((column) => column !== key).join(', ');

// The newest-first listing (the dashboard's default) and the oldest-first one are both read in order from an index:
// PostgreSQL merges the partitions' index scans instead of sorting the matches.
const indexes = `
CREATE INDEX events_by_date ON events (date_key, article_id, sentence, seq);
CREATE INDEX events_by_date_desc ON events (date_key DESC NULLS LAST, article_id DESC, sentence DESC, seq DESC);
CREATE INDEX events_by_article ON events (article_id, seq);
CREATE INDEX events_by_source_actor ON events (source_actor, date_key) INCLUDE (${facts('source_actor')});
CREATE INDEX events_by_target_actor ON events (target_actor, date_key) INCLUDE (${facts('target_actor')});
CREATE INDEX events_by_plover ON events (plover, date_key) INCLUDE (${facts('plover')});
CREATE INDEX events_by_cameo ON events (cameo);
CREATE INDEX events_by_place ON events (location_lat, location_lon, location_name) WHERE location_lat IS NOT NULL;
CREATE INDEX events_search ON events USING gin (to_tsvector('annals_search', evidence_text));
`;

const articles = `
CREATE TABLE articles (
  id ${T} PRIMARY KEY,
  url ${T},
  title ${T},
  published ${T},
  source ${T},
  text ${T} NOT NULL,
  content_hash ${T} NOT NULL,
  coded_at ${T} NOT NULL,
  coder_version ${T},
  event_count integer NOT NULL DEFAULT 0
);
CREATE INDEX articles_by_published ON articles (published DESC NULLS LAST, id DESC);

CREATE TABLE actors (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code ${T} NOT NULL,
  name ${T} NOT NULL,
  country ${T},
  first_seen ${T},
  UNIQUE (code, name)
);

CREATE TABLE messages (
  article_id ${T} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  severity ${T} NOT NULL,
  rule_id ${T} NOT NULL,
  reason ${T} NOT NULL,
  place_start integer,
  place_end integer,
  PRIMARY KEY (article_id, seq)
);
`;

/** Version 1: articles, actors, events by month with their indexes and full-text search, messages. */
export const coreSchema = articles + events + edges + keys + indexes;

/** Version 2: the ingest log, near-duplicate links and fingerprints, event clusters (as SQLite's version 2). */
export const ingestSchema = `
CREATE TABLE ingest_log (
  article_id ${T} PRIMARY KEY,
  text_hash ${T} NOT NULL,
  outcome ${T} NOT NULL CHECK (outcome IN ('coded', 'duplicate')),
  logged_at ${T} NOT NULL
);
CREATE TABLE duplicates (
  article_id ${T} PRIMARY KEY,
  original_id ${T} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  similarity double precision NOT NULL CHECK (similarity BETWEEN 0 AND 1),
  url ${T},
  title ${T},
  published ${T},
  source ${T},
  source_key ${T} NOT NULL
);
CREATE INDEX duplicates_by_original ON duplicates (original_id);
CREATE TABLE fingerprints (
  article_id ${T} PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  shingles integer NOT NULL,
  signature bytea NOT NULL
);
CREATE TABLE fingerprint_bands (
  band_key bigint NOT NULL,
  article_id ${T} NOT NULL REFERENCES fingerprints (article_id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
);
CREATE INDEX fingerprint_bands_by_article ON fingerprint_bands (article_id);
CREATE TABLE clusters (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key ${T} NOT NULL,
  day ${T},
  UNIQUE (key, day)
);
CREATE TABLE cluster_events (
  event_id ${T} PRIMARY KEY REFERENCES event_keys (id) ON DELETE CASCADE,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  cluster_id bigint NOT NULL REFERENCES clusters (id),
  article_id ${T} NOT NULL,
  source_key ${T} NOT NULL
);
CREATE INDEX cluster_events_by_cluster ON cluster_events (cluster_id, seq);

-- An article's events into their clusters in one call: each to the cluster of its key whose day is nearest its own,
-- at most its window away, else to a new cluster anchored on its day; an undated event to a cluster of its own. The
-- caller holds the advisory locks of the keys (see ingest.ts), so two writers never both open one cluster.
CREATE FUNCTION annals_join_clusters(p_events text[], p_keys text[], p_days text[], p_windows integer[],
  p_article text, p_source text) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  v_id bigint;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_events, 1), 0) LOOP
    v_id := NULL;
    IF p_days[i] IS NOT NULL THEN
      SELECT c.id INTO v_id FROM clusters c WHERE c.key = p_keys[i]
        AND c.day BETWEEN to_char(p_days[i]::date - p_windows[i], 'YYYY-MM-DD') AND to_char(p_days[i]::date + p_windows[i], 'YYYY-MM-DD')
        ORDER BY abs(c.day::date - p_days[i]::date), c.day, c.id LIMIT 1;
    END IF;
    IF v_id IS NULL THEN
      INSERT INTO clusters (key, day) VALUES (p_keys[i], p_days[i]) RETURNING id INTO v_id;
    END IF;
    INSERT INTO cluster_events (event_id, cluster_id, article_id, source_key) VALUES (p_events[i], v_id, p_article, p_source)
      ON CONFLICT DO NOTHING;
  END LOOP;
END
$fn$;
`;
