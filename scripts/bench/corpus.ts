import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toArticle } from '../../src/index.js';
import type { Article } from '../../src/index.js';

/** The corpus the benchmark codes, inside the shared data folder. */
export const VOA_CORPUS = join('corpus', 'voa_stories.jsonl');

/** The shared data folder beside the repository (`../shared/data`); `ANNALS_SHARED_DATA` overrides it. */
export function sharedDataDir(): string {
  const override = process.env.ANNALS_SHARED_DATA;
  if (override != null && override !== '') return resolve(override);
  return fileURLToPath(new URL('../../../shared/data/', import.meta.url));
}

/** Stories read once, with their UTF-8 sizes, ready to be repeated into any number of articles. */
export interface Corpus {
  path: string;
  stories: Article[];
  /** UTF-8 bytes of each story's text, index for index. */
  bytes: number[];
}

/**
 * Read the VOA stories through the library's own ingest (`toArticle`), so a date it cannot parse fails here.
 * @throws Error naming the file and line when the file is missing or a record is not a dated article.
 */
export function loadCorpus(path = join(sharedDataDir(), VOA_CORPUS)): Corpus {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the benchmark corpus ${path} (${(error as Error).message}); `
      + 'set ANNALS_SHARED_DATA to the folder that holds corpus/voa_stories.jsonl',
    );
  }
  const stories: Article[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const origin = `${path}:${i + 1}`;
    const item = toArticle(JSON.parse(line) as unknown, origin);
    if (!item.ok) throw new Error(`${origin}: ${item.reason}`);
    if (item.article.published == null) throw new Error(`${origin}: has no publication date`);
    stories.push(item.article);
  });
  if (stories.length === 0) throw new Error(`${path}: no stories`);
  return { path, stories, bytes: stories.map((s) => Buffer.byteLength(s.text, 'utf8')) };
}

/**
 * The `i`-th article of the corpus repeated: story `i mod n`, copy `k = floor(i / n)`, id `${id}#${k}` so a store
 * keeps every copy. `tag` keeps warm-up copies apart from timed ones (`${id}#warm3`).
 */
export function articleAt(corpus: Corpus, i: number, tag = ''): { article: Article; bytes: number } {
  const n = corpus.stories.length;
  const story = corpus.stories[i % n]!;
  return { article: { ...story, id: `${story.id}#${tag}${Math.floor(i / n)}` }, bytes: corpus.bytes[i % n]! };
}

/** Files and bytes under a folder, to show whether the data was complete when the benchmark ran. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return { files: 0, bytes: 0 };
  }
  for (const entry of entries) {
    const stat = statSync(join(dir, entry), { throwIfNoEntry: false });
    if (stat?.isFile()) {
      files++;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

/** The repository's built-in data folder (`data/`). */
export const REPO_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
