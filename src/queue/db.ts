import pg from 'pg';

/** What the queue's statements run on: a pool, or one client of it (inside a transaction). */
export type Db = Pick<pg.ClientBase, 'query'>;

/**
 * A small pool of connections to the queue's database. An idle connection the server drops is replaced on the
 * next query; the pool's error event must be handled, or the process would end on it.
 */
export function connect(url: string, max = 2): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'annals queue' });
  pool.on('error', () => undefined);
  return pool;
}
