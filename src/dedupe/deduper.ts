import type { Fingerprint, NearDuplicateCandidate } from '../store/index.js';
import { containment, resemblance } from './minhash.js';

/** Least estimated share of a new text found in an earlier one for the new text to count as its copy. */
export const COPY_CONTAINMENT = 0.9;
/** Least estimated resemblance as well: below it, estimates of containment between texts of unequal size are noise. */
export const MIN_RESEMBLANCE = 0.25;

/** An earlier article a new one copies, and how much of the new text the earlier one holds (0..1). */
export interface CopyMatch {
  original: string;
  similarity: number;
}

/** Stored fingerprints sharing a band with these keys (the store's `nearDuplicates`), or none. */
export type CandidateLookup = (bands: readonly number[]) => NearDuplicateCandidate[];

/**
 * Finds copies among articles as a batch reads them: against what the store holds (`lookup`) and against the
 * articles held here, read but not yet stored. The first copy of a story is its original; later copies link to it.
 */
export interface Deduper {
  /**
   * The original this article copies, or null: at least 90% of its shingles found in the original's. `stored` are
   * the stored candidates when the caller has looked them up itself (an asynchronous store); else `lookup` finds them.
   */
  match(id: string, fp: Fingerprint, stored?: readonly NearDuplicateCandidate[]): CopyMatch | null;
  /** Keep an article's fingerprint until the store has it, so copies read meanwhile find it. */
  hold(id: string, fp: Fingerprint): void;
  /** Forget a held article: stored (the lookup finds it now) or given up. */
  release(id: string): void;
  /** Articles held. */
  readonly held: number;
}

/** A deduper over a store's fingerprints (`lookup`); without one, only what is held is compared. */
export function createDeduper(lookup: CandidateLookup = () => []): Deduper {
  const held = new Map<string, Fingerprint>();
  const byBand = new Map<number, Set<string>>();

  function candidates(bands: readonly number[], stored: readonly NearDuplicateCandidate[]): NearDuplicateCandidate[] {
    const out = [...stored];
    const seen = new Set(out.map((c) => c.article));
    for (const band of bands) {
      for (const id of byBand.get(band) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const fp = held.get(id) as Fingerprint;
        out.push({ article: id, signature: fp.signature, shingles: fp.shingles });
      }
    }
    return out;
  }

  return {
    match(id, fp, stored = lookup(fp.bands)) {
      let best: CopyMatch | null = null;
      for (const candidate of candidates(fp.bands, stored)) {
        if (candidate.article === id) continue;
        const r = resemblance(fp.signature, candidate.signature);
        if (r < MIN_RESEMBLANCE) continue;
        const share = containment(r, fp.shingles, candidate.shingles);
        // Ties go to the candidate met first: stored before held, older before newer.
        if (share >= COPY_CONTAINMENT && (best == null || share > best.similarity)) {
          best = { original: candidate.article, similarity: Number(share.toFixed(3)) };
        }
      }
      return best;
    },
    hold(id, fp) {
      held.set(id, fp);
      for (const band of fp.bands) {
        let ids = byBand.get(band);
        if (ids == null) byBand.set(band, (ids = new Set()));
        ids.add(id);
      }
    },
    release(id) {
      const fp = held.get(id);
      if (fp == null) return;
      held.delete(id);
      for (const band of fp.bands) {
        const ids = byBand.get(band);
        ids?.delete(id);
        if (ids?.size === 0) byBand.delete(band);
      }
    },
    get held() {
      return held.size;
    },
  };
}
