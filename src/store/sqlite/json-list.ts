/** Values per `json_each` list: SQLite sets no limit there; this keeps one statement's work modest. */
const CHUNK = 5000;

/** A long list as JSON arrays of at most 5,000 values, for `IN (SELECT value FROM json_each(?))`. */
export function jsonChunks<T>(items: readonly T[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(JSON.stringify(items.slice(i, i + CHUNK)));
  return out;
}
