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
    ['page.html', '<html>', 'text'],
  ];
  it.each(cases)('%s %j -> %s', (path, head, format) => {
    expect(detectFormat(path, Buffer.from(head))).toBe(format);
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
