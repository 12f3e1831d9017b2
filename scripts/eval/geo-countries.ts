/** The country a point lies in, from the world-atlas country outlines: gold countries for GeoVirus, which gives none. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Gazetteer } from '../../src/geo/index.js';
import { placeKey } from '../../src/geo/index.js';

/** world-atlas names that are abbreviated or differ from the gazetteer's. */
const ATLAS_NAMES: Record<string, string> = {
  'Dem. Rep. Congo': 'COD', 'Central African Rep.': 'CAF', 'Dominican Rep.': 'DOM', 'Bosnia and Herz.': 'BIH', 'S. Sudan': 'SSD',
  'Eq. Guinea': 'GNQ', 'W. Sahara': 'ESH', 'Solomon Is.': 'SLB', 'Falkland Is.': 'FLK', 'Fr. Polynesia': 'PYF', 'N. Cyprus': 'CYP',
  'Somaliland': 'SOM', 'Congo': 'COG', 'Marshall Is.': 'MHL', 'N. Mariana Is.': 'MNP', 'U.S. Virgin Is.': 'VIR', 'Cayman Is.': 'CYM',
  'British Virgin Is.': 'VGB', 'Turks and Caicos Is.': 'TCA', 'Cook Is.': 'COK', 'St. Vin. and Gren.': 'VCT', 'Antigua and Barb.': 'ATG',
  'St. Pierre and Miquelon': 'SPM', 'Wallis and Futuna Is.': 'WLF', 'St-Martin': 'MAF', 'St-Barthélemy': 'BLM', 'Faeroe Is.': 'FRO',
  'São Tomé and Principe': 'STP', 'Pitcairn Is.': 'PCN', 'S. Geo. and the Is.': 'SGS', 'Br. Indian Ocean Ter.': 'IOT',
  'Fr. S. Antarctic Lands': 'ATF', 'Siachen Glacier': 'IND', 'eSwatini': 'SWZ', 'Macedonia': 'MKD', 'Timor-Leste': 'TLS',
};

interface Shape {
  iso3: string;
  bbox: [number, number, number, number];
  rings: number[][][];
}

function inRing(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if ((yi! > y) !== (yj! > y) && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** A point-in-country lookup over world-atlas 50m outlines; null out at sea. */
export function countryLocator(gazetteer: Gazetteer): (lat: number, lon: number) => string | null {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes: Shape[] = [];
  for (const f of feature(topo, topo.objects.countries).features) {
    const name = f.properties?.name ?? '';
    const iso3 = ATLAS_NAMES[name] ?? gazetteer.lookup(placeKey(name)).map((c) => gazetteer.entry(c.entry)).find((e) => e.precision === 'country')?.country;
    if (!iso3 || !f.geometry) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    const rings = polygons.map((p) => p[0]!);
    const xs = rings.flat().map((p) => p[0]!);
    const ys = rings.flat().map((p) => p[1]!);
    shapes.push({ iso3, rings, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] });
  }
  return (lat, lon) => {
    for (const s of shapes) {
      if (lon < s.bbox[0] || lon > s.bbox[2] || lat < s.bbox[1] || lat > s.bbox[3]) continue;
      if (s.rings.some((r) => inRing(r, lon, lat))) return s.iso3;
    }
    return null;
  };
}
