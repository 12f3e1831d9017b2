/** How exact a place is: a facility (a base, a crossing), a city or town, a first-level division, a country, a region. */
export type PlacePrecision = 'facility' | 'city' | 'admin1' | 'country' | 'region';

/**
 * Where a place name points, resolved against the gazetteer: a GeoNames entry (`geonameId`), or an authored
 * country, division, facility or region (`geonameId` null). `country` is the ISO alpha-3 code used in actor codes.
 */
export interface MentionPlace {
  geonameId: number | null;
  /** The gazetteer's name for the place, in ASCII ("Al Qamishli", "Moscow"). */
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  /** The first-level division's name ("Texas", "Al-Hasakah"), when known. */
  admin1: string | null;
  /** GeoNames feature class and code, "P.PPLC"; authored entries use the same scheme ("S.MILB", "L.RGN"). */
  featureClass: string | null;
  population: number | null;
  precision: PlacePrecision;
  /** Why this entry won over the others with the same name: read by `annals explain`. */
  why?: string[];
}
