import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { EventRecord } from '../model/index.js';
import { fixture } from '../store/fixtures.test-helpers.js';
import { RECORD, variant } from './fixture.test-helpers.js';

type Schema = Record<string, unknown>;

const schema = JSON.parse(readFileSync(new URL('../../docs/event-record.schema.json', import.meta.url), 'utf8')) as Schema;

const ANNOTATIONS = new Set(['$schema', 'title', 'description']);
const KEYWORDS = new Set([
  'type', 'enum', 'required', 'properties', 'additionalProperties', 'items', 'anyOf', '$ref', '$defs',
  'minimum', 'maximum', 'minLength', 'pattern',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/**
 * The subset of JSON Schema 2020-12 that docs/event-record.schema.json uses; any other keyword throws, so the
 * schema cannot grow past what this checks without the test saying so. Returns the problems, as `path: reason`.
 */
function check(node: Schema, value: unknown, path = ''): string[] {
  const unknown = Object.keys(node).filter((key) => !KEYWORDS.has(key) && !ANNOTATIONS.has(key));
  if (unknown.length > 0) throw new Error(`The schema checker does not know ${unknown.join(', ')} (at ${path || '/'})`);
  if (typeof node.$ref === 'string') {
    const target = node.$ref.replace(/^#\//, '').split('/').reduce<unknown>((at, key) => (at as Schema)[key], schema);
    return check(target as Schema, value, path);
  }
  if (Array.isArray(node.anyOf)) {
    const options = (node.anyOf as Schema[]).map((option) => check(option, value, path));
    return options.some((problems) => problems.length === 0) ? [] : options.flat();
  }
  const problems: string[] = [];
  const actual = typeOf(value);
  if (node.type != null) {
    const allowed = ([] as unknown[]).concat(node.type);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) {
      return [`${path}: expected ${allowed.join(' or ')}, got ${actual}`];
    }
  }
  if (Array.isArray(node.enum) && !node.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(node.enum)}`);
  if (typeof value === 'number') {
    if (typeof node.minimum === 'number' && value < node.minimum) problems.push(`${path}: below ${node.minimum}`);
    if (typeof node.maximum === 'number' && value > node.maximum) problems.push(`${path}: above ${node.maximum}`);
  }
  if (typeof value === 'string') {
    if (typeof node.minLength === 'number' && value.length < node.minLength) problems.push(`${path}: shorter than ${node.minLength}`);
    if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(value)) problems.push(`${path}: does not match ${node.pattern}`);
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (node.properties ?? {}) as Record<string, Schema>;
    for (const key of (node.required ?? []) as string[]) if (!(key in object)) problems.push(`${path}/${key}: required`);
    for (const [key, item] of Object.entries(object)) {
      if (properties[key] != null) problems.push(...check(properties[key], item, `${path}/${key}`));
      else if (node.additionalProperties === false) problems.push(`${path}/${key}: not allowed`);
    }
  }
  if (actual === 'array' && node.items != null) {
    (value as unknown[]).forEach((item, i) => problems.push(...check(node.items as Schema, item, `${path}/${i}`)));
  }
  return problems;
}

const valid = (record: unknown): string[] => check(schema, JSON.parse(JSON.stringify(record)));

describe('docs/event-record.schema.json', () => {
  test.each([
    ...fixture().records.map((record) => [`store fixture ${record.id}`, record] as const),
    ['format fixture', RECORD] as const,
  ])('accepts the %s', (_label, record) => {
    expect(valid(record)).toEqual([]);
  });

  test('requires every field of the record', () => {
    expect([...(schema.required as string[])].sort()).toEqual(Object.keys(RECORD).sort());
  });

  test.each([
    ['a missing cameo', { cameo: undefined }, '/cameo: required'],
    ['a quad class out of range', { quadClass: 7 }, '/quadClass: 7 is not one of [1,2,3,4]'],
    ['an unknown status', { status: 'rumoured' }, '/status: "rumoured" is not one of'],
    ['a span offset given as text', { trigger: { text: 'struck', start: '275', end: 281 } }, '/trigger/start: expected integer'],
    ['a field the model does not have', { tone: -3 }, '/tone: not allowed'],
    ['a published date with a time', { article: { ...RECORD.article, published: '2025-03-14T08:00Z' } }, '/article/published: does not match'],
    ['an actor without sectors', { source: { ...RECORD.source!, sectors: undefined } }, '/source/sectors: required'],
  ])('refuses %s', (_label, changes, problem) => {
    const problems = valid(variant(changes as Partial<EventRecord>));
    expect(problems.some((p) => p.startsWith(problem))).toBe(true);
  });
});
