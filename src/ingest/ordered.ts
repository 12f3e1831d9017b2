/**
 * Map items through an async function, `concurrency` at a time, yielding results in the items' order. Null results
 * are skipped. Memory holds at most `concurrency` pending results.
 */
export async function* inOrder<T, R>(
  items: Iterable<T>, concurrency: number, map: (item: T) => Promise<R | null>,
): AsyncGenerator<R> {
  const pending: Promise<R | null>[] = [];
  for (const item of items) {
    pending.push(map(item));
    if (pending.length >= concurrency) {
      const result = await pending.shift();
      if (result != null) yield result;
    }
  }
  for (const promise of pending) {
    const result = await promise;
    if (result != null) yield result;
  }
}
