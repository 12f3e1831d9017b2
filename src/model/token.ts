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
  /**
   * Set on a word written with a capital: whether its lower case is a word of the tagger's English vocabulary ("Aid",
   * "Cook"), unlike a name the vocabulary lacks ("Sadiq", "Votel"). Undefined on other tokens.
   */
  common?: boolean;
}

/** One sentence: its character span and its tokens `[tokenStart, tokenEnd)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}
