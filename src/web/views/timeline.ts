import type { TimelinePoint } from '../api.js';
import { QUADS, quadColor } from '../colors.js';
import { h, int, s } from '../dom.js';
import { niceTicks, periodLabel, periodsBetween } from './axis.js';

const HEIGHT = 200;
const M = { top: 12, right: 16, bottom: 34, left: 52 };

/** The legend of QuadClass colours. */
export function quadLegend(): HTMLElement {
  return h('ul', { class: 'legend' }, ...QUADS.map((q) =>
    h('li', {}, h('span', { class: 'swatch', style: `background:${q.color}` }), q.label)));
}

/**
 * Stacked bars of events per period by QuadClass, cooperation at the bottom, conflict on top. Clicking a bar
 * selects its period (`pick(first day, last day)`).
 */
export function timelineChart(points: TimelinePoint[], by: string, width: number, pick: (since: string, until: string) => void): Element {
  if (points.length === 0) return h('p', { class: 'empty' }, 'No dated events match these filters.');
  const byPeriod = new Map<string, number[]>();
  for (const p of points) {
    const counts = byPeriod.get(p.period) ?? [0, 0, 0, 0];
    counts[p.quadClass - 1] = p.events;
    byPeriod.set(p.period, counts);
  }
  const periods = periodsBetween(points[0]!.period, points.at(-1)!.period, by);
  const max = Math.max(...[...byPeriod.values()].map((c) => c.reduce((a, b) => a + b, 0)));
  const ticks = niceTicks(max);
  const top = ticks.at(-1)!;
  const plotW = width - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const band = plotW / periods.length;
  const barW = Math.max(1, Math.min(40, band * 0.8));
  const y = (v: number): number => M.top + plotH - (v / top) * plotH;
  const svg = s('svg', { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: 'img', 'aria-label': `Events per ${by} by QuadClass` });
  for (const t of ticks) {
    svg.append(s('line', { x1: M.left, x2: width - M.right, y1: y(t), y2: y(t), class: 'grid' }));
    svg.append(s('text', { x: M.left - 6, y: y(t) + 4, class: 'tick', 'text-anchor': 'end' }, int(t)));
  }
  svg.append(s('text', { x: 12, y: M.top + plotH / 2, class: 'axis-label', transform: `rotate(-90 12 ${M.top + plotH / 2})`, 'text-anchor': 'middle' }, `events per ${by}`));
  const labelEvery = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(plotW / 90))));
  periods.forEach((period, i) => {
    const x = M.left + i * band + (band - barW) / 2;
    const counts = byPeriod.get(period);
    if (i % labelEvery === 0) {
      svg.append(s('line', { x1: x + barW / 2, x2: x + barW / 2, y1: M.top + plotH, y2: M.top + plotH + 4, class: 'axis' }));
      svg.append(s('text', { x: x + barW / 2, y: HEIGHT - M.bottom + 18, class: 'tick', 'text-anchor': 'middle' }, periodLabel(period)));
    }
    if (counts == null) return;
    const total = counts.reduce((a, b) => a + b, 0);
    const range = periodRange(period, by);
    const group = s('g', { class: 'bar', tabindex: 0, role: 'button', 'data-period': period, onclick: () => pick(range[0], range[1]) },
      s('title', {}, `${by === 'week' ? 'Week of ' : ''}${periodLabel(period)}: ${int(total)} event${total === 1 ? '' : 's'}\n`
        + QUADS.map((q) => `${q.label}: ${counts[q.quad - 1]}`).join('\n') + '\nClick to show this period only'));
    let base = 0;
    counts.forEach((n, q) => {
      if (n === 0) return;
      group.append(s('rect', { x, width: barW, y: y(base + n), height: Math.max(0.5, y(base) - y(base + n)), fill: quadColor(q + 1) }));
      base += n;
    });
    group.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') pick(range[0], range[1]);
    });
    svg.append(group);
  });
  svg.append(s('line', { x1: M.left, x2: width - M.right, y1: M.top + plotH, y2: M.top + plotH, class: 'axis' }));
  return svg;
}

/**
 * The stretch of days that holds all but the stray 2.5% of events at either end: a few events dated decades away
 * would otherwise squeeze the rest into a sliver. Returns the points inside, and how many events fell outside.
 */
export function coreRange(points: TimelinePoint[]): { points: TimelinePoint[]; outside: number; first: string; last: string } {
  const total = points.reduce((sum, p) => sum + p.events, 0);
  const cut = Math.floor(total * 0.025);
  let seen = 0;
  let first = points[0]?.period ?? '';
  let last = points.at(-1)?.period ?? '';
  for (const p of points) {
    if (seen + p.events > cut) {
      first = p.period;
      break;
    }
    seen += p.events;
  }
  seen = 0;
  for (const p of [...points].reverse()) {
    if (seen + p.events > cut) {
      last = p.period;
      break;
    }
    seen += p.events;
  }
  const inside = points.filter((p) => p.period >= first && p.period <= last);
  return { points: inside, outside: total - inside.reduce((sum, p) => sum + p.events, 0), first, last };
}

/** The first and last day of a period. */
export function periodRange(period: string, by: string): [string, string] {
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    return [`${period}-01`, last];
  }
  if (by === 'week') return [period, new Date(Date.parse(period) + 6 * 86_400_000).toISOString().slice(0, 10)];
  return [period, period];
}
