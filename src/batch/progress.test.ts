import { describe, expect, it } from 'vitest';
import { createProgress, parseDuration } from './index.js';
import type { BatchProgress } from './index.js';
import { duration, progressBar, progressFigures } from './progress.js';

const AT: BatchProgress = {
  read: 12_345, coded: 12_000, duplicates: 300, skipped: 44, failed: 1, events: 90_000, textBytes: 55_000_000,
  unchanged: 0, inputBytes: 250_000_000, inFlight: 0, seconds: 30,
};

describe('progress', () => {
  it('gives count, rate, MB/s, what was not coded, share done and time left', () => {
    expect(progressFigures(AT, 1_000_000_000)).toEqual([
      '12,345 articles', '411.5/s', '1.83 MB/s', '(300 copies, 44 skipped, 1 failed)', '25%', 'ETA 1m 30s',
    ]);
    expect(progressFigures({ ...AT, duplicates: 0, skipped: 0, failed: 0 }, null)).toEqual(['12,345 articles', '411.5/s', '1.83 MB/s']);
  });

  it('counts the articles in flight as not done yet', () => {
    expect(progressFigures({ ...AT, inFlight: AT.read }, 500_000_000).slice(-2)).toEqual(['25%', 'ETA 1m 30s']);
  });

  it('draws a bar on a terminal, when the total is known', () => {
    expect(progressBar(AT, 1_000_000_000)).toMatch(/^\[######\.{18}\] 12,345 articles {2}411\.5\/s/);
  });

  it.each([[5, '5s'], [192, '3m 12s'], [7500, '2h 05m']] as const)('%d seconds is %s', (s, text) => {
    expect(duration(s)).toBe(text);
  });

  it('writes a plain line at most every interval off a terminal, and redraws in place on one', () => {
    let clock = 0;
    const lines: string[] = [];
    const log = createProgress({ write: (t) => lines.push(t), tty: false, everyMs: 1000, now: () => clock });
    log.update(AT);
    clock = 1500;
    log.update(AT);
    log.update(AT);
    expect(lines).toEqual([`annals: ${progressFigures(AT, undefined).join(', ')}\n`]);

    const drawn: string[] = [];
    const bar = createProgress({ write: (t) => drawn.push(t), tty: true, total: 1_000_000_000, now: () => clock });
    clock = 3000;
    bar.update(AT);
    bar.done();
    expect(drawn).toEqual([`\r\x1b[2K${progressBar(AT, 1_000_000_000)}`, '\r\x1b[2K']);
  });
});

describe('parseDuration', () => {
  it.each([
    ['15m', 900_000], ['30s', 30_000], ['1h', 3_600_000], ['1h30m', 5_400_000], ['500ms', 500], ['90', 90_000],
    ['1.5s', 1500], ['soon', null], ['15 minutes', null], ['', null],
  ] as const)('%j is %j ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
});
