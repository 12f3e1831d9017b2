import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;

/** The Equal Earth projection (Šavrič, Patterson, Jenny 2018) of a longitude and latitude, unscaled. */
export function equalEarth(lon: number, lat: number): [number, number] {
  const l = (lon * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (l * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}

// The projected world spans x in [-2.7066, 2.7066] and y in [-1.3174, 1.3174].
const X_MAX = equalEarth(180, 0)[0];
const Y_MAX = equalEarth(0, 90)[1];

/** A projection into a `width`-wide box, north up; its height follows from the world's shape. */
export function fitWorld(width: number): { height: number; project: (lon: number, lat: number) => [number, number] } {
  const scale = width / (2 * X_MAX);
  const height = Math.ceil(2 * Y_MAX * scale);
  return { height, project: (lon, lat) => { const [x, y] = equalEarth(lon, lat); return [(x + X_MAX) * scale, (Y_MAX - y) * scale]; } };
}

type Ring = [number, number][];

/** The countries of the bundled Natural Earth 1:110m atlas, as rings of longitude and latitude. */
export function countries(): { name: string; rings: Ring[] }[] {
  const topology = world as unknown as Topology<{ countries: GeometryObject }>;
  const collection = feature(topology, topology.objects.countries);
  const features = 'features' in collection ? collection.features : [collection];
  return features.map((f) => {
    const g = f.geometry;
    const polygons = g == null ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return { name: String((f.properties as { name?: string } | null)?.name ?? ''), rings: polygons.flat() as Ring[] };
  });
}

/** An SVG path for rings, through a projection. */
export function ringsPath(rings: Ring[], project: (lon: number, lat: number) => [number, number]): string {
  return rings.map((ring) => `M${ring.map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(',')).join('L')}Z`).join('');
}
