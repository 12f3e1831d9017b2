import { describe, expect, it } from 'vitest';
import { detectFormat } from './index.js';
import type { Format } from './index.js';
import { titleFromText } from './title.js';

describe('detectFormat', () => {
  const cases: [string, string, Format][] = [
    ['notes.txt', '{"text":"a"}', 'text'],
    ['notes.TEXT', 'a', 'text'],
    ['a.json', 'x', 'json'],
    ['a.JSONL', 'x', 'jsonl'],
    ['a.ndjson', 'x', 'jsonl'],
    ['-', '  [{"text":"a"}]', 'json'],
    ['-', '{\n  "text": "a"\n}\n', 'json'],
    ['-', '\n\n{\n  "text": "a"\n}', 'json'],
    ['-', '{"text":"a"}\n{"text":"b"}\n', 'jsonl'],
    ['-', '{"text":"a"}', 'jsonl'],
    ['-', '\ufeff{"text":"a"}\n', 'jsonl'],
    ['export', '{"text":"a"}\r\n', 'jsonl'],
    ['-', 'Talks resume', 'text'],
    ['-', '', 'text'],
    ['page.html', '<html>', 'html'],
    ['-', '<!DOCTYPE html><html><body>', 'html'],
    ['-', '<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['-', '<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['news.xml', 'x', 'feed'],
    ['news.jsonl.gz', 'x', 'gzip'],
    ['-', '<p>A fragment is not a page</p>', 'text'],
  ];
  it.each(cases)('%s %j -> %s', (path, head, format) => {
    expect(detectFormat(path, Buffer.from(head))).toBe(format);
  });

  it('knows gzip by its magic number', () => {
    expect(detectFormat('-', Buffer.from([0x1f, 0x8b, 0x08, 0]))).toBe('gzip');
  });

  const typed: [string, string | null, string, Format][] = [
    ['https://example.org/a', 'text/html', '<!doctype html>', 'html'],
    ['https://example.org/feed', 'application/rss+xml', '<rss version="2.0">', 'feed'],
    ['https://example.org/feed', 'text/html', '<?xml version="1.0"?><rss version="2.0">', 'feed'],
    ['https://example.org/page', 'application/xml', '<!DOCTYPE html><html>', 'html'],
    ['https://example.org/data.jsonl?page=2', 'text/plain', '{"text":"a"}\n', 'jsonl'],
    ['https://example.org/dump', 'application/octet-stream', '{"text":"a"}\n', 'jsonl'],
    ['https://example.org/story.txt', null, 'Talks resume', 'text'],
  ];
  it.each(typed)('%s served as %s -> %s', (url, type, head, format) => {
    expect(detectFormat(url, Buffer.from(head), type)).toBe(format);
  });
});

describe('titleFromText', () => {
  const cases: [string, string | null][] = [
    ['Talks resume in Doha\n\nNegotiators met on Monday.', 'Talks resume in Doha'],
    ['\n\n  Talks resume in Doha  \r\n\r\nNegotiators met.', 'Talks resume in Doha'],
    ['Is the truce holding?\n\nFighting eased on Monday.', 'Is the truce holding?'],
    // The first paragraph runs on: no title.
    ['Talks resume in Doha\nNegotiators met on Monday.', null],
    // A sentence, not a headline.
    ['Negotiators met on Monday.\n\nThey will meet again.', null],
    ['DOHA:\n\nNegotiators met on Monday.', null],
    // Nothing after it: the line is the text, not its title.
    ['Talks resume in Doha', null],
    ['Talks resume in Doha\n\n   \n', null],
    [`${'Long '.repeat(40)}\n\nBody.`, null],
    ['', null],
  ];
  it.each(cases)('%j -> %j', (text, title) => {
    expect(titleFromText(text)).toBe(title);
  });
});
