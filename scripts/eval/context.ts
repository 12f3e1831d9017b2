import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCoder, type Article, type Coder, type CoderOptions, type CodedArticle } from '../../src/index.js';

/**
 * The shared research data lives beside the repository (`../shared/data`), never inside it. `ANNALS_SHARED_DATA`
 * points somewhere else.
 */
export function sharedDataDir(): string {
  const override = process.env.ANNALS_SHARED_DATA;
  if (override) return override.endsWith('/') ? override : `${override}/`;
  return fileURLToPath(new URL('../../../shared/data/', import.meta.url));
}

/** What every evaluation gets: where the data is, one coder for all, and a printer. */
export interface EvalContext {
  dataDir: string;
  /** The coder, built on first use and reused by every evaluation. */
  coder(): Coder;
  print(line?: string): void;
}

/** A registered evaluation: the data files it needs and a run that prints a report and returns its figures. */
export interface Evaluation {
  name: string;
  title: string;
  /** Paths relative to the shared data folder; the evaluation is skipped when one is missing. */
  needs: string[];
  run(ctx: EvalContext): Record<string, unknown>;
}

/**
 * Build the context; the coder is loaded lazily so a run with no data loads nothing. `options` adds dictionary
 * and lexicon folders (`--dict`, `--lexicon`), to measure a change before it lands in `data/`.
 */
export function createContext(dataDir: string, print: (line?: string) => void, options: CoderOptions = {}): EvalContext {
  let coder: Coder | null = null;
  return {
    dataDir,
    print,
    coder() {
      if (!coder) {
        coder = createCoder(options);
        for (const p of coder.problems.slice(0, 5)) print(`coder: ${p.reason}`);
        if (coder.problems.length > 5) print(`coder: ... and ${coder.problems.length - 5} more data problems`);
      }
      return coder;
    },
  };
}

/** The data files of an evaluation that are missing. */
export function missingFiles(ctx: EvalContext, evaluation: Evaluation): string[] {
  return evaluation.needs.filter((rel) => !existsSync(ctx.dataDir + rel));
}

/** Read a shared data file as UTF-8. */
export function readData(ctx: EvalContext, rel: string): string {
  return readFileSync(ctx.dataDir + rel, 'utf8');
}

/** An article for coding a bare text. */
export function articleOf(id: string, text: string, published: string | null, origin: string): Article {
  return { id, url: null, title: null, published, source: null, text, origin };
}

/** The outcome of coding one item: the coded article, or the error it threw. */
export type Coded = { ok: true; coded: CodedArticle } | { ok: false; error: string };

/** Code one article; a throw becomes an error result, so one bad item never stops a run. */
export function codeSafely(coder: Coder, article: Article): Coded {
  try {
    return { ok: true, coded: coder.code(article) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message.split('\n')[0] ?? message };
  }
}

/** Count errors by message and print a short summary (at most `limit` items). */
export function printErrors(ctx: EvalContext, errors: { id: string; error: string }[], limit = 5): void {
  if (errors.length === 0) return;
  ctx.print(`errors: ${errors.length} item(s) threw while coding (counted as no event)`);
  for (const e of errors.slice(0, limit)) ctx.print(`  ${e.id}: ${e.error}`);
  if (errors.length > limit) ctx.print(`  ... and ${errors.length - limit} more`);
}
