// One event reported by several outlets, one of them a syndicated copy: one cluster, counted as GDELT counts it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { GDELT_COLUMNS } from '../../src/format/index.js';
import { run } from './cli.js';

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const wire = (name: string): string => readFileSync(new URL(`../fixtures/ingest/wire/${name}`, import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'annals-clustered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const annals = (args: string[]): string => spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8' }).stdout;

describe('event clusters from the command line', () => {
  it('links the copy, clusters the reports, and prints clusters and GDELT counts', async () => {
    const talks = wire('talks.txt');
    const input = join(dir, 'reports.jsonl');
    writeFileSync(input, [
      { id: 'wire-1', url: 'https://wire.example.org/talks', source: 'Example Wire', published: '2026-03-03', text: talks },
      { id: 'copy-1', url: 'https://daily.example.net/talks', source: 'Example Daily', published: '2026-03-03', text: `Putin hosts Xi\n\n${talks}` },
      { id: 'other-1', url: 'https://monitor.example.com/talks', source: 'Example Monitor', published: '2026-03-03', text: wire('talks-rewrite.txt') },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const db = join(dir, 'clusters.db');
    const coded = await run(['code', input, '--db', db, '--quiet', '--workers', '0', '--no-progress']);
    expect(coded.code).toBe(0);
    expect(coded.stderr).toMatch(/coded 2 articles, \d+ events, 1 copy linked to their first copy/);

    const clusters = annals(['events', '--db', db, '--clustered', '--type', 'CONSULT', '--actor', 'RUSGOV'])
      .trim().split('\n').map((line) => JSON.parse(line));
    const meeting = clusters.find((c) => c.cameo === '040' && c.source?.code === 'RUSGOV' && c.target?.code === 'CHNGOV');
    expect(meeting).toMatchObject({ day: '2026-03-03', numMentions: 3, numSources: 3, numArticles: 3 });
    expect(meeting.events.map((e: { article: string }) => e.article).sort()).toEqual(['other-1', 'wire-1']);
    expect(meeting.articles.map((a: { id: string; duplicateOf: string | null }) => [a.id, a.duplicateOf]).sort())
      .toEqual([['copy-1', 'wire-1'], ['other-1', null], ['wire-1', null]]);

    const rows = annals(['events', '--db', db, '--format', 'gdelt', '--type', 'CONSULT', '--cameo', '040', '--actor', 'RUSGOV'])
      .trim().split('\n').map((line) => line.split('\t'));
    const at = (name: string): number => GDELT_COLUMNS.indexOf(name);
    const counts = (cells: string[][]): string[] => cells.map((row) => [row[at('NumMentions')], row[at('NumSources')], row[at('NumArticles')]].join(','));
    // Each of the two coded reports of the meeting carries the cluster's counts; clustered, the meeting is one row.
    expect(counts(rows).filter((c) => c === '3,3,3')).toHaveLength(2);
    const perCluster = annals(['events', '--db', db, '--format', 'gdelt', '--clustered', '--cameo', '040', '--actor', 'RUSGOV'])
      .trim().split('\n').map((line) => line.split('\t'));
    expect(counts(perCluster).filter((c) => c === '3,3,3')).toHaveLength(1);
    expect(perCluster.every((row) => row.length === 61)).toBe(true);
  }, 120_000);
});
