/** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type CameoQuadClass = 1 | 2 | 3 | 4;

/** One CAMEO event code with its Goldstein weight and PLOVER translation ("042" Make a visit, 1.9, CONSULT/visit). */
export interface CameoCode {
  /** The code as a string, leading zeros kept: "01", "042", "0211". */
  code: string;
  /** Short English name: "Make a visit". */
  name: string;
  /** Goldstein (1992) conflict-cooperation weight, -10..+10. */
  goldstein: number;
  quadClass: CameoQuadClass;
  /** The 2-digit root code: "04" for "042". */
  root: string;
  /** PLOVER event type: "CONSULT". */
  plover: string;
  ploverMode: string | null;
  /** PLOVER context; several are joined with ";" ("crime;corruption"). */
  ploverContext: string | null;
}

/** The loaded CAMEO codebook with its PLOVER crosswalk. */
export interface CameoTable {
  /** The entry for a code ("0871"), or undefined when the code is not in the codebook. */
  get(code: string): CameoCode | undefined;
  /** Whether the code is in the codebook. */
  has(code: string): boolean;
  /** Every entry, in codebook order. */
  all(): CameoCode[];
  /** The root entry of a code: root("0871") is the entry of "08"; undefined for unknown codes. */
  root(code: string): CameoCode | undefined;
}
