import type { PlaceCount } from '../api.js';
import { goldsteinColor, signed } from '../colors.js';
import { h, int, s } from '../dom.js';
import { countries, fitWorld, ringsPath } from '../geo.js';

let basemap: { name: string; rings: [number, number][][] }[] | null = null;

/** The box a click on a place selects: a degree around it. */
export function placeBox(place: PlaceCount): string {
  const r = (n: number): string => String(Math.round(n * 100) / 100);
  return [Math.max(-180, place.lon - 1), Math.max(-90, place.lat - 1), Math.min(180, place.lon + 1), Math.min(90, place.lat + 1)].map(r).join(',');
}

/**
 * A world map (Natural Earth countries, Equal Earth projection) with a circle per place: area by events, colour
 * by mean Goldstein. Clicking a circle filters to the area around that place.
 */
export function mapChart(places: PlaceCount[], width: number, pick: (bbox: string) => void): Element {
  basemap ??= countries();
  const { height, project } = fitWorld(width);
  const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Map of event places', class: 'map' });
  const edge = (lon: number): [number, number][] => Array.from({ length: 37 }, (_, i) => [lon, lon > 0 ? 90 - i * 5 : -90 + i * 5]);
  svg.append(s('path', { d: ringsPath([[...edge(180), ...edge(-180)]], project), class: 'sphere' }));
  for (const country of basemap) {
    svg.append(s('path', { d: ringsPath(country.rings, project), class: 'country' }, s('title', {}, country.name)));
  }
  const max = Math.max(1, ...places.map((p) => p.events));
  for (const place of [...places].sort((a, b) => b.events - a.events)) {
    const [x, y] = project(place.lon, place.lat);
    svg.append(s('circle', {
      cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 14 * Math.sqrt(place.events / max)).toFixed(1), class: 'place',
      fill: goldsteinColor(place.goldstein), tabindex: 0, role: 'button', onclick: () => pick(placeBox(place)),
      onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Enter' && pick(placeBox(place)),
    }, s('title', {}, `${place.name}${place.country ? ` (${place.country})` : ''}: ${int(place.events)} event${place.events === 1 ? '' : 's'}, `
      + `mean Goldstein ${signed(place.goldstein)}\nClick to show events around here`)));
  }
  // The busiest places are named on the map, where their names do not overlap; the others on hover.
  const taken: [number, number, number, number][] = [];
  for (const place of places.slice(0, 8)) {
    const [x, y] = project(place.lon, place.lat);
    const left = x + 3 + 14 * Math.sqrt(place.events / max) + 3;
    const box: [number, number, number, number] = [left, y - 9, left + place.name.length * 7.2, y + 5];
    if (taken.some((t) => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3])) continue;
    taken.push(box);
    svg.append(s('text', { x: left.toFixed(1), y: (y + 4).toFixed(1), class: 'place-label' }, place.name));
  }
  const wrap = h('div', { class: 'map-wrap' }, svg);
  if (places.length === 0) {
    wrap.append(h('p', { class: 'map-note' }, 'No event in this selection has a place yet: places appear once events are geolocated.'));
  }
  return wrap;
}
