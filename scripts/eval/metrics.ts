/** Scores shared by the evaluations: precision, recall, F1, macro-F1, confusion counts and a plain table printer. */

/** Precision, recall and F1 of one label, with the counts they come from. */
export interface LabelScore {
  label: string;
  support: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; an empty denominator gives 0 (a label never predicted has precision 0). */
export function prf(correct: number, predicted: number, support: number): Omit<LabelScore, 'label'> {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = support === 0 ? 0 : correct / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { support, predicted, correct, precision, recall, f1 };
}

/** Counts of (gold, predicted) pairs, for single-label classification. */
export class Confusion {
  private readonly pairs = new Map<string, number>();
  private total = 0;

  add(gold: string, predicted: string): void {
    const key = `${gold}\u0000${predicted}`;
    this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
    this.total++;
  }

  get size(): number {
    return this.total;
  }

  count(gold: string, predicted: string): number {
    return this.pairs.get(`${gold}\u0000${predicted}`) ?? 0;
  }

  /** Share of items whose prediction equals the gold label. */
  accuracy(): number {
    let right = 0;
    for (const [key, n] of this.pairs) {
      const [gold, predicted] = key.split('\u0000');
      if (gold === predicted) right += n;
    }
    return this.total === 0 ? 0 : right / this.total;
  }

  /** Per-label scores for the given labels (a label never predicted scores F1 0). */
  scores(labels: readonly string[]): LabelScore[] {
    return labels.map((label) => {
      let support = 0;
      let predicted = 0;
      for (const [key, n] of this.pairs) {
        const [gold, guess] = key.split('\u0000');
        if (gold === label) support += n;
        if (guess === label) predicted += n;
      }
      return { label, ...prf(this.count(label, label), predicted, support) };
    });
  }

  /** The most frequent wrong (gold, predicted) pairs, most frequent first. */
  top(limit: number): { gold: string; predicted: string; count: number }[] {
    return [...this.pairs]
      .map(([key, count]) => {
        const [gold = '', predicted = ''] = key.split('\u0000');
        return { gold, predicted, count };
      })
      .filter((p) => p.gold !== p.predicted)
      .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted))
      .slice(0, limit);
  }
}

/** Unweighted mean F1 over the given label scores. */
export function macroF1(scores: readonly LabelScore[]): number {
  return scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
}

/** A share as a percentage with one decimal: `pct(0.8123)` is `"81.2%"`. */
export function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A share with its counts: `ratio(3, 4)` is `"75.0% (3/4)"`; nothing to count gives `"n/a (0/0)"`. */
export function ratio(part: number, whole: number): string {
  return `${whole === 0 ? 'n/a' : pct(part / whole)} (${part}/${whole})`;
}

/** Safe division: 0 when the denominator is 0. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Round a figure for JSON output (4 decimals). */
export function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * Lay out rows as a plain-text table: the first row is the header; columns whose header starts with a space or
 * whose cells are numeric are right-aligned.
 *
 * @example
 * table([['label', 'F1'], ['ARREST', '0.50']]) // "label   F1\n------  ----\nARREST  0.50"
 */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === 'number' ? String(c) : c)));
  const widths: number[] = [];
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  const numeric = widths.map((_, i) => cells.slice(1).every((row) => /^[-+]?[\d.,%/() ]*$/.test(row[i] ?? '')));
  const line = (row: string[]) =>
    row.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const [header, ...body] = cells;
  if (!header) return '';
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Format a 0..1 score with two decimals. */
export function f2(x: number): string {
  return x.toFixed(2);
}
