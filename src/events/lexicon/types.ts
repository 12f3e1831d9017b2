/** One element of a pattern after its head. */
export type PatternElement =
  | { kind: 'word'; words: ReadonlySet<string>; optional: boolean }
  | { kind: 'slot'; role: 'source' | 'target' }
  | { kind: 'gap' };

/** A compiled lexicon line: a head verb (or noun, for nominal events) and what must follow it. */
export interface Pattern {
  cameo: string;
  /** Head lemmas (alternatives). */
  heads: ReadonlySet<string>;
  nominal: boolean;
  elements: PatternElement[];
  mode: string | null;
  /** The pattern as written, for explanations and the event record. */
  text: string;
  /** Literal words it requires: more is more specific. */
  specificity: number;
  /**
   * Its required (not optional) words, each a set of alternatives, as ids in the lexicon's word table
   * (`Lexicon.words`): a sentence lacking one is skipped without matching.
   */
  required: readonly (readonly number[])[];
  /**
   * The id of the word checked first, when the first required set has no alternatives (else -1): a sentence without
   * it rules the pattern out with one read, and most sentences lack it.
   */
  firstRequired: number;
  file: string;
  line: number;
}

/** A lexicon line that could not be compiled. */
export interface LexiconProblem {
  file: string;
  line: number;
  reason: string;
}

/** Patterns by head lemma, most specific first. */
export interface Lexicon {
  verbs: Map<string, Pattern[]>;
  /** Every word some pattern requires, with its id (`Pattern.required`). */
  words: Map<string, number>;
  nouns: Map<string, Pattern[]>;
  size: number;
  problems: LexiconProblem[];
}
