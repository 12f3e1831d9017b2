import type { Token } from '../model/index.js';
import type { PlaceSpan } from './recognize.js';
import type { Resolution } from './resolve.js';

/** Whether only a comma, "and", "or" or ", and" lies between two names. */
export function joined(tokens: Token[], from: number, to: number): 'comma' | 'and' | null {
  const conjunction = (k: number) => tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or';
  if (to - from === 1) return tokens[from]!.text === ',' ? 'comma' : conjunction(from) ? 'and' : null;
  return to - from === 2 && tokens[from]!.text === ',' && conjunction(from + 1) ? 'and' : null;
}

/**
 * Names listed together ("Alberta, Manitoba, Ontario and New Brunswick"): runs of three or more, or of two joined by
 * "and" or "or". Two names joined by a comma alone are a place and its qualifier ("Paris, Texas"), not a list.
 */
export function listsOf(spans: PlaceSpan[], tokens: Token[]): PlaceSpan[][] {
  const out: PlaceSpan[][] = [];
  let run: PlaceSpan[] = [];
  let anded = false;
  const close = () => {
    if (run.length >= 3 || (run.length === 2 && anded)) out.push(run);
    run = [];
    anded = false;
  };
  for (const s of spans) {
    const last = run.at(-1);
    const how = last ? joined(tokens, last.tokenEnd, s.tokenStart) : null;
    if (last && how) {
      run.push(s);
      anded ||= how === 'and';
    } else {
      close();
      run = [s];
    }
  }
  close();
  return out;
}

/** From this many siblings on, their agreement counts in full. */
const FULL_SIBLINGS = 3;

/** The kind of a reading, as siblings compare it: its precision and country ("admin1|CAN"). */
export function kindOf(entry: Resolution['entry']): string {
  return `${entry.precision}|${entry.country ?? '-'}`;
}

/**
 * For each listed name, the share of its siblings likeliest of each kind: listed places are of a kind, so "Ontario"
 * among Canadian provinces is the province, not the Californian city.
 */
export function siblingKinds(lists: PlaceSpan[][], resolve: (s: PlaceSpan) => Resolution | null): Map<PlaceSpan, Map<string, number>> {
  const out = new Map<PlaceSpan, Map<string, number>>();
  for (const list of lists) {
    const kinds = list.map((s) => {
      const r = resolve(s);
      return r ? kindOf(r.entry) : null;
    });
    list.forEach((s, i) => {
      // Two names are weak evidence of a kind ("New York City and Florida"): a share counts fully from three siblings on.
      const shares = new Map<string, number>();
      const weight = 1 / Math.max(list.length - 1, FULL_SIBLINGS);
      kinds.forEach((k, j) => {
        if (k && j !== i) shares.set(k, (shares.get(k) ?? 0) + weight);
      });
      out.set(s, shares);
    });
  }
  return out;
}
