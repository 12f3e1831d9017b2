import type { Article } from '../model/index.js';
import { readInputs } from './index.js';
import type { IngestItem, IngestOptions } from './index.js';

/** Every item `readInputs` yields for these inputs, in order. */
export async function collect(inputs: string[], options?: IngestOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

/** The article of an item that must be one; the test fails with the item otherwise. */
export function article(item: IngestItem | undefined): Article {
  if (item?.ok !== true) throw new Error(`expected an article, got ${JSON.stringify(item)}`);
  return item.article;
}
