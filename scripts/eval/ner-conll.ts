/**
 * Mention detection on CoNLL sets: the sets, their documents rebuilt as prose, and gold entities as token spans.
 */

/**
 * The two NER sets and the conventions annals' mentions are converted to for each (see `ner-convention.ts`):
 * an article before a mention in or out of the span; all mentions or names only; countries as actors where they act
 * or always as places; a person's title inside the span or apart from it; the outermost noun phrase as one entity
 * (re3d: "ISIL-held buildings", "Palmyra, Syria", "the city of Mosul") or each name apart (CoNLL).
 */
export const SETS = [
  { name: 're3d-train', file: 'dev/ner/re3d-train.conll', determiners: 'include', mentions: 'all', countries: 'actors', titles: 'inside', phrases: 'outer' },
  { name: 'wikigold', file: 'dev/ner/wikigold.conll', determiners: 'exclude', mentions: 'names', countries: 'places', titles: 'apart', phrases: 'names' },
] as const;
/** One set and its conventions. */
export type Convention = (typeof SETS)[number];
/** The labels scored. */
export const LABELS = ['PER', 'ORG', 'LOC'] as const;
/** A scored label. */
export type Label = (typeof LABELS)[number];
const GOLD_LABEL: Record<string, Label> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', PER: 'PER', ORG: 'ORG', LOC: 'LOC' };

/** One article rebuilt from CoNLL tokens: its text, each token's offsets, and gold entities as token spans. */
export interface ConllDoc {
  id: string;
  text: string;
  starts: number[];
  ends: number[];
  tokens: string[];
  gold: Entity[];
}
/** An entity as tokens `[start, end)` of its document. */
export interface Entity {
  start: number;
  end: number;
  label: Label;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'|’s|n't|''|”)$/i;
const NO_SPACE_AFTER = /^(?:[([{$]|``|“)$/;

/**
 * Rebuild text from tokens with ordinary spacing, so the tokenizer sees prose. A hyphen or apostrophe between two
 * word tokens closes up ("al - Zarqawi" was "al-Zarqawi", "Da ’ esh" was "Da’esh"), as does a hyphen after an
 * initialism ("U.S. - led" was "U.S.-led").
 */
function detokenize(words: string[]): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const joiner = (i: number) => /^[-’']$/.test(words[i]!) && i > 0 && i + 1 < words.length && (/\w$/.test(words[i - 1]!) || (words[i] === '-' && /^(?:\p{Lu}\.)+$/u.test(words[i - 1]!))) && /^\w/.test(words[i + 1]!);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const tight = i === 0 || NO_SPACE_BEFORE.test(w) || NO_SPACE_AFTER.test(words[i - 1]!) || joiner(i) || joiner(i - 1);
    if (!tight) text += ' ';
    starts.push(text.length);
    text += w;
    ends.push(text.length);
  }
  return { text, starts, ends };
}

/** Read a CoNLL file (IOB1 or IOB2): wikigold's documents at `-DOCSTART-`; re3d, with no markers, by sentence. */
export function readConll(raw: string, name: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const hasDocs = raw.includes('-DOCSTART-');
  const flush = () => {
    if (words.length === 0) return;
    const { text, starts, ends } = detokenize(words);
    const gold: Entity[] = [];
    let open: Entity | null = null;
    let openType = '';
    tags.forEach((tag, i) => {
      const [bio, type = ''] = tag === 'O' ? ['O'] : [tag.slice(0, 1), tag.slice(2)];
      const continues = open !== null && bio === 'I' && type === openType && words[i] !== '\n';
      if (continues) open!.end = i + 1;
      else {
        open = null;
        openType = '';
        if (bio !== 'O') {
          openType = type;
          const label = GOLD_LABEL[type];
          const entity = { start: i, end: i + 1, label: label ?? 'PER' };
          open = entity;
          if (label) gold.push(entity);
        }
      }
    });
    docs.push({ id: `${name}-${docs.length + 1}`, text, starts, ends, tokens: words, gold });
    words = [];
    tags = [];
  };
  for (const line of raw.split('\n')) {
    const cells = line.trim().split(/\s+/);
    if (cells[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    if (line.trim() === '') {
      if (!hasDocs) flush();
      else if (words.length > 0 && words[words.length - 1] !== '\n') {
        // A sentence break inside a document: a newline token that entities never cross.
        words.push('\n');
        tags.push('O');
      }
      continue;
    }
    words.push(cells[0]!);
    tags.push(cells[cells.length - 1]!);
  }
  flush();
  return docs;
}

