/** Readers for the two geoparsing corpora: TR-News (toponyms with GeoNames points) and GeoVirus (points only). */

/** A gold toponym: its span as written in the corpus, the point, and the country when the corpus gives one. */
export interface GoldToponym {
  phrase: string;
  start: number;
  end: number;
  lat: number;
  lon: number;
  /** The country's name as the corpus gives it (TR-News), or null. */
  country: string | null;
  feature: string | null;
}

/** One article of a corpus. */
export interface GeoArticle {
  id: string;
  text: string;
  published: string | null;
  toponyms: GoldToponym[];
  /** Gold toponyms whose phrase was not found near the offset the corpus gives. */
  unaligned: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? all;
  });
}

const tag = (xml: string, name: string): string | null => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!m) return null;
  const body = m[1]!;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(body);
  return cdata ? cdata[1]! : unescape(body);
};

/**
 * The corpus offsets drift in places (by one in GeoVirus, by more in some TR-News articles): the phrase is looked for
 * at the given offset, then at the nearest occurrence within 300 characters.
 */
function align(text: string, phrase: string, start: number): number | null {
  if (text.startsWith(phrase, start)) return start;
  let best: number | null = null;
  for (let at = text.indexOf(phrase, Math.max(0, start - 300)); at >= 0 && at <= start + 300; at = text.indexOf(phrase, at + 1)) {
    if (best === null || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best;
}

function article(id: string, text: string, published: string | null, raw: { phrase: string; start: number; lat: number; lon: number; country: string | null; feature: string | null }[]): GeoArticle {
  const toponyms: GoldToponym[] = [];
  let unaligned = 0;
  const seen = new Set<number>();
  for (const t of raw) {
    const at = align(text, t.phrase, t.start);
    if (at === null || seen.has(at) || !Number.isFinite(t.lat) || !Number.isFinite(t.lon)) {
      unaligned++;
      continue;
    }
    seen.add(at);
    toponyms.push({ phrase: t.phrase, start: at, end: at + t.phrase.length, lat: t.lat, lon: t.lon, country: t.country, feature: t.feature });
  }
  return { id, text, published, toponyms, unaligned };
}

/** TR-News: `<article docid>` with `<text>`, `<dltime>` and `<toponym>`s whose `<gaztag>` holds the GeoNames entry. */
export function readTrNews(xml: string): GeoArticle[] {
  const out: GeoArticle[] = [];
  for (const m of xml.matchAll(/<article docid="([^"]*)">([\s\S]*?)<\/article>/g)) {
    const body = m[2]!;
    const text = tag(body, 'text') ?? '';
    const published = /\d{4}-\d{2}-\d{2}/.exec(tag(body, 'dltime') ?? '')?.[0] ?? null;
    const raw = [...body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)].flatMap((t) => {
      const x = t[1]!;
      const gaz = /<gaztag[^>]*>([\s\S]*?)<\/gaztag>/.exec(x)?.[1];
      if (!gaz) return [];
      return [{
        phrase: (tag(x, 'phrase') ?? '').trim(), start: Number(tag(x, 'start')), lat: Number(tag(gaz, 'lat')), lon: Number(tag(gaz, 'lon')),
        country: tag(gaz, 'country')?.trim() || null, feature: `${tag(gaz, 'fclass') ?? ''}.${tag(gaz, 'fcode') ?? ''}`,
      }];
    });
    out.push(article(`tr-${m[1]}`, text, published, raw));
  }
  return out;
}

/** GeoVirus: `<article>` with `<source>`, `<text>` and `<location>`s (name, start, end, lat, lon). */
export function readGeoVirus(xml: string): GeoArticle[] {
  const out: GeoArticle[] = [];
  let n = 0;
  for (const m of xml.matchAll(/<article>([\s\S]*?)<\/article>/g)) {
    const body = m[1]!;
    const text = tag(body, 'text') ?? '';
    const raw = [...body.matchAll(/<location>([\s\S]*?)<\/location>/g)].map((l) => {
      const x = l[1]!;
      return { phrase: (tag(x, 'name') ?? '').trim(), start: Number(tag(x, 'start')), lat: Number(tag(x, 'lat')), lon: Number(tag(x, 'lon')), country: null, feature: null };
    });
    out.push(article(`gv-${++n}`, text, null, raw));
  }
  return out;
}

/** Great-circle distance in kilometres. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}
