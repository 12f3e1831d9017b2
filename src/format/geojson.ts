import type { EventRecord } from '../model/index.js';
import type { Formatter } from './types.js';

/** A GeoJSON Feature for one located event: a Point at its location, the event's fields as properties. */
export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** The GeoJSON Feature of an event, or null when it has no location. Coordinates are `[lon, lat]`, as GeoJSON orders them. */
export function toFeature(r: EventRecord): EventFeature | null {
  const l = r.location;
  if (!l) return null;
  return {
    type: 'Feature', id: r.id,
    geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
    properties: {
      article: r.article.id, url: r.article.url, published: r.article.published, date: r.date.value, dateFrom: r.date.from,
      cameo: r.cameo, plover: r.plover, quadClass: r.quadClass, goldstein: r.goldstein, status: r.status,
      source: r.source?.code ?? null, sourceName: r.source?.name ?? null, target: r.target?.code ?? null, targetName: r.target?.name ?? null,
      place: l.name, country: l.country, admin1: l.admin1 ?? null, geonameId: l.geonameId, featureClass: l.featureClass ?? null,
      precision: l.precision ?? null, locationFrom: l.from ?? null, confidence: r.confidence, evidence: r.evidence.text,
    },
  };
}

/** A GeoJSON FeatureCollection of the events that have a location; events without one are left out. */
export function geojsonFormatter(): Formatter {
  let first = true;
  return {
    header: () => '{"type":"FeatureCollection","features":[\n',
    record(record) {
      const feature = toFeature(record);
      if (!feature) return '';
      const line = `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
      first = false;
      return line;
    },
    footer: () => `${first ? '' : '\n'}]}\n`,
  };
}
