// Test fixtures for the store: hand-built articles, documents and event records. Not used by shipped code.
import type {
  ActorRef, AnnalsDocument, Article, EventRecord, Message, TextSpan,
} from '../model/index.js';

/** The fixture story: four sentences, one event each. */
export const FIXTURE_TEXT = [
  'MOSCOW - Syrian President Ahmed al-Sharaa will travel to Moscow on Wednesday for talks with Russian President Vladimir Putin.',
  'The two leaders first met in Moscow on October 15.',
  'Russia granted asylum to Bashar al-Assad in December 2024.',
  'Analysts said the leaders could agree on energy projects.',
].join(' ');

/** An article around the fixture story; override any field. */
export function fixtureArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'article-1',
    url: 'https://example.org/news/syria-russia',
    title: 'Syrian president to visit Moscow',
    published: '2026-01-26',
    source: 'Example Wire',
    text: FIXTURE_TEXT,
    origin: 'fixtures',
    ...overrides,
  };
}

/** The span of the first `fragment` in `text` at or after `from`. */
export function span(text: string, fragment: string, from = 0): TextSpan {
  const start = text.indexOf(fragment, from);
  if (start < 0) throw new Error(`Fixture text has no "${fragment}"`);
  return { text: fragment, start, end: start + fragment.length };
}

function actor(text: string, fragment: string, code: string | null, name: string | null, from = 0): ActorRef {
  const country = code == null ? null : code.slice(0, 3);
  const sectors = code == null ? [] : (code.slice(3).match(/.{3}/g) ?? []);
  return { ...span(text, fragment, from), code, country, sectors, name };
}

/** The article's fields as an event record carries them. */
export function recordArticle(article: Article): EventRecord['article'] {
  const { id, url, title, published, source } = article;
  return { id, url, title, published, source };
}

/**
 * Four records over the fixture story, one per sentence, chosen to cover the record's variants: a planned visit
 * with a full location, a past meeting with an explicit null admin1, a month-precision event without location,
 * and a hypothetical, undated event with an uncoded source and no target.
 */
export function fixtureRecords(article: Article): EventRecord[] {
  const t = article.text;
  const sentence = (n: number): TextSpan => span(t, FIXTURE_TEXT.split(/(?<=\.) /)[n] ?? '');
  const moscow = { name: 'Moscow', country: 'RU', lat: 55.75222, lon: 37.61556, geonameId: 524901 };
  const base = { article: recordArticle(article), ploverMode: null, location: null };
  return [
    {
      ...base, id: `${article.id}#0`, sentence: 0, evidence: sentence(0), trigger: span(t, 'travel'),
      source: actor(t, 'Ahmed al-Sharaa', 'SYRGOV', 'Ahmed al-Sharaa'),
      target: actor(t, 'Vladimir Putin', 'RUSGOV', 'Vladimir Putin'),
      cameo: '042', plover: 'CONSULT', ploverMode: 'visit', quadClass: 1, goldstein: 1.9, status: 'planned',
      date: { value: '2026-01-28', precision: 'day', text: 'on Wednesday', from: 'text' },
      location: { ...moscow, admin1: '48', featureClass: 'P', precision: 'city', from: 'clause' },
      confidence: 0.85, pattern: 'travel to $T for talks', contexts: ['diplomatic'],
    },
    {
      ...base, id: `${article.id}#1`, sentence: 1, evidence: sentence(1), trigger: span(t, 'met'),
      source: actor(t, 'The two leaders', 'SYRGOV', 'Ahmed al-Sharaa'),
      target: actor(t, 'The two leaders', 'RUSGOV', 'Vladimir Putin'),
      cameo: '040', plover: 'CONSULT', quadClass: 1, goldstein: 1, status: 'occurred',
      date: { value: '2025-10-15', precision: 'day', text: 'on October 15', from: 'text' },
      location: { ...moscow, admin1: null },
      confidence: 0.7, pattern: 'meet',
    },
    {
      ...base, id: `${article.id}#2`, sentence: 2, evidence: sentence(2), trigger: span(t, 'granted asylum'),
      source: actor(t, 'Russia', 'RUS', 'Russia', t.indexOf('Russia granted')),
      target: actor(t, 'Bashar al-Assad', 'SYR', 'Bashar al-Assad'),
      cameo: '075', plover: 'AID', quadClass: 2, goldstein: 7, status: 'occurred',
      date: { value: '2024-12', precision: 'month', text: 'in December 2024', from: 'text' },
      confidence: 0.9, pattern: 'grant asylum to $T', contexts: ['asylum', 'migration'],
    },
    {
      ...base, id: `${article.id}#3`, sentence: 3, evidence: sentence(3), trigger: span(t, 'agree'),
      source: actor(t, 'Analysts', null, null), target: null,
      cameo: '030', plover: 'AGREE', quadClass: 1, goldstein: 4, status: 'hypothetical',
      date: { value: null, precision: null, text: null, from: 'unresolved' },
      confidence: 0.3, pattern: 'agree on', contexts: [],
    },
  ];
}

/** Two messages of the kind stages leave on a document. */
export const FIXTURE_MESSAGES: Message[] = [
  { severity: 'info', ruleId: 'time/from-dateline', reason: 'Dated the article from its dateline', place: { start: 0, end: 6 } },
  { severity: 'warning', ruleId: 'events/no-target', reason: 'An event in sentence 3 has no target' },
];

/** A coded document whose events are the records without their id and article. */
export function codedDocument(article: Article, records: EventRecord[], messages: Message[] = FIXTURE_MESSAGES): AnnalsDocument {
  const events = records.map(({ id: _id, article: _article, ...event }) => event);
  return { article, dateline: null, sentences: [], tokens: [], mentions: [], events, messages };
}

/** An article, its four records and its document, ready to save. */
export function fixture(overrides: Partial<Article> = {}): { article: Article; records: EventRecord[]; doc: AnnalsDocument } {
  const article = fixtureArticle(overrides);
  const records = fixtureRecords(article);
  return { article, records, doc: codedDocument(article, records) };
}

/** The records in the order the store returns them: by day (undated last), article, sentence. */
export function inStoreOrder(records: EventRecord[], day: (r: EventRecord) => string | null): EventRecord[] {
  return [...records].sort((a, b) => {
    const [da, db] = [day(a), day(b)];
    if (da !== db) return da == null ? 1 : db == null ? -1 : da < db ? -1 : 1;
    if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
    return a.sentence - b.sentence;
  });
}
