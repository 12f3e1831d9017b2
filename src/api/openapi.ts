import { LIMITS } from './params.js';

const ref = (name: string): object => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string): object => ({ $ref: `#/components/parameters/${name}` });
const json = (schema: object, description: string): object => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): object => json(ref('Error'), description);
const FILTERS = ['actor', 'type', 'cameo', 'quadClass', 'status', 'since', 'until', 'bbox', 'q'].map(param);
const list = (item: string): object => ({ type: 'array', items: ref(item) });
const num = { type: 'number' };
const int = { type: 'integer' };
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };

function get(summary: string, extra: object[], schema: object): object {
  return {
    get: {
      summary, parameters: [...FILTERS, ...extra],
      responses: {
        200: json(schema, 'OK'), 400: error('A parameter is unknown, repeated or invalid'),
        421: error('Addressed to a host name this server does not answer to'),
      },
    },
  };
}

const query = (name: string, schema: object, description: string): object => ({ name, in: 'query', schema, description });

/** The OpenAPI 3.1 description of the annals HTTP API, served at `/api/openapi.json`. */
export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'annals API', version,
      description: 'Event data coded from news (CAMEO / PLOVER): who did what to whom, when and where. Read-only '
        + 'unless the server was started with a token. Every read endpoint takes the same event filters.',
      license: { name: 'MIT' },
    },
    paths: {
      '/api/events': get('Events matching the filters, one page', [param('limit'), param('offset'), param('sort')], {
        type: 'object', required: ['total', 'totalCapped', 'limit', 'offset', 'sort', 'events'],
        properties: {
          total: { ...int, description: 'Matching events, counted up to 1,000' },
          totalCapped: { type: 'boolean', description: 'True when more events match than `total` says' },
          limit: int, offset: int, sort: str, events: list('EventRecord'),
        },
      }),
      '/api/actors': get('Actor codes by the number of matching events they take part in', [param('aggregateLimit')], {
        type: 'object', properties: { actors: list('ActorCount') },
      }),
      '/api/dyads': get('Source-target pairs with counts and mean Goldstein, overall or per period', [param('by'), param('aggregateLimit')], {
        type: 'object', properties: { by: { type: ['string', 'null'] }, dyads: list('DyadCount') },
      }),
      '/api/timeline': get('Dated events per period and QuadClass', [param('by')], {
        type: 'object', properties: { by: str, truncated: { type: 'boolean' }, points: list('TimelinePoint') },
      }),
      '/api/places': get('Located events per place', [param('aggregateLimit')], {
        type: 'object', properties: { places: list('PlaceCount') },
      }),
      '/api/articles': {
        ...get('Articles with at least one matching event, newest first', [param('aggregateLimit'), param('offset')], {
          type: 'object', properties: { limit: int, offset: int, articles: list('ArticleSummary') },
        }),
        post: {
          summary: 'Code one article and store it (needs the server token)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ArticleInput') } } },
          responses: {
            200: json({ type: 'object', properties: { saved: ref('SaveResult'), events: list('EventRecord') } }, 'Already stored (unchanged) or updated'),
            201: json({ type: 'object', properties: { saved: ref('SaveResult'), events: list('EventRecord') } }, 'Coded and stored'),
            400: error('Not an article: no text, a bad date or URL, invalid JSON'),
            401: error('The token is missing or wrong'),
            403: error('The server is read-only (no token configured)'),
            413: error('The body is too large'),
            415: error('The body is not JSON'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article: its text, its events in text order, and segments for highlighting the evidence',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { ...str, maxLength: LIMITS.idChars } }],
          responses: {
            200: json({
              type: 'object',
              properties: { article: ref('Article'), events: list('EventRecord'), segments: list('Segment') },
            }, 'OK'),
            404: error('No article with this id'),
          },
        },
      },
      '/api/stats': {
        get: {
          summary: 'How much the store holds, and whether the server accepts articles',
          responses: {
            200: json({
              type: 'object',
              properties: { articles: int, events: int, actors: int, readOnly: { type: 'boolean' }, version: str },
            }, 'OK'),
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      parameters: {
        actor: query('actor', { ...str, pattern: '^[A-Za-z0-9]{1,30}$' }, 'CAMEO actor code prefix on source or target: SYR matches SYR and SYRGOV'),
        type: query('type', { ...str, pattern: '^[A-Za-z_]{1,30}$' }, 'PLOVER event type: CONSULT, ASSAULT, ...'),
        cameo: query('cameo', { ...str, pattern: '^[0-9]{1,4}$' }, 'CAMEO event code or root: 04 matches 040 and 042'),
        quadClass: query('quadClass', { ...int, minimum: 1, maximum: 4 }, '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
        status: query('status', { enum: ['occurred', 'planned', 'negated', 'hypothetical'] }, 'Event status'),
        since: query('since', { ...str, pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, 'Events on or after this day (a month or year counts as its first day)'),
        until: query('until', { ...str, pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, 'Events on or before this day'),
        bbox: query('bbox', str, 'west,south,east,north in degrees: events located inside (west > east crosses the antimeridian)'),
        q: query('q', { ...str, maxLength: LIMITS.searchChars }, 'Full-text search over the evidence sentence: words (all required), "phrases", prefix*'),
        limit: query('limit', { ...int, minimum: 1, maximum: LIMITS.eventsPage, default: LIMITS.defaultEventsPage }, 'Page size'),
        aggregateLimit: query('limit', { ...int, minimum: 1, maximum: LIMITS.aggregateRows }, 'Rows to return (dyads per period: up to 5000)'),
        offset: query('offset', { ...int, minimum: 0, maximum: LIMITS.maxOffset, default: 0 }, 'Rows to skip'),
        sort: query('sort', { enum: ['-date', 'date', 'goldstein', '-goldstein', 'confidence', '-confidence'], default: '-date' }, 'Order; - is descending; undated events come last in date orders'),
        by: query('by', { enum: ['day', 'week', 'month'] }, 'Period: day, ISO week (labelled by its Monday) or month (YYYY-MM)'),
      },
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'object', properties: { status: int, message: str } } } },
        EventRecord: {
          type: 'object', description: 'The native event record: see docs/event-record.md and docs/event-record.schema.json',
          properties: {
            id: str, article: { type: 'object' }, sentence: int, evidence: ref('TextSpan'), trigger: ref('TextSpan'),
            source: { oneOf: [ref('ActorRef'), { type: 'null' }] }, target: { oneOf: [ref('ActorRef'), { type: 'null' }] },
            cameo: str, plover: str, ploverMode: nstr, quadClass: { ...int, minimum: 1, maximum: 4 }, goldstein: num,
            status: str, date: { type: 'object' }, location: { type: ['object', 'null'] }, confidence: num, pattern: str,
            contexts: { type: 'array', items: str, description: 'PLOVER contexts (military, economic, ...)' },
          },
        },
        TextSpan: { type: 'object', properties: { text: str, start: int, end: int } },
        ActorRef: {
          type: 'object',
          properties: { text: str, start: int, end: int, code: nstr, country: nstr, sectors: { type: 'array', items: str }, name: nstr },
        },
        ActorCount: {
          type: 'object',
          properties: { code: str, country: nstr, events: int, asSource: int, asTarget: int, goldstein: num, names: { type: 'array', items: str } },
        },
        DyadCount: { type: 'object', properties: { period: nstr, source: str, target: str, events: int, goldstein: num } },
        TimelinePoint: { type: 'object', properties: { period: str, quadClass: int, events: int, goldstein: num } },
        PlaceCount: { type: 'object', properties: { name: str, country: nstr, lat: num, lon: num, events: int, goldstein: num } },
        ArticleSummary: {
          type: 'object', properties: { id: str, url: nstr, title: nstr, published: nstr, source: nstr, events: int },
        },
        Article: {
          allOf: [ref('ArticleSummary'), { type: 'object', properties: { byline: nstr, text: str, codedAt: str, messages: { type: 'array', items: { type: 'object' } } } }],
        },
        Segment: {
          type: 'object', description: 'A stretch [start, end) of the article text; slice the text to show it',
          properties: {
            start: int, end: int, events: { type: 'array', items: int, description: 'Indexes of the events whose evidence covers it' },
            roles: { type: 'array', items: { enum: ['trigger', 'source', 'target'] } },
          },
        },
        ArticleInput: {
          type: 'object', required: ['text'],
          properties: { id: str, url: str, title: str, published: { ...str, description: 'YYYY-MM-DD or an ISO date-time' }, source: str, text: str },
        },
        SaveResult: { type: 'object', properties: { article: str, status: { enum: ['inserted', 'updated', 'unchanged'] }, events: int } },
      },
    },
  };
}
