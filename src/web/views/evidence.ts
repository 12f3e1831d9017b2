import type { EventRecord } from '../../model/index.js';
import { h } from '../dom.js';

type Role = 'trigger' | 'source' | 'target';

/** Pieces of a text with the roles that cover each: cut at every span boundary. */
export function pieces(text: string, offset: number, spans: [Role, { start: number; end: number } | null][]): [string, Role[]][] {
  const inside = spans.filter((x): x is [Role, { start: number; end: number }] => x[1] != null)
    .map(([role, span]): [Role, number, number] => [role, Math.max(0, span.start - offset), Math.min(text.length, span.end - offset)])
    .filter(([, start, end]) => start < end);
  const cuts = [...new Set([0, text.length, ...inside.flatMap(([, a, b]) => [a, b])])].sort((a, b) => a - b);
  const out: [string, Role[]][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    out.push([text.slice(a, b), inside.filter(([, s, e]) => s <= a && b <= e).map(([role]) => role)]);
  }
  return out;
}

/** A text piece as an element: marked with its roles, or plain text. */
export function piece(text: string, roles: Role[]): Node {
  if (roles.length === 0) return document.createTextNode(text);
  const names = { trigger: 'the event', source: 'the source actor', target: 'the target actor' };
  return h('mark', { class: roles.map((r) => `m-${r}`).join(' '), title: roles.map((r) => names[r]).join(' and ') }, text);
}

/** The evidence sentence of an event, its trigger and actors highlighted. */
export function evidence(record: EventRecord): HTMLElement {
  const parts = pieces(record.evidence.text, record.evidence.start,
    [['trigger', record.trigger], ['source', record.source], ['target', record.target]]);
  return h('span', { class: 'evidence' }, ...parts.map(([text, roles]) => piece(text, roles)));
}

/** The key to the highlight colours. */
export function evidenceKey(): HTMLElement {
  return h('span', { class: 'key' }, 'In the evidence: ',
    h('mark', { class: 'm-source' }, 'source actor'), ' ', h('mark', { class: 'm-trigger' }, 'event words'), ' ',
    h('mark', { class: 'm-target' }, 'target actor'));
}
