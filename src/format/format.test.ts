import { describe, expect, test } from 'vitest';
import {
  CSV_COLUMNS, GDELT_COLUMNS, GDELT_HEADER, OUTPUT_FORMATS, csvField, formatter, gdeltEventId, isOutputFormat,
} from './index.js';
import type { OutputFormat, PloverRecord } from './index.js';
import { RECORD, variant } from './fixture.test-helpers.js';

/** A small RFC 4180 reader, to check that what the CSV writer quotes reads back as it was. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

const one = (format: OutputFormat, record = RECORD): string => formatter(format).record(record);

describe('formatter', () => {
  test('knows every format and refuses others', () => {
    expect(OUTPUT_FORMATS).toEqual(['jsonl', 'csv', 'plover', 'gdelt', 'geojson']);
    expect(isOutputFormat('csv')).toBe(true);
    expect(isOutputFormat('toString')).toBe(false);
    expect(() => formatter('xml' as OutputFormat)).toThrow(/Unknown output format "xml": use jsonl, csv, plover, gdelt/);
  });

  test.each(['jsonl', 'plover', 'gdelt'] as const)('%s writes one line per record', (format) => {
    const text = one(format);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.slice(0, -1)).not.toMatch(/[\r\n]/);
  });

  test('csv writes one row per record, a quoted line break staying inside its field', () => {
    expect(readCsv(one('csv'))).toHaveLength(1);
  });

  test.each(OUTPUT_FORMATS.filter((f) => f !== 'geojson'))('%s has an empty footer', (format) => {
    expect(formatter(format).footer()).toBe('');
  });
});

describe('jsonl', () => {
  test('is the native record, as it was', () => {
    expect(formatter('jsonl').header()).toBe('');
    expect(JSON.parse(one('jsonl'))).toEqual(RECORD);
  });
});

describe('csv', () => {
  test('has a header line of the flat columns', () => {
    expect(formatter('csv').header()).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(CSV_COLUMNS).toHaveLength(26);
  });

  test.each([
    ['plain', 'Moscow', 'Moscow'],
    ['a comma', 'Damascus, Syria', '"Damascus, Syria"'],
    ['a quote', 'said "no"', '"said ""no"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['a number', -2.5, '-2.5'],
    ['null', null, ''],
  ] as const)('quotes a field with %s as RFC 4180 says', (_label, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('a row reads back field by field, quotes and line breaks included', () => {
    const [header, row] = readCsv(formatter('csv').header() + one('csv'));
    expect(header).toEqual([...CSV_COLUMNS]);
    const cell = (column: string): string | undefined => row?.[CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])];
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(cell('evidence')).toBe(RECORD.evidence.text);
    expect(cell('source_code')).toBe('IRQMIL');
    expect(cell('target_name')).toBe('');
    expect(cell('goldstein')).toBe('-10');
    expect(cell('lat')).toBe('33.3');
    expect(cell('published')).toBe('2025-03-14');
  });

  test('an event without target or location leaves their columns blank', () => {
    const [row] = readCsv(one('csv', variant({ target: null, location: null })));
    expect(row?.slice(CSV_COLUMNS.indexOf('target_code'), CSV_COLUMNS.indexOf('target_text') + 1)).toEqual(['', '', '']);
    expect(row?.slice(CSV_COLUMNS.indexOf('location_name'), CSV_COLUMNS.indexOf('lon') + 1)).toEqual(['', '', '', '']);
  });
});

describe('plover', () => {
  const plover = (record = RECORD): PloverRecord => JSON.parse(one('plover', record)) as PloverRecord;

  test('maps the record onto the PLOVER fields', () => {
    expect(plover()).toMatchObject({
      id: 'wire-0314#2',
      date: '2025-03-13',
      event_type: 'ASSAULT',
      mode: 'aerial',
      context: [],
      actor: 'Iraqi armed forces',
      actor_country: 'IRQ',
      recipient: 'IRQREB',
      recipient_country: 'IRQ',
      event_text: RECORD.evidence.text,
      story_date: '2025-03-14',
      source: 'Example Wire',
      url: 'https://example.org/news/0314',
      location: { name: 'Al Anbar', country: 'IQ', admin1: '01', lat: 33.3, lon: 42.5, geonames_id: 99_592 },
      cameo: '195',
      status: 'occurred',
    });
  });

  test('a month counts as its first day; an undated event has no date', () => {
    expect(plover(variant({ date: { value: '2024-12', precision: 'month', text: 'in December', from: 'text' } })).date)
      .toBe('2024-12-01');
    expect(plover(variant({ date: { value: null, precision: null, text: null, from: 'unresolved' } })).date).toBeNull();
  });

  test('a missing actor or place is null', () => {
    expect(plover(variant({ source: null, location: null }))).toMatchObject({ actor: null, actor_country: null, location: null });
  });

  test('carries the record\'s PLOVER contexts', () => {
    expect(plover(variant({ contexts: ['military', 'humanitarian'] })).context).toEqual(['military', 'humanitarian']);
  });
});

describe('gdelt', () => {
  const fields = (record = RECORD): string[] => one('gdelt', record).replace(/\n$/, '').split('\t');
  const field = (name: string, record = RECORD): string | undefined => fields(record)[GDELT_COLUMNS.indexOf(name)];

  test('has exactly the 61 columns of the GDELT 2.0 event table, and no header row', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS.slice(0, 6)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code']);
    expect(GDELT_COLUMNS.slice(25, 35)).toEqual([
      'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
      'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
    ]);
    expect(GDELT_COLUMNS.slice(-4)).toEqual(['ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
    expect(GDELT_HEADER.split('\t')).toHaveLength(61);
    expect(formatter('gdelt').header()).toBe('');
    expect(fields()).toHaveLength(61);
  });

  test('fills the fields annals knows', () => {
    expect(Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, fields()[i]]))).toMatchObject({
      SQLDATE: '20250313', MonthYear: '202503', Year: '2025', FractionDate: '2025.1973',
      Actor1Code: 'IRQMIL', Actor1Name: 'Iraqi armed forces', Actor1CountryCode: 'IRQ', Actor1Type1Code: 'MIL',
      Actor2Code: 'IRQREB', Actor2Name: '', Actor2Type1Code: 'REB', Actor2Type2Code: '',
      IsRootEvent: '0', EventCode: '195', EventBaseCode: '195', EventRootCode: '19', QuadClass: '4', GoldsteinScale: '-10',
      NumMentions: '1', NumSources: '1', NumArticles: '1', AvgTone: '',
      Actor1Geo_Type: '', ActionGeo_Type: '5', ActionGeo_FullName: 'Al Anbar', ActionGeo_CountryCode: 'IQ',
      ActionGeo_ADM1Code: '01', ActionGeo_Lat: '33.3', ActionGeo_Long: '42.5', ActionGeo_FeatureID: '99592',
      DATEADDED: '', SOURCEURL: 'https://example.org/news/0314',
    });
  });

  test('GLOBALEVENTID is a stable positive integer per record id', () => {
    const id = Number(field('GLOBALEVENTID'));
    expect(Number.isSafeInteger(id) && id > 0).toBe(true);
    expect(id).toBe(gdeltEventId('wire-0314#2'));
    expect(gdeltEventId('wire-0314#3')).not.toBe(id);
  });

  test('a month or year counts as its first day; an undated event leaves the dates blank', () => {
    const month = variant({ date: { value: '2024-12', precision: 'month', text: 'in December', from: 'text' } });
    expect(field('SQLDATE', month)).toBe('20241201');
    const year = variant({ date: { value: '2024', precision: 'year', text: 'in 2024', from: 'text' } });
    expect(field('FractionDate', year)).toBe('2024.0027');
    const undated = fields(variant({ date: { value: null, precision: null, text: null, from: 'unresolved' } }));
    expect(undated.slice(1, 5)).toEqual(['', '', '', '']);
  });

  test('a tab or line break inside a value cannot break the row', () => {
    const source = { ...RECORD.source!, name: 'Iraqi\tarmed\nforces' };
    expect(fields(variant({ source }))).toHaveLength(61);
    expect(field('Actor1Name', variant({ source }))).toBe('Iraqi armed forces');
  });

  test('the lead sentence is the root event', () => {
    expect(field('IsRootEvent', variant({ sentence: 0 }))).toBe('1');
  });
});
