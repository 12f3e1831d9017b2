import type { Sense } from './compile.js';

/**
 * Dictionary names as a trie over pieces, the way tokens meet them: a piece is a run of letters and digits or a
 * single other character, and pieces follow each other either after a space ("new york") or glued ("al-assad",
 * "u.s."). Matching walks one small map per piece of each token, on the tokens' own strings, instead of building
 * and hashing the text of every prefix.
 */
export interface NameNode {
  /** Pieces that follow this prefix after a space. */
  spaced: Map<string, NameNode> | null;
  /** Pieces that follow it with nothing between. */
  glued: Map<string, NameNode> | null;
  /** The senses of the name that ends here, if one does. */
  senses: Sense[] | null;
}

const newNode = (): NameNode => ({ spaced: null, glued: null, senses: null });

/** Letters and digits of a folded key (any non-ASCII character counts as a letter). */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c > 127;
}

/** A folded token key as pieces: most tokens are one piece, the key itself. */
export function piecesOf(key: string): string | string[] {
  let single = true;
  for (let i = 1; i < key.length && single; i++) {
    if (!isAlnum(key.charCodeAt(i)) || !isAlnum(key.charCodeAt(i - 1))) single = false;
  }
  if (single) return key;
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i <= key.length; i++) {
    if (i === key.length || !isAlnum(key.charCodeAt(i)) || !isAlnum(key.charCodeAt(i - 1))) {
      pieces.push(key.slice(start, i));
      start = i;
    }
  }
  return pieces;
}

/** The root of an empty trie. */
export const createNameTrie = (): NameNode => newNode();

/** Add a name's key (folded, single spaces) with its senses: the same array the caller keeps adding to. */
export function addName(root: NameNode, key: string, senses: Sense[]): void {
  let node = root;
  let spaced = false;
  for (const word of key.split(' ')) {
    const pieces = piecesOf(word);
    const list = typeof pieces === 'string' ? [pieces] : pieces;
    list.forEach((piece, k) => {
      const byPiece = spaced && k === 0 ? (node.spaced ??= new Map()) : (node.glued ??= new Map());
      let next = byPiece.get(piece);
      if (next === undefined) byPiece.set(piece, (next = newNode()));
      node = next;
    });
    spaced = true;
  }
  node.senses = senses;
}

/**
 * One step: the node after a token whose pieces are `pieces`, `spaced` when whitespace comes before it; null when
 * no name goes on this way.
 */
export function stepToken(node: NameNode, pieces: string | string[], spaced: boolean): NameNode | null {
  if (typeof pieces === 'string') return (spaced ? node.spaced : node.glued)?.get(pieces) ?? null;
  let at: NameNode | null = node;
  for (let k = 0; k < pieces.length && at !== null; k++) at = (k === 0 && spaced ? at.spaced : at.glued)?.get(pieces[k]!) ?? null;
  return at;
}
