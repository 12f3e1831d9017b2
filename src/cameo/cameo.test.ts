import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CAMEO_FILES, CameoDataError, PLOVER_TYPES, loadCameo, parentOf, quadClassOfRoot } from './index.js';

const cameo = loadCameo();
const roots = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('CAMEO 1.1b3 codebook', () => {
  it('has every root 01..20 and about 300 codes', () => {
    for (const root of roots) expect(cameo.has(root), root).toBe(true);
    expect(cameo.all()).toHaveLength(316);
  });

  it('has the parent of every code', () => {
    for (const { code } of cameo.all()) {
      const parent = parentOf(code);
      if (parent != null) expect(cameo.has(parent), `parent of ${code}`).toBe(true);
    }
  });

  it('gives every code the quad class of its root', () => {
    for (const entry of cameo.all()) {
      expect(entry.root).toBe(entry.code.slice(0, 2));
      expect(entry.quadClass, entry.code).toBe(quadClassOfRoot(entry.root));
    }
    expect(cameo.get('057')?.quadClass).toBe(1);
    expect(cameo.get('0874')?.quadClass).toBe(2);
    expect(cameo.get('139')?.quadClass).toBe(3);
    expect(cameo.get('145')?.quadClass).toBe(4);
  });

  it('keeps Goldstein weights within [-10, 10]', () => {
    for (const { code, goldstein } of cameo.all()) {
      expect(goldstein, code).toBeGreaterThanOrEqual(-10);
      expect(goldstein, code).toBeLessThanOrEqual(10);
    }
  });

  it('gives every code one of the 16 PLOVER types', () => {
    expect(PLOVER_TYPES).toHaveLength(16);
    for (const { code, plover } of cameo.all()) expect(PLOVER_TYPES, code).toContain(plover);
  });

  it('codes the spot checks as the published scheme does', () => {
    expect(cameo.get('042')).toMatchObject({
      name: 'Make a visit', goldstein: 1.9, quadClass: 1, plover: 'CONSULT', ploverMode: 'visit', ploverContext: null,
    });
    expect(cameo.get('043')).toMatchObject({ name: 'Host a visit', goldstein: 2.8, plover: 'CONSULT' });
    expect(cameo.get('036')).toMatchObject({ goldstein: 4, plover: 'AGREE' });
    expect(cameo.get('075')).toMatchObject({
      name: 'Grant asylum', goldstein: 7, quadClass: 2, plover: 'AID', ploverContext: 'asylum',
    });
    expect(cameo.get('0871')).toMatchObject({
      name: 'Declare truce or ceasefire', goldstein: 9, plover: 'RETREAT', ploverMode: 'ceasefire',
    });
    expect(cameo.get('0874')).toMatchObject({ goldstein: 10, plover: 'RETREAT' });
    expect(cameo.get('190')).toMatchObject({
      name: 'Use conventional military force (unspecified)', goldstein: -10, quadClass: 4, plover: 'ASSAULT',
    });
    expect(cameo.get('173')).toMatchObject({ goldstein: -5, plover: 'COERCE', ploverMode: 'arrest' });
    expect(cameo.get('2042')).toMatchObject({ name: 'Detonate nuclear weapons', goldstein: -10, plover: 'ASSAULT' });
  });

  it('keeps leading zeros and looks up roots', () => {
    expect(cameo.get('10')?.name).toBe('Demand');
    expect(cameo.get('010')?.name).toBe('Make statement (unspecified)');
    expect(cameo.get('0211')?.root).toBe('02');
    expect(cameo.root('0871')?.code).toBe('08');
    expect(cameo.root('08')?.code).toBe('08');
    expect(cameo.root('999')).toBeUndefined();
    expect(cameo.get('42')).toBeUndefined();
    expect(cameo.has('1213')).toBe(false);
  });

  it('returns a fresh list of frozen entries', () => {
    const list = cameo.all();
    list.pop();
    expect(cameo.all()).toHaveLength(316);
    expect(Object.isFrozen(cameo.get('042'))).toBe(true);
  });
});

describe('loadCameo on malformed data', () => {
  const codesText = readFileSync(new URL('../../data/cameo/event-codes.tsv', import.meta.url), 'utf8');
  const ploverText = readFileSync(new URL('../../data/plover/cameo-to-plover.tsv', import.meta.url), 'utf8');
  let dir: string | null = null;

  afterEach(() => {
    if (dir != null) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  /** Writes both files into a fresh data folder and returns its path. */
  function dataDir(codes: string, plover: string): string {
    dir = mkdtempSync(join(tmpdir(), 'annals-cameo-'));
    mkdirSync(join(dir, 'cameo'));
    mkdirSync(join(dir, 'plover'));
    writeFileSync(join(dir, CAMEO_FILES.codes), codes);
    writeFileSync(join(dir, CAMEO_FILES.plover), plover);
    return dir;
  }

  function lineOf(text: string, start: string): number {
    return text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
  }

  function loadError(codes: string, plover: string): CameoDataError {
    try {
      loadCameo(dataDir(codes, plover));
    } catch (error) {
      if (error instanceof CameoDataError) return error;
      throw error;
    }
    throw new Error('loadCameo did not throw');
  }

  it('loads an unchanged copy', () => {
    expect(loadCameo(dataDir(codesText, ploverText)).all()).toHaveLength(316);
  });

  it('accepts CRLF line ends and trimmed trailing tabs', () => {
    const plover = ploverText.replace('\n010\tCONSULT\t\t\n', '\n010\tCONSULT\n');
    expect(loadCameo(dataDir(codesText.replace(/\n/g, '\r\n'), plover)).get('010')?.ploverMode).toBeNull();
  });

  it('names file, line and reason for a bad Goldstein value', () => {
    const codes = codesText.replace('042\tMake a visit\t1.9\t1', '042\tMake a visit\tabc\t1');
    const error = loadError(codes, ploverText);
    expect(error.file).toContain(CAMEO_FILES.codes);
    expect(error.line).toBe(lineOf(codes, '042\t'));
    expect(error.message).toContain(`event-codes.tsv:${lineOf(codes, '042\t')}:`);
    expect(error.message).toContain('goldstein "abc"');
  });

  it('rejects a wrong column count, a wrong quad class and a missing parent', () => {
    expect(loadError(codesText.replace('042\tMake a visit\t1.9\t1', '042\tMake a visit\t1.9'), ploverText).reason)
      .toMatch(/4 tab-separated columns, found 3/);
    expect(loadError(codesText.replace('042\tMake a visit\t1.9\t1', '042\tMake a visit\t1.9\t3'), ploverText).reason)
      .toMatch(/should be 1 for root 04/);
    const orphan = loadError(codesText + '0479\tOrphan\t1.0\t1\n', ploverText);
    expect(orphan.reason).toMatch(/code "0479" has no parent code "047"/);
  });

  it('rejects an unknown PLOVER type and a missing crosswalk row', () => {
    const plover = ploverText.replace('\n042\tCONSULT\tvisit\t\n', '\n042\tCHAT\tvisit\t\n');
    const error = loadError(codesText, plover);
    expect(error.file).toContain(CAMEO_FILES.plover);
    expect(error.line).toBe(lineOf(plover, '042\t'));
    expect(error.reason).toMatch(/"CHAT" is not one of the 16 PLOVER event types/);
    const missing = loadError(codesText, ploverText.replace('\n042\tCONSULT\tvisit\t\n', '\n'));
    expect(missing.line).toBeNull();
    expect(missing.message).toMatch(/no PLOVER row for CAMEO code "042"/);
  });

  it('rejects a bad header', () => {
    const error = loadError(codesText.replace('code\tname\tgoldstein\tquad_class', 'code\tname\tscore\tquad'), ploverText);
    expect(error.line).toBe(lineOf(codesText, 'code\t'));
    expect(error.reason).toMatch(/expected header/);
  });
});
