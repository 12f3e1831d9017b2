import { article, collect } from './ingest.test-helpers.js';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textId } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const fixture = (name: string): string => join(FIXTURES, name);
const GOOD = fixture('good.txt');

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'annals-ingest-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});



async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(temp, name);
  await writeFile(path, content);
  return path;
}

describe('plain text', () => {
  it('reads the whole file as the text, with the first short paragraph as the title', async () => {
    const [item] = await collect([GOOD]);
    const text = await readFile(GOOD, 'utf8');
    expect(article(item)).toEqual({
      id: textId(text), url: null, title: 'Ministers agree to resume border talks', published: null,
      source: null, byline: null, text, origin: GOOD,
    });
    expect(article(item).id).toMatch(/^sha1:[0-9a-f]{16}$/);
  });

  it('takes the publication date from the options when the input gives none', async () => {
    const [item] = await collect([GOOD], { published: 'Mon, 26 Jan 2026 08:00:00 GMT' });
    expect(article(item).published).toBe('2026-01-26');
  });

  it('strips a byte order mark and nothing else', async () => {
    const [item] = await collect([fixture('bom.txt')]);
    expect(article(item).text).toBe('Strike ends at the port\n\nDock workers returned to work on Monday.\n');
    expect(article(item).title).toBe('Strike ends at the port');
  });

  it('keeps line endings as given, so offsets stay valid', async () => {
    const text = 'Port reopens\r\n\r\nShips docked on Tuesday.\r\n';
    const [item] = await collect([await tempFile('crlf.txt', text)]);
    expect(article(item).text).toBe(text);
    expect(article(item).title).toBe('Port reopens');
  });
});

describe('JSON and JSON Lines', () => {
  it('reads a single record', async () => {
    const [item] = await collect([fixture('single.json')]);
    expect(article(item)).toMatchObject({
      id: 'wire-2026-0126-001', title: 'Ministers agree to resume border talks', published: '2026-01-26',
      source: 'Example Wire', origin: fixture('single.json'),
    });
  });

  it('reads an array of records, with the alternative field names', async () => {
    const items = await collect([fixture('array.json')]);
    expect(items).toHaveLength(2);
    expect(article(items[0])).toMatchObject({ published: '2026-01-26', origin: `${fixture('array.json')}[0]` });
    expect(article(items[0]).id).toMatch(/^url:[0-9a-f]{16}$/);
    expect(article(items[0]).text).toMatch(/^Farmers blocked/);
    expect(article(items[1])).toMatchObject({ published: '2026-01-26', source: 'Example Wire' });
    expect(article(items[1]).text).toMatch(/^A United Nations aid convoy/);
  });

  it('reads JSON Lines line by line: a bad line is an error at path:line and the rest goes on', async () => {
    const path = fixture('records.jsonl');
    const items = await collect([path]);
    expect(items.map((item) => (item.ok ? item.article.origin : item.origin)))
      .toEqual([`${path}:1`, `${path}:2`, `${path}:3`, `${path}:5`]);
    expect(article(items[1]).published).toBe('2026-01-26'); // 22:15 at -05:00 is the next day in UTC
    expect(items[2]).toMatchObject({ ok: false, reason: expect.stringMatching(/^invalid JSON: /) });
    expect(article(items[3])).toMatchObject({ id: 'a5', published: '2026-01-26' });
  });

  it('checks each JSON line as UTF-8 on its own', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"text":"one"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"text":"three"}\n'),
    ]);
    const path = await tempFile('latin1.jsonl', bytes);
    const items = await collect([path]);
    expect(items[1]).toEqual({ ok: false, origin: `${path}:2`, reason: 'is not valid UTF-8' });
    expect(article(items[2]).text).toBe('three');
  });

  it('reports bad JSON files and bad records and goes on', async () => {
    const broken = await tempFile('broken.json', '{"text": "no end"');
    const empty = await tempFile('empty.json', '[]');
    const mixed = await tempFile('mixed.json', '[{"text":"one"}, 42, {"title":"none"}, {"text":"four"}]');
    const items = await collect([broken, empty, mixed]);
    expect(items[0]).toMatchObject({ ok: false, origin: broken, reason: expect.stringMatching(/^invalid JSON: /) });
    expect(items[1]).toEqual({ ok: false, origin: empty, reason: 'has no records: the array is empty' });
    expect(items[3]).toEqual({ ok: false, origin: `${mixed}[1]`, reason: 'record is not an object (got a number)' });
    expect(items[4]).toEqual({
      ok: false, origin: `${mixed}[2]`, reason: "has no text: no 'text', 'body' or 'content' field",
    });
    expect(article(items[5]).text).toBe('four');
  });

  it('sniffs the format of a file without a known extension', async () => {
    const path = await tempFile('export', '{"text":"one"}\n{"text":"two"}\n');
    const items = await collect([path]);
    expect(items.map((item) => article(item).origin)).toEqual([`${path}:1`, `${path}:2`]);
  });
});

describe('bad inputs: an error naming the input, then the next input', () => {
  const cases: [string, () => Promise<string>, string][] = [
    ['a missing file', async () => join(temp, 'missing.txt'), 'not found'],
    ['a directory with nothing annals reads', async () => {
      const dir = join(temp, 'unreadable');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'photo.png'), 'x');
      return dir;
    }, 'has no files annals reads (.txt, .text, .json, .jsonl, .ndjson, .html, .htm, .xhtml, .rss, .atom, .xml, .gz)'],
    ['an empty file', async () => fixture('empty.txt'), 'has no text'],
    ['a blank file', async () => tempFile('blank.txt', ' \n\t\n'), 'has no text'],
    ['an empty JSON Lines file', async () => tempFile('blank.jsonl', '\n\n'), 'has no text'],
    ['a binary file', async () => fixture('binary.dat'), 'looks binary, not text'],
    ['a UTF-16 file', async () => tempFile('utf16.txt', Buffer.from('\ufeffhello', 'utf16le')),
      'is UTF-16, not UTF-8; convert it first'],
    ['invalid UTF-8', async () => fixture('invalid-utf8.txt'), 'is not valid UTF-8'],
    ['a text over the limit', async () => tempFile('big.txt', Buffer.alloc(20 * 1024 * 1024, 'a')),
      'is 20.0 MB, over the 10.0 MB limit; raise it with --max-bytes'],
  ];

  it.each(cases)('%s', async (_name, make, reason) => {
    const path = await make();
    const items = await collect([path, GOOD]);
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual({ ok: false, origin: path, reason });
    expect(article(items[1]).origin).toBe(GOOD);
  });

  it('applies maxBytes to JSON records', async () => {
    const path = await tempFile('long.jsonl', `${JSON.stringify({ text: 'x'.repeat(3000) })}\n{"text":"short"}\n`);
    const items = await collect([path], { maxBytes: 2048 });
    expect(items[0]).toEqual({
      ok: false, origin: `${path}:1`, reason: 'text is 2.9 KB, over the 2.0 KB limit; raise it with --max-bytes',
    });
    expect(article(items[1]).text).toBe('short');
  });

  it('refuses bad options before reading anything', async () => {
    await expect(collect([GOOD], { published: 'yesterday' })).rejects.toThrow(RangeError);
    await expect(collect([GOOD], { maxBytes: 0 })).rejects.toThrow(/maxBytes must be a positive number/);
  });
});

describe('standard input', () => {
  it('reads plain text', async () => {
    const stdin = Readable.from(['Talks collapse\n\n', 'Negotiators walked out on Friday.\n']);
    const items = await collect(['-'], { stdin });
    expect(article(items[0])).toMatchObject({
      origin: 'stdin', title: 'Talks collapse', text: 'Talks collapse\n\nNegotiators walked out on Friday.\n',
    });
  });

  it('sniffs JSON Lines, even split across chunks', async () => {
    const stdin = Readable.from(['{"text":"one"}\n{"te', 'xt":"two"}\nnot json\n']);
    const items = await collect(['-', GOOD], { stdin });
    expect(items.map((item) => (item.ok ? item.article.origin : item.origin)))
      .toEqual(['stdin:1', 'stdin:2', 'stdin:3', GOOD]);
    expect(article(items[1]).text).toBe('two');
  });

  it('sniffs a JSON array', async () => {
    const stdin = Readable.from(['[\n  {"text": "one"},\n  {"text": "two"}\n]\n']);
    const items = await collect(['-'], { stdin });
    expect(items.map((item) => article(item).origin)).toEqual(['stdin[0]', 'stdin[1]']);
  });

  it('measures a text over the limit without keeping it', async () => {
    const stdin = Readable.from(Array.from({ length: 8 }, () => Buffer.alloc(1024, 'a')));
    const [item] = await collect(['-'], { stdin, maxBytes: 4096 });
    expect(item).toEqual({
      ok: false, origin: 'stdin', reason: 'is 8.0 KB, over the 4.0 KB limit; raise it with --max-bytes',
    });
  });

  it('reports a stream that fails, then goes on', async () => {
    const failing = Readable.from((async function* failing() {
      yield 'a'.repeat(10_000);
      throw new Error('pipe broke');
    })());
    const items = await collect(['-', GOOD], { stdin: failing });
    expect(items[0]).toEqual({ ok: false, origin: 'stdin', reason: 'cannot be read: pipe broke' });
    expect(article(items[1]).origin).toBe(GOOD);
  });

  it('is read once', async () => {
    const items = await collect(['-', '-', GOOD], { stdin: Readable.from(['once']) });
    expect(article(items[0]).text).toBe('once');
    expect(items[1]).toEqual({ ok: false, origin: 'stdin', reason: 'was already read; give - once' });
    expect(article(items[2]).origin).toBe(GOOD);
  });
});
