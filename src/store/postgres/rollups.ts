// Totals over the whole store, kept by statement triggers, so the unfiltered views (a dashboard's first page) read a
// few thousand rows instead of every event, as SQLite's rollups do. Many writers would queue on the one row of a
// busy day or actor, and deadlock taking several in different orders: each total is split in shards, a transaction
// adding to the shard it claimed when it began (`annals.shard`, see db.ts; else one by process id), and a read sums
// the shards. Goldstein columns hold sums; means are taken when read.

const T = 'text COLLATE "C"';

const tables = `
CREATE TABLE rollup_days (
  day ${T} NOT NULL, quad_class smallint NOT NULL, shard smallint NOT NULL,
  events bigint NOT NULL, goldstein double precision NOT NULL,
  PRIMARY KEY (day, quad_class, shard)
);
CREATE TABLE rollup_actors (
  code ${T} NOT NULL, shard smallint NOT NULL, country ${T},
  as_source bigint NOT NULL, as_target bigint NOT NULL, self bigint NOT NULL, goldstein double precision NOT NULL,
  PRIMARY KEY (code, shard)
);
CREATE TABLE rollup_dyads (
  source_code ${T} NOT NULL, target_code ${T} NOT NULL, shard smallint NOT NULL,
  events bigint NOT NULL, goldstein double precision NOT NULL,
  PRIMARY KEY (source_code, target_code, shard)
);
CREATE TABLE rollup_totals (
  shard smallint PRIMARY KEY, articles bigint NOT NULL DEFAULT 0, events bigint NOT NULL DEFAULT 0
);
CREATE TABLE rollup_places (
  lat double precision NOT NULL, lon double precision NOT NULL, name ${T} NOT NULL, country ${T} NOT NULL,
  shard smallint NOT NULL, events bigint NOT NULL, goldstein double precision NOT NULL,
  PRIMARY KEY (lat, lon, name, country, shard)
);
`;

/** When a shard's row of each total holds nothing and may go (SQL over the row `r`). */
interface Emptied { days: string; actors: string; dyads: string; places: string }

// Version 3 dropped a shard's row when its count came back to 0, though its Goldstein sum need not have: shard B,
// holding one event of a key (score 3), removes another event of that key that shard A added (score 5), and comes to
// 0 events and a sum of -2, which was lost. Version 4 drops a row only when every column is 0 (a Goldstein sum within
// 1e-6 of it: scores have one decimal, so anything nearer is what adding and subtracting floating-point numbers left).
const EMPTIED_V3: Emptied = {
  days: 'r.events = 0', actors: 'r.as_source = 0 AND r.as_target = 0', dyads: 'r.events = 0', places: 'r.events = 0',
};
const NO_SUM = 'abs(r.goldstein) < 1e-6';
const EMPTIED_V4: Emptied = {
  days: `r.events = 0 AND ${NO_SUM}`, actors: `r.as_source = 0 AND r.as_target = 0 AND r.self = 0 AND ${NO_SUM}`,
  dyads: `r.events = 0 AND ${NO_SUM}`, places: `r.events = 0 AND ${NO_SUM}`,
};

// One function for inserts (+1) and deletes (-1): both triggers name their transition table `changed`. Rows are
// upserted in key order, so two writers sharing a shard take its row locks in the same order.
const rollupFunction = (create: string, emptied: Emptied): string => `
${create} FUNCTION annals_rollup() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
  v_shard smallint := coalesce(nullif(current_setting('annals.shard', true), '')::smallint, pg_backend_pid() % 64);
BEGIN
  INSERT INTO rollup_totals AS r (shard, events) SELECT v_shard, v_sign * count(*) FROM changed
    ON CONFLICT (shard) DO UPDATE SET events = r.events + excluded.events;
  INSERT INTO rollup_days AS r (day, quad_class, shard, events, goldstein)
    SELECT date_key, quad_class, v_shard, v_sign * count(*), v_sign * sum(goldstein) FROM changed
    WHERE date_key IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, quad_class, shard) DO UPDATE
      SET events = r.events + excluded.events, goldstein = r.goldstein + excluded.goldstein;
  INSERT INTO rollup_actors AS r (code, shard, country, as_source, as_target, self, goldstein)
    SELECT code, v_shard, max(country), v_sign * sum(s), v_sign * sum(t), v_sign * sum(self), v_sign * sum(g) FROM (
      SELECT source_code AS code, source_country AS country, 1 AS s, 0 AS t, 0 AS self, goldstein AS g
        FROM changed WHERE source_code IS NOT NULL
      UNION ALL
      SELECT target_code, target_country, 0, 1, (source_code IS NOT DISTINCT FROM target_code)::integer, goldstein
        FROM changed WHERE target_code IS NOT NULL
    ) sides GROUP BY code ORDER BY code
    ON CONFLICT (code, shard) DO UPDATE
      SET as_source = r.as_source + excluded.as_source, as_target = r.as_target + excluded.as_target,
        self = r.self + excluded.self, goldstein = r.goldstein + excluded.goldstein,
        country = coalesce(r.country, excluded.country);
  INSERT INTO rollup_dyads AS r (source_code, target_code, shard, events, goldstein)
    SELECT source_code, target_code, v_shard, v_sign * count(*), v_sign * sum(goldstein) FROM changed
    WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (source_code, target_code, shard) DO UPDATE
      SET events = r.events + excluded.events, goldstein = r.goldstein + excluded.goldstein;
  INSERT INTO rollup_places AS r (lat, lon, name, country, shard, events, goldstein)
    SELECT location_lat, location_lon, location_name, coalesce(location_country, ''), v_shard,
      v_sign * count(*), v_sign * sum(goldstein) FROM changed
    WHERE location_lat IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (lat, lon, name, country, shard) DO UPDATE
      SET events = r.events + excluded.events, goldstein = r.goldstein + excluded.goldstein;
  IF v_sign < 0 THEN
    -- Rows of this shard that came back to nothing go; other shards may hold the rest of a total.
    DELETE FROM rollup_days r USING (SELECT DISTINCT date_key, quad_class FROM changed) c
      WHERE r.day = c.date_key AND r.quad_class = c.quad_class AND r.shard = v_shard AND ${emptied.days};
    DELETE FROM rollup_actors r USING (SELECT source_code AS code FROM changed UNION SELECT target_code FROM changed) c
      WHERE r.code = c.code AND r.shard = v_shard AND ${emptied.actors};
    DELETE FROM rollup_dyads r USING (SELECT DISTINCT source_code, target_code FROM changed) c
      WHERE r.source_code = c.source_code AND r.target_code = c.target_code AND r.shard = v_shard AND ${emptied.dyads};
    DELETE FROM rollup_places r
      USING (SELECT DISTINCT location_lat, location_lon, location_name, coalesce(location_country, '') AS country FROM changed) c
      WHERE r.lat = c.location_lat AND r.lon = c.location_lon AND r.name = c.location_name AND r.country = c.country
        AND r.shard = v_shard AND ${emptied.places};
  END IF;
  RETURN NULL;
END
$fn$;
`;

const triggers = `CREATE FUNCTION annals_count_articles() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO rollup_totals AS r (shard, articles)
    SELECT coalesce(nullif(current_setting('annals.shard', true), '')::smallint, pg_backend_pid() % 64), CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END * count(*) FROM changed
    ON CONFLICT (shard) DO UPDATE SET articles = r.articles + excluded.articles;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER articles_count_insert AFTER INSERT ON articles REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION annals_count_articles();
CREATE TRIGGER articles_count_delete AFTER DELETE ON articles REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION annals_count_articles();
CREATE TRIGGER events_rollup_insert AFTER INSERT ON events REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION annals_rollup();
CREATE TRIGGER events_rollup_delete AFTER DELETE ON events REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION annals_rollup();
`;

// A store migrated with events already in it starts from their totals, in shard 0.
const fill = `
INSERT INTO rollup_totals SELECT 0, (SELECT count(*) FROM articles), (SELECT count(*) FROM events);
INSERT INTO rollup_days SELECT date_key, quad_class, 0, count(*), sum(goldstein) FROM events
  WHERE date_key IS NOT NULL GROUP BY 1, 2;
INSERT INTO rollup_actors SELECT code, 0, max(country), sum(s), sum(t), sum(self), sum(g) FROM (
  SELECT source_code AS code, source_country AS country, 1 AS s, 0 AS t, 0 AS self, goldstein AS g FROM events
    WHERE source_code IS NOT NULL
  UNION ALL SELECT target_code, target_country, 0, 1, (source_code IS NOT DISTINCT FROM target_code)::integer, goldstein
    FROM events WHERE target_code IS NOT NULL
) sides GROUP BY code;
INSERT INTO rollup_dyads SELECT source_code, target_code, 0, count(*), sum(goldstein) FROM events
  WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2;
INSERT INTO rollup_places SELECT location_lat, location_lon, location_name, coalesce(location_country, ''), 0, count(*),
  sum(goldstein) FROM events WHERE location_lat IS NOT NULL GROUP BY 1, 2, 3, 4;
`;

/** Version 3: the rollup tables (and the counts of articles and events), their triggers, and their first totals. */
export const rollupSchema = tables + rollupFunction('CREATE', EMPTIED_V3) + triggers + fill;

/** Part of version 4: the rollup trigger's function again, dropping only the rows of a shard that hold nothing. */
export const rollupFunctionV4 = rollupFunction('CREATE OR REPLACE', EMPTIED_V4);
