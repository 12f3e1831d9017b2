import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCameoCodeShape, parentOf, quadClassOfRoot, rootOf } from './codes.js';
import { isPloverType } from './plover.js';
import { CameoDataError, readTsv } from './tsv.js';
import { createCameoTable } from './table.js';
import type { CameoCode, CameoQuadClass, CameoTable } from './types.js';

/** Where the codebook lives inside the data folder. */
export const CAMEO_FILES = {
  codes: join('cameo', 'event-codes.tsv'),
  plover: join('plover', 'cameo-to-plover.tsv'),
} as const;

const CODES_HEADER = ['code', 'name', 'goldstein', 'quad_class'] as const;
const PLOVER_HEADER = ['cameo', 'plover', 'mode', 'context'] as const;

interface CodeRow {
  line: number;
  code: string;
  name: string;
  goldstein: number;
  quadClass: CameoQuadClass;
}

/** The repository's `data/` folder; src/cameo and dist/cameo are both two levels below the root. */
function defaultDataDir(): string {
  return fileURLToPath(new URL('../../data/', import.meta.url));
}

/**
 * Loads the CAMEO 1.1b3 codebook and its PLOVER crosswalk from `dataDir` (default: the repository's
 * `data/` folder). Throws a {@link CameoDataError} naming file, line and reason on a malformed line.
 *
 * @example
 * const cameo = loadCameo();
 * cameo.get('042'); // { code: '042', name: 'Make a visit', goldstein: 1.9, plover: 'CONSULT', ... }
 */
export function loadCameo(dataDir: string | URL = defaultDataDir()): CameoTable {
  const dir = dataDir instanceof URL ? fileURLToPath(dataDir) : dataDir;
  const codes = readCodes(join(dir, CAMEO_FILES.codes));
  const entries = joinPlover(codes, join(dir, CAMEO_FILES.plover));
  return createCameoTable(entries);
}

function readCodes(file: string): Map<string, CodeRow> {
  const codes = new Map<string, CodeRow>();
  for (const { line, cells } of readTsv(file, CODES_HEADER)) {
    const [code = '', name = '', goldsteinText = '', quadText = ''] = cells;
    const bad = (reason: string): CameoDataError => new CameoDataError(file, line, reason);
    if (!isCameoCodeShape(code)) throw bad(`code "${code}" is not 2 to 4 digits`);
    const expectedQuad = quadClassOfRoot(rootOf(code));
    if (expectedQuad == null) throw bad(`code "${code}" has no root between 01 and 20`);
    if (codes.has(code)) throw bad(`code "${code}" is listed twice (first at line ${codes.get(code)?.line})`);
    if (name.trim() === '') throw bad(`code "${code}" has no name`);
    const goldstein = Number(goldsteinText);
    if (goldsteinText.trim() === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw bad(`goldstein "${goldsteinText}" of code "${code}" is not a number between -10 and 10`);
    }
    if (quadText !== String(expectedQuad)) {
      throw bad(`quad_class "${quadText}" of code "${code}" should be ${expectedQuad} for root ${rootOf(code)}`);
    }
    codes.set(code, { line, code, name: name.trim(), goldstein, quadClass: expectedQuad });
  }
  for (const { line, code } of codes.values()) {
    const parent = parentOf(code);
    if (parent != null && !codes.has(parent)) {
      throw new CameoDataError(file, line, `code "${code}" has no parent code "${parent}"`);
    }
  }
  return codes;
}

function joinPlover(codes: Map<string, CodeRow>, file: string): CameoCode[] {
  const byCode = new Map<string, CameoCode>();
  for (const { line, cells } of readTsv(file, PLOVER_HEADER, 2)) {
    const [code = '', plover = '', mode = '', context = ''] = cells;
    const bad = (reason: string): CameoDataError => new CameoDataError(file, line, reason);
    const row = codes.get(code);
    if (row == null) throw bad(`CAMEO code "${code}" is not in ${CAMEO_FILES.codes}`);
    if (byCode.has(code)) throw bad(`CAMEO code "${code}" is listed twice`);
    if (!isPloverType(plover)) throw bad(`"${plover}" is not one of the 16 PLOVER event types`);
    const { name, goldstein, quadClass } = row;
    byCode.set(code, {
      code, name, goldstein, quadClass, root: rootOf(code), plover,
      ploverMode: mode.trim() || null,
      ploverContext: context.trim() || null,
    });
  }
  return [...codes.values()].map((row) => {
    const entry = byCode.get(row.code);
    if (entry == null) {
      throw new CameoDataError(file, null,
        `no PLOVER row for CAMEO code "${row.code}" (${CAMEO_FILES.codes} line ${row.line})`);
    }
    return entry;
  });
}
