/**
 * Error listing for geoparsing: every toponym resolved more than 161 km from its gold point (grouped by the gold
 * entry's kind, with what annals chose), every gold toponym no place mention overlaps, and every place mention that
 * overlaps no gold toponym, each with its context. Reads the corpora at run time; prints to the terminal only.
 *
 * @example npx tsx scripts/eval/geo-errors.ts
 * @example npx tsx scripts/eval/geo-errors.ts --corpus TR-News --kind far,missed --limit 400
 */
import { parseArgs } from 'node:util';
import { createContext, sharedDataDir } from './context.js';
import { corpora, demonymTest, score, type Pair } from './geo.js';
import type { GeoArticle } from './geo-data.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'TR-News,GeoVirus' },
    kind: { type: 'string', default: 'far,missed,extra' },
    limit: { type: 'string', default: '200' },
  },
});
const wanted = new Set(values.corpus.split(','));
const kinds = new Set(values.kind.split(','));
const limit = Number(values.limit);

const context = (a: GeoArticle, start: number, end: number) =>
  `${a.text.slice(Math.max(0, start - 50), start)}[${a.text.slice(start, end)}]${a.text.slice(end, end + 40)}`.replace(/\s+/g, ' ');

/** The gold entry's kind, as TR-News names it (GeoVirus gives none). */
const goldKind = (feature: string | null) =>
  !feature ? 'point' : feature.startsWith('A.PCL') ? 'country' : feature === 'A.ADM1' ? 'division' : feature.startsWith('P.') ? 'city' : feature;

const ctx = createContext(sharedDataDir(), (line = '') => console.log(line));
const isDemonym = demonymTest();
for (const corpus of corpora(ctx)) {
  if (!wanted.has(corpus.name)) continue;
  const f = score(ctx, corpus.articles, isDemonym, corpus.goldCountry);
  if (kinds.has('far')) {
    const byKind = new Map<string, Pair[]>();
    for (const p of f.far) {
      const k = goldKind(p.gold.feature);
      byKind.set(k, [...(byKind.get(k) ?? []), p]);
    }
    console.log(`== ${corpus.name}: ${f.far.length} resolved more than 161 km off ==`);
    for (const [k, pairs] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`-- gold ${k}: ${pairs.length}`);
      for (const p of pairs.slice(0, limit)) {
        const pl = p.mention.place!;
        console.log(`  ${Math.round(p.errorKm)} km  "${p.gold.phrase}" gold ${p.gold.feature ?? ''} ${p.goldCountry ?? '-'} (${p.gold.lat.toFixed(2)}, ${p.gold.lon.toFixed(2)})`
          + ` -> ${pl.name}, ${pl.country ?? '-'} ${pl.precision} ${pl.featureClass ?? ''} (${pl.lat.toFixed(2)}, ${pl.lon.toFixed(2)}) span "${p.mention.text}"`);
      }
    }
  }
  if (kinds.has('country')) {
    const wrong = f.pairs.filter((p) => p.goldCountry !== null && p.mention.place!.country !== null && p.mention.place!.country !== p.goldCountry);
    console.log(`== ${corpus.name}: ${wrong.length} in the wrong country ==`);
    for (const p of wrong.slice(0, limit)) console.log(`  "${p.gold.phrase}" gold ${p.goldCountry} -> ${p.mention.place!.name}, ${p.mention.place!.country} (${Math.round(p.errorKm)} km)`);
  }
  if (kinds.has('missed')) {
    const misses = f.unmatched.filter((u) => !isDemonym(u.gold.phrase));
    console.log(`== ${corpus.name}: ${misses.length} gold toponyms not found (demonyms left out) ==`);
    for (const u of misses.slice(0, limit)) console.log(`  ${u.article.id} ${goldKind(u.gold.feature)}: ${context(u.article, u.gold.start, u.gold.end)}`);
  }
  if (kinds.has('extra')) {
    console.log(`== ${corpus.name}: ${f.spurious.length} place mentions no gold toponym overlaps ==`);
    for (const s of f.spurious.slice(0, limit)) console.log(`  ${s.article.id} -> ${s.mention.place!.name}, ${s.mention.place!.country ?? '-'}: ${context(s.article, s.mention.start, s.mention.end)}`);
  }
}
