import type { PlacePrecision } from '../model/index.js';

/** One gazetteer entry as read from its source, before indexing. */
export interface PlaceRecord {
  /** GeoNames id, or 0 for authored entries. */
  geonameId: number;
  /** The name shown for the place (ASCII for GeoNames entries). */
  name: string;
  /** Every name the place may be written with, as written (name, ASCII name, alternate names, aliases). */
  names: string[];
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, or '' when the place is in no one country ("the Sahel"). */
  country: string;
  /** GeoNames first-level division code within the country ("TX", "01"), or ''. */
  admin1: string;
  /** GeoNames feature class and code: "P.PPLC", "A.PCLI", "A.ADM1", "S.MILB", "L.RGN". */
  feature: string;
  population: number;
  /** Abbreviations read only as a qualifier after a comma ("Danbury, Conn."). */
  abbreviations?: string[];
}

/** A place the gazetteer can return: what disambiguation and event location read. */
export interface PlaceEntry {
  index: number;
  geonameId: number | null;
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-2 and alpha-3 codes, null when the place is in no one country. */
  iso2: string | null;
  country: string | null;
  /** `CC.code` of the first-level division ("US.TX"), and its name when the gazetteer has one. */
  admin1Key: string | null;
  admin1: string | null;
  feature: string;
  population: number;
  precision: PlacePrecision;
}

/** A problem with an authored data line: the file, the line and why it was skipped. */
export interface PlaceDataProblem {
  file: string;
  line: number;
  reason: string;
}
