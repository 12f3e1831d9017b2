/**
 * Why each place of the geoparsing articles that contain a word was read as it was: the gold point beside annals'
 * reading and its reasons (`place.why`). Reads the corpora at run time; prints to the terminal only.
 *
 * @example npx tsx scripts/eval/geo-explain.ts Innisfail
 */
import { createCoder } from '../../src/index.js';
import { codeSafely, createContext, sharedDataDir } from './context.js';
import { corpora } from './geo.js';
import { km } from './geo-data.js';

const words = process.argv.slice(2);
const ctx = createContext(sharedDataDir(), (line = '') => console.log(line));
const coder = createCoder({ geo: { explain: true } });
for (const corpus of corpora(ctx)) {
  for (const a of corpus.articles) {
    if (!words.every((w) => a.text.includes(w))) continue;
    const coded = codeSafely(coder, { id: a.id, url: null, title: null, published: a.published, source: null, text: a.text, origin: a.id });
    if (!coded.ok) continue;
    console.log(`== ${corpus.name} ${a.id}: ${a.text.slice(0, 160).replace(/\s+/g, ' ')}`);
    const places = coded.coded.doc.mentions.filter((m) => m.place);
    for (const g of a.toponyms) {
      const m = places.find((p) => p.start < g.end && g.start < p.end);
      const where = m?.place ? `${m.place.name}, ${m.place.country ?? '-'} ${Math.round(km(g.lat, g.lon, m.place.lat, m.place.lon))} km` : 'not found';
      console.log(`  "${g.phrase}" ${g.feature ?? ''} ${g.country ?? ''} -> ${where}${m?.place?.why ? `: ${m.place.why.join('; ')}` : ''}`);
    }
    for (const m of places) if (!a.toponyms.some((g) => m.start < g.end && g.start < m.end)) console.log(`  extra "${m.text}" -> ${m.place!.name}, ${m.place!.country ?? '-'}`);
  }
}
