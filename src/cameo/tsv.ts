import { readFileSync } from 'node:fs';

/** A data line of a TSV file with its 1-based line number. */
export interface TsvRow {
  line: number;
  cells: string[];
}

/** A malformed or inconsistent line in a CAMEO data file; the message names file, line and reason. */
export class CameoDataError extends Error {
  override name = 'CameoDataError';

  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(line == null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
  }
}

/**
 * Reads a tab-separated file: `#` lines and blank lines are skipped, the first other line must be
 * exactly `header`, and every row must have between `minCells` and `header.length` cells
 * (trailing empty cells may have been trimmed by an editor).
 */
export function readTsv(file: string, header: readonly string[], minCells = header.length): TsvRow[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows: TsvRow[] = [];
  let sawHeader = false;
  lines.forEach((raw, index) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '' || text.startsWith('#')) return;
    const line = index + 1;
    const cells = text.split('\t');
    if (!sawHeader) {
      if (cells.join('\t') !== header.join('\t')) {
        throw new CameoDataError(file, line, `expected header "${header.join('\\t')}", found "${text}"`);
      }
      sawHeader = true;
      return;
    }
    if (cells.length < minCells || cells.length > header.length) {
      throw new CameoDataError(file, line, `expected ${header.length} tab-separated columns, found ${cells.length}`);
    }
    while (cells.length < header.length) cells.push('');
    rows.push({ line, cells });
  });
  if (!sawHeader) throw new CameoDataError(file, null, `missing header "${header.join('\\t')}"`);
  return rows;
}
