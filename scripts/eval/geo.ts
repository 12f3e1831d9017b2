/**
 * Geoparsing on TR-News and GeoVirus, through the library: each article coded by `createCoder().code(...)`, its
 * place mentions (mentions with a `place`) scored against the gold toponyms. Figures: place-name span precision,
 * recall and F1 (exact spans; and without the gold demonyms, "Turkish", which annals reads as actors, not places);
 * for recognised toponyms (spans overlapping a gold one), the share resolved within 161 km of the gold point, the
 * median error in km, and country accuracy (TR-News: the gold entry's country; GeoVirus: the country the gold
 * point lies in).
 */
import type { Mention } from '../../src/index.js';
import { loadActors } from '../../src/actors/index.js';
import { foldKey } from '../../src/actors/dictionary/fold.js';
import { loadGazetteer, placeKey, type Gazetteer } from '../../src/geo/index.js';
import { codeSafely, printErrors, readData, type EvalContext, type Evaluation } from './context.js';
import { countryLocator } from './geo-countries.js';
import { km, readGeoVirus, readTrNews, type GeoArticle, type GoldToponym } from './geo-data.js';
import { pct, prf, round, table } from './metrics.js';

const TR_NEWS = 'dev/geo/TR-News.xml';
const GEOVIRUS = 'dev/geo/GeoVirus.xml';

/** A gold toponym paired with the place mention that overlaps it. */
export interface Pair {
  gold: GoldToponym;
  mention: Mention;
  errorKm: number;
  goldCountry: string | null;
}

/** Everything counted over one corpus. */
export interface CorpusFigures {
  articles: number;
  gold: number;
  goldWithoutDemonyms: number;
  unaligned: number;
  predicted: number;
  exact: number;
  exactWithoutDemonyms: number;
  pairs: Pair[];
  misses: Map<string, number>;
  extras: Map<string, number>;
  far: Pair[];
  /** Gold toponyms no place mention overlaps, by article. */
  unmatched: { article: GeoArticle; gold: GoldToponym }[];
  /** Place mentions that overlap no gold toponym, by article. */
  spurious: { article: GeoArticle; mention: Mention }[];
  errors: { id: string; error: string }[];
}

const isPlace = (m: Mention) => m.place !== undefined && m.kind !== 'date';

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Code each article and pair its place mentions with the gold toponyms. */
export function score(
  ctx: EvalContext, articles: GeoArticle[], isDemonym: (phrase: string) => boolean, goldCountry: (g: GoldToponym) => string | null,
): CorpusFigures {
  const coder = ctx.coder();
  const f: CorpusFigures = {
    articles: articles.length, gold: 0, goldWithoutDemonyms: 0, unaligned: 0, predicted: 0, exact: 0, exactWithoutDemonyms: 0,
    pairs: [], misses: new Map(), extras: new Map(), far: [], unmatched: [], spurious: [], errors: [],
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const a of articles) {
    f.unaligned += a.unaligned;
    const coded = codeSafely(coder, { id: a.id, url: null, title: null, published: a.published, source: null, text: a.text, origin: a.id });
    if (!coded.ok) {
      f.errors.push({ id: a.id, error: coded.error });
      continue;
    }
    const places = coded.coded.doc.mentions.filter(isPlace);
    f.predicted += places.length;
    const used = new Set<Mention>();
    for (const g of a.toponyms) {
      const demonym = isDemonym(g.phrase);
      f.gold++;
      if (!demonym) f.goldWithoutDemonyms++;
      const exact = places.find((m) => m.start === g.start && m.end === g.end);
      if (exact) {
        f.exact++;
        if (!demonym) f.exactWithoutDemonyms++;
      } else bump(f.misses, g.phrase);
      const overlap = exact ?? places.find((m) => m.start < g.end && g.start < m.end && !used.has(m));
      if (!overlap) {
        f.unmatched.push({ article: a, gold: g });
        continue;
      }
      used.add(overlap);
      const pair = { gold: g, mention: overlap, errorKm: km(g.lat, g.lon, overlap.place!.lat, overlap.place!.lon), goldCountry: goldCountry(g) };
      f.pairs.push(pair);
      if (pair.errorKm > 161) f.far.push(pair);
    }
    for (const m of places) {
      if (a.toponyms.some((g) => m.start < g.end && g.start < m.end)) continue;
      bump(f.extras, m.text);
      f.spurious.push({ article: a, mention: m });
    }
  }
  return f;
}

function report(ctx: EvalContext, name: string, f: CorpusFigures): Record<string, unknown> {
  const { print } = ctx;
  const all = prf(f.exact, f.predicted, f.gold);
  const noDemonyms = prf(f.exactWithoutDemonyms, f.predicted, f.goldWithoutDemonyms);
  const errors = f.pairs.map((p) => p.errorKm);
  const within = errors.filter((e) => e <= 161).length;
  // A continent, sea or region of several countries resolved near its gold point has no one country to get right.
  const withCountry = f.pairs.filter((p) => p.goldCountry !== null && !(p.mention.place!.country === null && p.errorKm <= 161));
  const countryRight = withCountry.filter((p) => p.mention.place!.country === p.goldCountry).length;
  print(`${name}: ${f.articles} articles, ${f.gold} gold toponyms (${f.gold - f.goldWithoutDemonyms} demonyms; ${f.unaligned} not found at their offsets, left out), ${f.predicted} place mentions`);
  print(table([
    ['spans', 'precision', 'recall', 'F1'],
    ['exact, all gold', all.precision.toFixed(3), all.recall.toFixed(3), all.f1.toFixed(3)],
    ['exact, gold demonyms left out', noDemonyms.precision.toFixed(3), noDemonyms.recall.toFixed(3), noDemonyms.f1.toFixed(3)],
  ]));
  print(`resolution, over ${f.pairs.length} recognised toponyms: within 161 km ${pct(within / Math.max(1, errors.length))} (${within}/${errors.length}), `
    + `median error ${median(errors).toFixed(1)} km, mean ${(errors.reduce((s, e) => s + e, 0) / Math.max(1, errors.length)).toFixed(0)} km; `
    + `country right ${pct(countryRight / Math.max(1, withCountry.length))} (${countryRight}/${withCountry.length})`);
  // By the kind of the gold entry (TR-News names it): country and division points are conventions as much as facts.
  const kinds = new Map<string, { n: number; within: number }>();
  for (const p of f.pairs) {
    const fc = p.gold.feature;
    if (!fc) continue;
    const kind = fc.startsWith('A.PCL') ? 'country' : fc === 'A.ADM1' ? 'division' : fc.startsWith('P.') ? 'city' : 'other';
    const k = kinds.get(kind) ?? { n: 0, within: 0 };
    k.n++;
    if (p.errorKm <= 161) k.within++;
    kinds.set(kind, k);
  }
  if (kinds.size > 0) print(`  within 161 km by gold kind: ${[...kinds].map(([k, v]) => `${k} ${pct(v.within / v.n)} (${v.within}/${v.n})`).join(', ')}`);
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, n]) => `${k} ${n}`).join(', ');
  print(`  most missed: ${top(f.misses)}`);
  print(`  most often extra: ${top(f.extras)}`);
  print(`  far off (first 12): ${f.far.slice(0, 12).map((p) => `${p.gold.phrase} -> ${p.mention.place!.name}, ${p.mention.place!.country} (${Math.round(p.errorKm)} km)`).join('; ')}`);
  printErrors(ctx, f.errors);
  print();
  return {
    articles: f.articles, gold: f.gold, predicted: f.predicted, unaligned: f.unaligned,
    span: { precision: round(all.precision), recall: round(all.recall), f1: round(all.f1) },
    spanWithoutDemonyms: { precision: round(noDemonyms.precision), recall: round(noDemonyms.recall), f1: round(noDemonyms.f1) },
    resolved: f.pairs.length, within161km: round(within / Math.max(1, errors.length)), medianErrorKm: round(median(errors)),
    countryAccuracy: round(countryRight / Math.max(1, withCountry.length)), countryScored: withCountry.length,
    within161kmByGoldKind: Object.fromEntries([...kinds].map(([k, v]) => [k, { n: v.n, within: round(v.within / v.n) }])),
  };
}

/** The two corpora with the gold country of each toponym, as `run` and the error listing read them. */
export function corpora(ctx: EvalContext): { name: string; articles: GeoArticle[]; goldCountry: (g: GoldToponym) => string | null }[] {
  const gazetteer: Gazetteer = loadGazetteer().gazetteer;
  const countryByName = (name: string | null) => {
    if (!name) return null;
    return gazetteer.lookup(placeKey(name)).map((c) => gazetteer.entry(c.entry)).find((e) => e.precision === 'country')?.country ?? null;
  };
  const locate = countryLocator(gazetteer);
  return [
    { name: 'TR-News', articles: readTrNews(readData(ctx, TR_NEWS)), goldCountry: (g) => (g.feature === 'L.CONT' ? null : countryByName(g.country)) },
    { name: 'GeoVirus', articles: readGeoVirus(readData(ctx, GEOVIRUS)), goldCountry: (g) => locate(g.lat, g.lon) },
  ];
}

/** Whether a phrase is a demonym the actor dictionaries know ("Turkish"). */
export function demonymTest(): (phrase: string) => boolean {
  const { compiled } = loadActors();
  return (phrase) => (compiled.senses.get(foldKey(phrase).replace(/\s+/g, ' ')) ?? []).some((s) => s.type === 'country' && s.via === 'demonym');
}

function run(ctx: EvalContext): Record<string, unknown> {
  const isDemonym = demonymTest();
  const [tr, gv] = corpora(ctx);
  const trNews = report(ctx, tr!.name, score(ctx, tr!.articles, isDemonym, tr!.goldCountry));
  const geoVirus = report(ctx, gv!.name, score(ctx, gv!.articles, isDemonym, gv!.goldCountry));
  ctx.print('targets: TR-News within 161 km >= 0.88 ' + ((trNews.within161km as number) >= 0.88 ? 'MET' : 'NOT MET')
    + '; country accuracy >= 0.97 ' + ((trNews.countryAccuracy as number) >= 0.97 && (geoVirus.countryAccuracy as number) >= 0.97 ? 'MET' : 'NOT MET'));
  return { trNews, geoVirus };
}

/** The geoparsing evaluation. */
export const geo: Evaluation = {
  name: 'geo',
  title: 'Places: span F1, resolution within 161 km, median error, country accuracy (TR-News, GeoVirus)',
  needs: [TR_NEWS, GEOVIRUS],
  run,
};
