import type { ActorCount, DyadCount } from '../api.js';
import { goldsteinColor, signed } from '../colors.js';
import { h, int, s } from '../dom.js';
import { forceLayout } from './layout.js';

/** How to read an actor code. */
export function codeKey(): HTMLElement {
  return h('p', { class: 'help' }, 'Codes are a country (ISO alpha-3: SYR Syria, RUS Russia) and a sector: GOV government, MIL military, '
    + 'REB rebels, OPP opposition, CVL civilians, MED media, BUS business; IGO is an international organisation. Hover for names.');
}

/** A legend of the conflict-to-cooperation colour scale. */
export function goldsteinLegend(): HTMLElement {
  const stops = [-10, -5, 0, 5, 10];
  return h('div', { class: 'scale' },
    h('span', {}, 'conflict'),
    h('span', { class: 'ramp', title: 'mean Goldstein score, -10 to +10' }, ...stops.map((g) => h('span', { style: `background:${goldsteinColor(g)}` }, signed(g).replace('.0', '')))),
    h('span', {}, 'cooperation'));
}

/**
 * Actors as nodes (area by events), their interactions as curved edges from source to target (width by events,
 * colour by mean Goldstein). Clicking a node filters by that actor.
 */
export function networkChart(actors: ActorCount[], dyads: DyadCount[], width: number, height: number, pick: (code: string) => void): Element {
  const codes = new Set(actors.map((a) => a.code));
  const edges = dyads.filter((d) => codes.has(d.source) && codes.has(d.target) && d.source !== d.target);
  if (actors.length === 0) return h('p', { class: 'empty' }, 'No coded actors match these filters.');
  const maxEvents = Math.max(1, ...actors.map((a) => a.events));
  const maxEdge = Math.max(1, ...edges.map((d) => d.events));
  const radius = (n: number): number => 6 + 16 * Math.sqrt(n / maxEvents);
  const placed = forceLayout(actors.map((a) => ({ id: a.code, r: radius(a.events) })),
    edges.map((d) => ({ source: d.source, target: d.target, weight: d.events })), width, height, 30);
  const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Actor network' });
  for (const d of [...edges].sort((a, b) => a.events - b.events)) {
    const a = placed.get(d.source)!;
    const b = placed.get(d.target)!;
    // Bend every edge to its left: A→B and B→A are drawn apart, and the bend shows the direction.
    const mx = (a.x + b.x) / 2 - (b.y - a.y) * 0.15;
    const my = (a.y + b.y) / 2 + (b.x - a.x) * 0.15;
    svg.append(s('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`,
      class: 'edge', stroke: goldsteinColor(d.goldstein), 'stroke-width': (1.2 + 7 * (d.events / maxEdge)).toFixed(1),
    }, s('title', {}, `${d.source} → ${d.target}: ${int(d.events)} event${d.events === 1 ? '' : 's'}, mean Goldstein ${signed(d.goldstein)}`)));
  }
  for (const actor of actors) {
    const p = placed.get(actor.code)!;
    const r = radius(actor.events);
    svg.append(s('g', {
      class: 'node', tabindex: 0, role: 'button', 'data-code': actor.code, onclick: () => pick(actor.code),
      onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Enter' && pick(actor.code),
    },
      s('title', {}, `${actor.code}${actor.names.length ? ` (${actor.names.join(', ')})` : ''}\n${int(actor.events)} events: `
        + `${int(actor.asSource)} as source, ${int(actor.asTarget)} as target\nmean Goldstein ${signed(actor.goldstein)}\nClick to show this actor's events`),
      s('circle', { cx: p.x, cy: p.y, r, fill: goldsteinColor(actor.goldstein) }),
      s('text', { x: p.x, y: p.y - r - 4, 'text-anchor': 'middle', class: 'node-label' }, actor.code)));
  }
  return svg;
}
