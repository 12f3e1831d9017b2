import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * User and system CPU milliseconds from a /proc stat file (`/proc/thread-self/stat`, `/proc/self/task/<tid>/stat`),
 * or null where it cannot be read (not Linux, or the thread has ended). Kept apart from `measure.ts`, which imports
 * the library: the throughput parent must not load the language model.
 */
export function procCpuMs(statPath: string): number | null {
  let stat: string;
  try {
    stat = readFileSync(statPath, 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
