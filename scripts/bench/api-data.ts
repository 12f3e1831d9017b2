/**
 * Synthetic event data for the API bench: articles of ten events each, with actors, dates, CAMEO codes and places
 * drawn from skewed distributions (a few countries and codes in most events, as in news), from a fixed seed.
 */
import type { CameoCode } from '../../src/cameo/index.js';
import type { AnnalsDocument, Article, EventRecord } from '../../src/model/index.js';

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Countries by how often they make news, most first. */
export const COUNTRIES = [
  'USA', 'RUS', 'UKR', 'ISR', 'CHN', 'IRN', 'SYR', 'GBR', 'FRA', 'DEU', 'TUR', 'IND', 'PAK', 'PSE', 'LBN', 'SAU',
  'EGY', 'QAT', 'JPN', 'KOR', 'PRK', 'IRQ', 'YEM', 'AFG', 'SDN', 'ETH', 'NGA', 'BRA', 'MEX', 'VEN', 'COL', 'ARG',
  'POL', 'HUN', 'SRB', 'GEO', 'ARM', 'AZE', 'BLR', 'KAZ', 'TWN', 'PHL', 'VNM', 'THA', 'KHM', 'MMR', 'BGD', 'NPL',
  'LKA', 'IDN', 'MYS', 'AUS', 'CAN', 'ZAF', 'KEN', 'COD', 'RWA', 'SOM', 'LBY', 'TUN',
];
const SECTORS = ['GOV', 'GOV', 'GOV', 'MIL', 'MIL', '', '', 'REB', 'OPP', 'BUS', 'CVL', 'MED'];
// 120 words, three per sentence: each is in about 2.5% of evidence sentences, as a topical word is in news.
const WORDS = [
  'talks', 'ceasefire', 'sanctions', 'border', 'troops', 'minister', 'president', 'agreement', 'protest', 'attack',
  'aid', 'refugees', 'election', 'court', 'missile', 'drone', 'summit', 'energy', 'trade', 'visit', 'hostages',
  'negotiations', 'parliament', 'police', 'strike', 'oil', 'grain', 'port', 'embassy', 'militants', 'pipeline',
  'tariffs', 'nuclear', 'inspectors', 'uranium', 'convoy', 'shelling', 'airstrike', 'artillery', 'frontline',
  'blockade', 'corridor', 'evacuation', 'prisoners', 'exchange', 'treaty', 'alliance', 'exercises', 'navy', 'coast',
  'islands', 'fishing', 'water', 'dam', 'drought', 'famine', 'vaccines', 'hospital', 'journalists', 'arrests',
  'opposition', 'referendum', 'constitution', 'coup', 'junta', 'curfew', 'riots', 'students', 'unions', 'wages',
  'loans', 'debt', 'currency', 'inflation', 'investment', 'railway', 'highway', 'airport', 'satellite', 'cyberattack',
  'hackers', 'espionage', 'diplomats', 'expulsion', 'visa', 'migrants', 'asylum', 'deportation', 'smuggling', 'cartel',
  'kidnapping', 'bombing', 'mines', 'peacekeepers', 'mandate', 'resolution', 'veto', 'envoy', 'mediation', 'truce',
  'annexation', 'occupation', 'settlements', 'checkpoint', 'raid', 'insurgents', 'ambush', 'casualties', 'wounded',
  'reconstruction', 'militia', 'donors', 'pledge', 'grants', 'elections', 'ballots', 'monitors', 'fraud', 'boycott', 'embargo',
];
const VERBS: Record<string, string> = {
  CONSULT: 'met', AGREE: 'agreed with', SUPPORT: 'praised', COOPERATE: 'signed a deal with', AID: 'sent aid to',
  RETREAT: 'withdrew from', REQUEST: 'urged', ACCUSE: 'accused', REJECT: 'rejected', THREATEN: 'threatened',
  PROTEST: 'protested against', SANCTION: 'imposed sanctions on', MOBILIZE: 'deployed troops against',
  COERCE: 'detained members of', ASSAULT: 'attacked', CONCEDE: 'released prisoners to',
};

const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 0, 1);
/** The days the synthetic events fall on: three years. */
export const DAYS = 1096;

/** A draw from `0..n-1` skewed toward 0 (about Zipf's law). */
const skewed = (rand: () => number, n: number): number => Math.min(n - 1, Math.floor(n * rand() ** 2.2));
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** The day `n` days after the first synthetic day, as `YYYY-MM-DD`. */
export const dayAt = (n: number): string => new Date(START + n * DAY_MS).toISOString().slice(0, 10);

/** The cities events are placed in: 300, around each country's own point. */
function cities(rand: () => number): { name: string; country: string; lat: number; lon: number }[] {
  return Array.from({ length: 300 }, (_, i) => {
    const country = COUNTRIES[i % COUNTRIES.length] as string;
    return { name: `City ${i}`, country: country.slice(0, 2), lat: rand() * 120 - 55, lon: rand() * 340 - 170 };
  });
}

/** Make article `n` with its ten events, ready to save. */
export function syntheticArticle(
  n: number, codes: readonly CameoCode[], places: ReturnType<typeof cities>,
): { doc: AnnalsDocument; records: EventRecord[] } {
  const rand = random(n + 1);
  const day = skewed(rand, 1) + Math.floor(rand() * DAYS);
  const sentences: string[] = [];
  const records: EventRecord[] = [];
  const article: Article = {
    id: `synthetic-${n}`, url: `https://example.org/synthetic/${n}`, title: `Synthetic story ${n}`,
    published: dayAt(day), source: 'annals bench', text: '', origin: 'bench',
  };
  let text = '';
  for (let i = 0; i < 10; i++) {
    const code = codes[skewed(rand, codes.length)] as CameoCode;
    const source = `${COUNTRIES[skewed(rand, COUNTRIES.length)]}${pick(rand, SECTORS)}`;
    const target = `${COUNTRIES[skewed(rand, COUNTRIES.length)]}${pick(rand, SECTORS)}`;
    const sentence = `${source} officials ${VERBS[code.plover] ?? 'met'} ${target} over ${pick(rand, WORDS)} and `
      + `${pick(rand, WORDS)} after ${pick(rand, WORDS)}, a statement said.`;
    const start = text.length;
    text += `${sentence} `;
    const actor = (code_: string, offset: number) => ({
      text: code_, start: start + offset, end: start + offset + code_.length, code: code_, country: code_.slice(0, 3),
      sectors: code_.length > 3 ? [code_.slice(3)] : [], name: rand() < 0.3 ? `Leader of ${code_}` : null,
    });
    const eventDay = Math.max(0, day - Math.floor(rand() * 5));
    const place = rand() < 0.6 ? places[skewed(rand, places.length)] ?? null : null;
    records.push({
      id: `${article.id}#${i}`, article: { id: article.id, url: article.url, title: article.title, published: article.published, source: article.source },
      sentence: i, evidence: { text: sentence, start, end: start + sentence.length },
      trigger: { text: 'officials', start: start + source.length + 1, end: start + source.length + 10 },
      source: actor(source, 0), target: actor(target, sentence.indexOf(target)),
      cameo: code.code, plover: code.plover, ploverMode: code.ploverMode, quadClass: code.quadClass,
      goldstein: code.goldstein, status: rand() < 0.85 ? 'occurred' : 'planned',
      date: { value: dayAt(eventDay), precision: 'day', text: null, from: 'published' },
      location: place == null ? null : { ...place, geonameId: null },
      confidence: Math.round(rand() * 100) / 100, pattern: 'synthetic',
    });
    sentences.push(sentence);
  }
  article.text = text;
  const events = records.map(({ id: _id, article: _article, ...event }) => event);
  return { doc: { article, dateline: null, sentences: [], tokens: [], mentions: [], events, messages: [] }, records };
}

/** The city list, drawn once from its own seed. */
export const syntheticPlaces = (): ReturnType<typeof cities> => cities(random(7));

/** Words the evidence sentences are made of, for search queries. */
export const SEARCH_WORDS = WORDS;
