/** Universal Dependencies part-of-speech tags, as wink-nlp assigns them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One token; `start`/`end` are character offsets into the article text. */
export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  lemma: string;
  pos: Pos;
  sentence: number;
}

/** One sentence: its character span and its tokens `[tokenStart, tokenEnd)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}
