import type { PlaceEntry } from './types.js';
import type { Candidate, Gazetteer } from './gazetteer.js';

/** What the story says about where it is: countries weighted by how often and how they come up, divisions named. */
export interface StoryContext {
  countries: Map<string, number>;
  /** `CC.code` divisions of places already resolved. */
  divisions: Map<string, number>;
  /** The dateline's country, if any. */
  dateline: string | null;
  /** A dateline place no actor names, read by its likeliest reading: the country it lent, no evidence for itself. */
  guess?: { key: string; country: string; weight: number };
  /** Places other names of the story may be (their likeliest readings): a reading near one of them is likelier. */
  points?: { key: string; name: string; lat: number; lon: number; admin1Key: string | null }[];
}

/** Kilometres between two points, by the equirectangular approximation (good to a few per cent under 500 km). */
export function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return 111.2 * Math.sqrt(x * x + (lat2 - lat1) ** 2);
}

/** A bonus for a reading close to a likely reading of another name: places named together lie together. */
function nearness(e: Lite, key: string | null, points: StoryContext['points']): { bonus: number; note: string | null } {
  if (!points || e.precision === 'country' || e.precision === 'region') return { bonus: 0, note: null };
  // A division is near the places inside it, however far they are from its centre ("Quebec" with "Montreal").
  if (e.precision === 'admin1') {
    const inside = e.admin1Key ? points.find((p) => p.key !== key && p.admin1Key === e.admin1Key) : undefined;
    return inside ? { bonus: 3, note: `${inside.name}, also named, is in it` } : { bonus: 0, note: null };
  }
  let best: { d: number; name: string } | null = null;
  for (const p of points) {
    if (p.key === key || Math.abs(p.lat - e.lat) > 4) continue;
    const d = roughKm(e.lat, e.lon, p.lat, p.lon);
    if (!best || d < best.d) best = { d, name: p.name };
  }
  if (!best || best.d > 400) return { bonus: 0, note: null };
  return { bonus: best.d <= 100 ? 3 : 1.5, note: `${Math.round(best.d)} km from ${best.name}, also named` };
}

/** A place name's own frame: a qualifier after a comma ("Paris, Texas"), a country the actors stage gave it. */
export interface Frame {
  /** The countries (ISO alpha-3) and division keys the qualifier can name ("Georgia": GEO, or US.GA). */
  countries?: string[];
  divisions?: string[];
  qualifierText?: string;
  /** The widest reading of the qualifier: a name of that level is listed with it, not inside it. */
  level?: 'admin1' | 'country';
  /** The qualifier's own entries: where the place is when the gazetteer has no place of that name in it. */
  fallbacks?: number[];
  /** Listed with other names: the share of them likeliest of each kind ("admin1|CAN"), see `siblingKinds`. */
  siblings?: Map<string, number>;
  /** The text reads the name as a division or country: a qualifier ("Bronx, New York"), "New York Gov.". */
  wide?: boolean;
}

/** The chosen entry, its score, and why (a closure: the reasons are written out only for `annals explain`). */
export interface Resolution {
  entry: PlaceEntry;
  score: number;
  why: () => string[];
  /** How many entries had the name. */
  candidates: number;
  /** How far the choice is ahead of the best reading in another country (Infinity when there is none). */
  margin?: number;
}

const FEATURE_BONUS: Record<string, number> = {
  PPLC: 3, PPLA: 1.5, PPLA2: 0.7, PPLA3: 0.2, PPLA4: 0.1, PPLX: -1.5, PPLH: -3, PPLQ: -3, PPLW: -3, PPLCH: -2,
};

/** How likely an entry is before any context: kind of place, size, capital status. */
export function prior(e: Pick<PlaceEntry, 'precision' | 'geonameId' | 'population' | 'feature'>): number {
  switch (e.precision) {
    case 'country': return 12;
    case 'admin1': return 9.5;
    case 'region':
    case 'facility': return e.geonameId === null ? 9 : 4;
    default: return Math.log10(e.population + 1) * 1.2 + (FEATURE_BONUS[e.feature.slice(2)] ?? 0);
  }
}

/** The fields scoring reads, straight from the index: no entry object per candidate. */
interface Lite {
  index: number;
  precision: PlaceEntry['precision'];
  geonameId: number | null;
  population: number;
  feature: string;
  country: string | null;
  admin1Key: string | null;
  lat: number;
  lon: number;
}

function lite(g: Gazetteer, i: number): Lite {
  return {
    index: i, precision: g.precisionAt(i), geonameId: g.authoredAt(i) ? null : 1, population: g.populationAt(i), feature: g.featureAt(i),
    country: g.countryAt(i), admin1Key: g.admin1At(i), lat: g.latAt(i), lon: g.lonAt(i),
  };
}

const CONTEXT_WEIGHT = 6;
/** How much a text that reads a name as a division or country ("Bronx, New York") favours those readings. */
const WIDE_BONUS = 4;
/** How much places listed together pull a name towards their kind, when all of them are of it. */
const SIBLING_BONUS = 8;

/**
 * Score every candidate of a name and keep the best, with the reasons a reader needs to check it. An entry whose own
 * name it is beats one that has it only among other names; `key`, the folded name as written, keeps nearness from
 * counting the name's own other readings.
 */
export function resolvePlace(
  gazetteer: Gazetteer, candidates: Candidate[], context: StoryContext, frame: Frame = {}, key: string | null = null,
): Resolution | null {
  const top = Math.max(1, ...context.countries.values());
  const count = new Set(candidates.map((c) => c.entry)).size;
  // Scores first, reasons only for the winner: most names are resolved many times over and explained once.
  const score = (c: Candidate, e: Lite, notes: string[] | null): number => {
    let s = prior(e);
    if (c.derived) s -= 3;
    if (key !== null && c.primary) s += 1.5;
    if (e.admin1Key && frame.divisions?.includes(e.admin1Key)) {
      s += 20;
      notes?.push(`in ${frame.qualifierText ?? e.admin1Key}`);
    } else if (inFrameCountry(e, frame)) {
      s += 15;
      notes?.push(`in ${frame.qualifierText ?? e.country}`);
    } else if (frame.countries?.length || frame.divisions?.length) s -= 10;
    if (frame.wide && (e.precision === 'admin1' || e.precision === 'country')) {
      s += WIDE_BONUS;
      notes?.push('named as a division or country');
    }
    const share = frame.siblings?.get(`${e.precision}|${e.country ?? '-'}`) ?? 0;
    if (share > 0) {
      s += SIBLING_BONUS * share;
      notes?.push(`like the places listed with it (${Math.round(share * 100)}%)`);
    }
    const weight = e.country ? context.countries.get(e.country) ?? 0 : 0;
    if (weight > 0) {
      s += CONTEXT_WEIGHT * (weight / (top + 1));
      notes?.push(`the story's countries include ${e.country}${context.dateline === e.country ? ' (dateline)' : ''}`);
    }
    // Nearness only chooses between readings: a name with one reading needs none.
    const near = count > 1 ? nearness(e, key, context.points) : null;
    if (near?.note) {
      s += near.bonus;
      notes?.push(near.note);
    }
    if (e.admin1Key && (context.divisions.get(e.admin1Key) ?? 0) > 0) {
      s += 2;
      notes?.push(`other places named are in ${gazetteer.division(e.admin1Key)?.name ?? e.admin1Key}`);
    }
    return s;
  };
  let best: { c: Candidate; e: Lite; score: number } | null = null;
  let second: { e: Lite; score: number } | null = null;
  const seen = new Set<number>();
  // The best score among readings in another country than the best's: kept as the best changes.
  let rival = -Infinity;
  for (const c of candidates) {
    if (seen.has(c.entry)) continue;
    seen.add(c.entry);
    const e = lite(gazetteer, c.entry);
    const s = score(c, e, null);
    if (!best || s > best.score) {
      if (best) {
        second = best;
        if (best.e.country !== e.country) rival = best.score;
      }
      best = { c, e, score: s };
    } else {
      if (!second || s > second.score) second = { e, score: s };
      if (e.country !== best.e.country && s > rival) rival = s;
    }
  }
  if (!best) return null;
  const entry = gazetteer.entry(best.e.index);
  const won = best;
  const runnerUp = second;
  const why = () => {
    const notes: string[] = [];
    score(won.c, won.e, notes);
    const what = entry.precision === 'city' ? `${entry.feature.slice(2)}, population ${entry.population > 0 ? thousands(entry.population) : 'not given'}` : entry.precision;
    const out = [`${count} candidate${count === 1 ? '' : 's'}`, what, ...notes];
    if (runnerUp) out.push(`over ${gazetteer.entry(runnerUp.e.index).name}, ${runnerUp.e.country ?? '-'} (${runnerUp.score.toFixed(1)} < ${won.score.toFixed(1)})`);
    return out;
  };
  return { entry, score: best.score, why, candidates: count, margin: best.score - rival };
}

/**
 * Whether an entry is in one of a frame's countries, and not in another division of a country whose division the frame
 * names: "Holliday, Mo." is not the Holliday in Texas, though both are in the United States.
 */
export function inFrameCountry(entry: { country: string | null; admin1Key: string | null }, frame: Frame): boolean {
  if (!entry.country || !frame.countries?.includes(entry.country)) return false;
  const key = entry.admin1Key;
  if (!key || !frame.divisions?.length) return true;
  const iso2 = key.slice(0, key.indexOf('.') + 1);
  return !frame.divisions.some((d) => d.startsWith(iso2));
}

/** Whether an entry lies where a frame says: in one of its divisions, or its countries (`inFrameCountry`). */
export function inFrame(entry: { country: string | null; admin1Key: string | null }, frame: Frame): boolean {
  return (!!entry.admin1Key && !!frame.divisions?.includes(entry.admin1Key)) || inFrameCountry(entry, frame);
}

/**
 * `resolvePlace`, and when the frame's qualifier has no place of that name in it ("Stroud, Ontario" with no Stroud in
 * Ontario), the qualifier itself: the place is somewhere in it, not a namesake elsewhere.
 */
export function resolveFramed(gazetteer: Gazetteer, candidates: Candidate[], context: StoryContext, frame: Frame = {}, key: string | null = null): Resolution | null {
  const r = resolvePlace(gazetteer, candidates, context, frame, key);
  if (!frame.fallbacks?.length || (r && inFrame(r.entry, frame))) return r;
  const q = resolvePlace(gazetteer, frame.fallbacks.map((entry) => ({ entry, derived: false, primary: true })), context);
  if (!q) return r;
  return { ...q, candidates: r?.candidates ?? 0, margin: Infinity, why: () => [`no place of that name in ${frame.qualifierText ?? q.entry.name}: somewhere in ${q.entry.name}`] };
}

/** 10381222 → "10,381,222", without the cost of Intl. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
