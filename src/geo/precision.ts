import type { PlacePrecision } from '../model/index.js';

/** The precision of a place from its feature code: "P.PPLA" is a city, "A.ADM1" a division, "S.MILB" a facility. */
export function precisionOf(feature: string): PlacePrecision {
  const [cls = '', code = ''] = feature.split('.');
  if (cls === 'P') return 'city';
  if (cls === 'A') return code.startsWith('PCL') ? 'country' : code === 'ADM1' ? 'admin1' : 'region';
  if (cls === 'S' || cls === 'R') return 'facility';
  return 'region';
}
