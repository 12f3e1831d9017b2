/**
 * `npm run eval`: run every evaluation whose data is present and print a report.
 *
 *   npm run eval                      all evaluations
 *   npm run eval -- --only case2021   one evaluation (case2021, petrarch, seed)
 *   npm run eval -- --json out.json   also write every figure as JSON
 *   npm run eval -- --dict DIR --lexicon DIR   add dictionary / lexicon folders to the coder (repeatable)
 *
 * The data is read from `../shared/data` beside the repository (research use only, never copied in);
 * `ANNALS_SHARED_DATA` points elsewhere.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { case2021 } from './case2021.js';
import { createContext, missingFiles, sharedDataDir, type Evaluation } from './context.js';
import { geo } from './geo.js';
import { ner } from './ner.js';
import { petrarch } from './petrarch.js';
import { seed } from './seed.js';
import { dates } from './dates.js';

const EVALUATIONS: readonly Evaluation[] = [case2021, petrarch, seed, ner, geo, dates];

interface Options {
  only: string | null;
  json: string | null;
  dictionaries: string[];
  lexicons: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { only: null, json: null, dictionaries: [], lexicons: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--only') options.only = value();
    else if (flag === '--json') options.json = value();
    else if (flag === '--dict') options.dictionaries.push(value());
    else if (flag === '--lexicon') options.lexicons.push(value());
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: npm run eval -- [--only NAME] [--json FILE] [--dict DIR] [--lexicon DIR]\nevaluations: ' + EVALUATIONS.map((e) => e.name).join(', '));
      process.exit(0);
    } else throw new Error(`unknown argument "${arg}" (use --only NAME or --json FILE)`);
  }
  if (options.only && !EVALUATIONS.some((e) => e.name === options.only)) {
    throw new Error(`no evaluation "${options.only}"; there are: ${EVALUATIONS.map((e) => e.name).join(', ')}`);
  }
  return options;
}

function main(): void {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`eval: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const dataDir = sharedDataDir();
  const ctx = createContext(dataDir, (line = '') => console.log(line), { dictionaries: options.dictionaries, lexicons: options.lexicons });
  const selected = EVALUATIONS.filter((e) => !options.only || e.name === options.only);
  const results: Record<string, unknown> = {};
  console.log(`annals evaluation -- shared data: ${dataDir}`);
  const extra = [...options.dictionaries.map((d) => `--dict ${d}`), ...options.lexicons.map((l) => `--lexicon ${l}`)];
  if (extra.length > 0) console.log(`coder with extra data: ${extra.join(' ')}`);
  if (!existsSync(dataDir)) console.log('shared data folder not found: every evaluation is skipped (set ANNALS_SHARED_DATA to point at it)');

  for (const evaluation of selected) {
    console.log();
    console.log(`== ${evaluation.name}: ${evaluation.title} ==`);
    const missing = missingFiles(ctx, evaluation);
    if (missing.length > 0) {
      console.log(`skipped: data missing (${missing.join(', ')})`);
      results[evaluation.name] = { skipped: `data missing: ${missing.join(', ')}` };
      continue;
    }
    const started = performance.now();
    try {
      results[evaluation.name] = { ...evaluation.run(ctx), seconds: Math.round(performance.now() - started) / 1000 };
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`FAILED: ${message}`);
      results[evaluation.name] = { failed: error instanceof Error ? error.message : String(error) };
      process.exitCode = 1;
    }
  }

  if (options.json) {
    const out = { generated: new Date().toISOString(), dataDir, evaluations: results };
    writeFileSync(options.json, `${JSON.stringify(out, null, 2)}\n`);
    console.log();
    console.log(`figures written to ${options.json}`);
  }
}

main();
