import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/index.js';

const MAIN = new URL('../src/cli/main.ts', import.meta.url).pathname;

function annals(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A batch with one good record in each format and every kind of bad input. */
function badBatch(dir: string): string[] {
  const good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify({ id: 'good-1', published: '2025-03-11', text: 'Russia granted asylum to Bashar al-Assad on Sunday.' }));
  const lines = join(dir, 'records.jsonl');
  writeFileSync(lines, [
    JSON.stringify({ id: 'line-1', published: '2025-06-14', text: 'Israel attacked Iran on Friday.' }),
    JSON.stringify({ id: 'line-2', published: '2025-06-14' }),
    JSON.stringify({ id: 'line-3', published: 'not a date', text: 'Iran attacked Israel.' }),
    '{"id": broken',
    JSON.stringify({ id: 'line-5', published: '2025-06-15', text: 'Iran fired missiles at Israel on Saturday.' }),
  ].join('\n'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
  const invalid = join(dir, 'latin1.txt');
  writeFileSync(invalid, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, 'Russia attacked Ukraine. '.repeat(840_000));
  return [good, lines, empty, binary, invalid, huge, join(dir, 'missing.json')];
}

describe('annals code', () => {
  it('codes the good inputs, names every bad one with its reason, exits 1, and a second run changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annals-cli-'));
    const db = join(dir, 'test.db');
    const inputs = badBatch(dir);
    const first = annals(['code', ...inputs, '--db', db, '--quiet']);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/records\.jsonl:2: .*no text/);
    expect(first.stderr).toMatch(/records\.jsonl:3: invalid published date 'not a date'/);
    expect(first.stderr).toMatch(/records\.jsonl:4: invalid JSON/);
    expect(first.stderr).toMatch(/empty\.txt: .*no text/);
    expect(first.stderr).toMatch(/binary\.txt: .*binary/);
    expect(first.stderr).toMatch(/latin1\.txt: .*not valid UTF-8/);
    expect(first.stderr).toMatch(/huge\.txt: .*over the 10\.0 MB limit/);
    expect(first.stderr).toMatch(/missing\.json: /);

    const store = openSqliteStore(db);
    const after = store.counts();
    const ids = store.events().map((e) => e.id).sort();
    store.close();
    expect(after.articles).toBe(3);
    expect(after.events).toBeGreaterThanOrEqual(3);

    const second = annals(['code', ...inputs, '--db', db, '--quiet']);
    expect(second.code).toBe(1);
    const again = openSqliteStore(db);
    expect(again.counts()).toEqual(after);
    expect(again.events().map((e) => e.id).sort()).toEqual(ids);
    again.close();
  });

  it('reads standard input and prints JSONL records without storing', () => {
    const run = annals(['code', '-', '--published', '2024-12-09', '--no-db'], 'Russia granted asylum to Bashar al-Assad on Sunday.');
    expect(run.code).toBe(0);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ cameo: '075', plover: 'AID', source: { code: 'RUS' }, target: { name: 'Bashar al-Assad' }, date: { value: '2024-12-08', from: 'text' } });
  });

  it('exits 2 with a message on a usage error', () => {
    expect(annals(['code']).code).toBe(2);
    const bad = annals(['code', 'x.json', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of jsonl, csv, plover, gdelt/);
    expect(annals(['nonsense']).code).toBe(2);
  });

  it('prints help for every command', () => {
    for (const command of ['code', 'events', 'annotate', 'explain', 'demo']) {
      const run = annals([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`annals ${command}`);
    }
  });
});

describe('annals annotate', () => {
  it('prints each mention with offsets into the text, kind and code', () => {
    const text = 'Syrian President Ahmed al-Sharaa met Russian President Vladimir Putin in Moscow on October 15.';
    const run = annals(['annotate', '-', '--published', '2026-01-26'], text);
    expect(run.code).toBe(0);
    const { mentions, events } = JSON.parse(run.stdout);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m: { kind: string; code?: string; value?: string }) => `${m.kind}:${m.code ?? m.value}`)).toEqual([
      'person:SYRGOV', 'person:RUSGOV', 'place:RUS', 'date:2025-10-15',
    ]);
    expect(events[0]).toMatchObject({ cameo: '040', status: 'occurred', date: { value: '2025-10-15' } });
  });
});
