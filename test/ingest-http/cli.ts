// Running the CLI from tests: as a child process, watched while it runs.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;

/** A running `annals` process and what it has written to standard error so far. */
export interface Running {
  child: ChildProcess;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Start `annals <args>` under tsx, as `npm` users run it from a checkout. */
export function start(args: string[]): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, stderr: () => stderr, exited };
}

/** Run `annals <args>` to the end. */
export async function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const running = start(args);
  const { code } = await running.exited;
  return { code, stderr: running.stderr() };
}

/** One value from a database another process is writing (WAL readers do not block it); null until it can be read. */
export function query<T>(path: string, sql: string): T | null {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).pluck().get() as T;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Wait until `check` holds, polling every 25 ms; throws with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}
