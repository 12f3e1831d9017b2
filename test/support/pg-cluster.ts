// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a server listening on a unix socket in
// that folder only (no TCP port, so clusters of parallel test files never clash), removed again by stop().
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A running throwaway cluster. */
export interface PgCluster {
  /** A `postgres://` URL of the cluster's `annals` database, over the unix socket. */
  url: string;
  /** The socket folder (also the cluster's temporary folder's child), for URLs of other databases. */
  socketDir: string;
  /** Stop the server and remove its folder. */
  stop(): Promise<void>;
}

const PG_ROOTS = ['/usr/lib/postgresql'];

/** The folder of PostgreSQL's server binaries (`initdb`, `pg_ctl`), newest version first; null when none is found. */
export function findPgBin(): string | null {
  const fromEnv = process.env.ANNALS_PG_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  for (const root of PG_ROOTS) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(root, version, 'bin');
      if (existsSync(join(bin, 'initdb'))) return bin;
    }
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const path = which.status === 0 ? which.stdout.trim() : '';
  return path === '' ? null : path.slice(0, path.lastIndexOf('/'));
}

/**
 * Why PostgreSQL tests cannot run here, or null when they can. On CI (env `CI` set) a missing PostgreSQL throws:
 * CI must never skip the PostgreSQL half silently.
 */
export function pgSkipReason(): string | null {
  if (findPgBin() != null) return null;
  const reason = 'PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql, or set ANNALS_PG_BIN';
  if (process.env.CI) throw new Error(`${reason} (CI never skips the PostgreSQL tests)`);
  return reason;
}

/** A UTF-8 locale with codepoint order: C.UTF-8 where the system has it (Debian does), else C. */
function utf8Locale(): string {
  const locales = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  return /^C\.(utf8|UTF-8)$/m.test(locales.stdout ?? '') ? 'C.UTF-8' : 'C';
}

/** initdb refuses to run as root: as root, the server runs as the `postgres` user, which owns the folder. */
function runAs(): { uid: number; gid: number; user: string } | null {
  if (process.getuid?.() !== 0) return null;
  const user = process.env.ANNALS_PG_USER ?? 'postgres';
  const id = (flag: string): number => Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g'), user };
  } catch {
    throw new Error(`Running as root, PostgreSQL needs an unprivileged user to run as: create "${user}" or set ANNALS_PG_USER`);
  }
}

function runner(bin: string, as: ReturnType<typeof runAs>) {
  return (tool: string, args: string[]): void => {
    const [command, argv] = as == null ? [join(bin, tool), args] : ['runuser', ['-u', as.user, '--', join(bin, tool), ...args]];
    const run = spawnSync(command, argv, { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) {
      throw new Error(`${tool} failed (${run.status ?? run.signal}): ${(run.stderr || run.stdout || String(run.error)).trim()}`);
    }
  };
}

/** A `postgres://` URL of one database of the cluster whose socket is in `socketDir`. */
export function pgUrl(socketDir: string, database: string): string {
  return `postgres://postgres@localhost/${encodeURIComponent(database)}?host=${encodeURIComponent(socketDir)}`;
}

const SERVER_OPTIONS = ["-c listen_addresses=''", '-c max_connections=200'];
// Durability is traded for speed: a test cluster is thrown away, never recovered.
const FAST_OPTIONS = ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c shared_buffers=32MB'];
// What a real server would keep: every commit flushed to disk. For benchmarks, whose figures must mean something.
const DURABLE_OPTIONS = ['-c shared_buffers=256MB', '-c max_wal_size=2GB'];

/** Options for a throwaway cluster. */
export interface PgClusterOptions {
  /** Flush every commit to disk, as a production server does (default false: tests run without fsync). */
  durable?: boolean;
}

/**
 * Start a throwaway cluster with an empty `annals` database. Throws when PostgreSQL is missing (check
 * `pgSkipReason()` first to skip instead).
 * @example
 * const cluster = await startPgCluster();
 * const store = await openStore(cluster.url);
 * // ...
 * await store.close();
 * await cluster.stop();
 */
export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const bin = findPgBin();
  if (bin == null) throw new Error(pgSkipReason() ?? 'PostgreSQL not found');
  const as = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'annals-pg-'));
  if (as != null) chownSync(dir, as.uid, as.gid);
  const data = join(dir, 'data');
  const run = runner(bin, as);
  let started = false;
  // The server's process id, from the first line of its pid file.
  const postmaster = (): number | null => {
    try {
      return Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
    } catch {
      return null;
    }
  };
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  // An immediate shutdown (SIGQUIT): nothing to keep, nothing to flush. Without waiting (the process is exiting),
  // or waiting for the server to be gone (at most 10 s, then SIGKILL) before its folder is removed.
  const signal = (name: NodeJS.Signals): number | null => {
    const pid = started ? postmaster() : null;
    started = false;
    if (pid != null && alive(pid)) process.kill(pid, name);
    return pid;
  };
  const onExit = (): void => {
    signal('SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  };
  const stopNow = async (): Promise<void> => {
    const pid = signal('SIGQUIT');
    for (let waited = 0; pid != null && alive(pid); waited += 50) {
      if (waited === 10_000) process.kill(pid, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A test process that exits without stop() must not leave a server behind.
  process.once('exit', onExit);
  try {
    // C.UTF-8: the text search parser knows letters beyond ASCII (with C, "Erdoğan" would be split at the ğ).
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', `--locale=${utf8Locale()}`, '--no-sync']);
    const settings = [`-k ${dir}`, ...SERVER_OPTIONS, ...(options.durable === true ? DURABLE_OPTIONS : FAST_OPTIONS)];
    run('pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', settings.join(' ')]);
    started = true;
    await adminQuery(pgUrl(dir, 'postgres'), 'CREATE DATABASE annals');
  } catch (error) {
    process.removeListener('exit', onExit);
    await stopNow();
    throw error;
  }
  return {
    url: pgUrl(dir, 'annals'),
    socketDir: dir,
    async stop() {
      process.removeListener('exit', onExit);
      await stopNow();
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let databases = 0;

/**
 * A new database in a running cluster, and its URL: one per test that needs a store of its own. With `template`, a
 * copy of that database (one migrated once is far quicker to copy than to migrate again); it must have no open
 * connections, so close its stores first.
 * @example const url = await freshDatabase(cluster, 'contract', 'annals');
 */
export async function freshDatabase(cluster: PgCluster, prefix = 'test', template?: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${++databases}`.replace(/\W/g, '_');
  const from = template == null ? '' : ` TEMPLATE "${template.replace(/"/g, '')}"`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(pgUrl(cluster.socketDir, 'postgres'), `CREATE DATABASE "${name}"${from}`);
      return pgUrl(cluster.socketDir, name);
    } catch (error) {
      // A closed pool's connections end a moment after it resolves: the template may still look in use.
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
