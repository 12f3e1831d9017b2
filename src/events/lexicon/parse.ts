import type { Pattern, PatternElement } from './types.js';

const CODE = /^\d{2,4}$/;

/** Words found in most sentences: a pattern's other required words are checked first, as they rule it out sooner. */
const COMMON = new Set([
  'to', 'with', 'on', 'in', 'for', 'of', 'the', 'a', 'an', 'and', 'at', 'by', 'from', 'as', 'that', 'into', 'over',
  'against', 'up', 'out', 'off', 'down', 'back', 'be', 'have', 'not', 'it', 'its', 'their', 'his', 'her',
]);

/** The ids of a pattern's required word sets, the rarer first: common words rule a sentence out least often. */
function requiredIds(elements: PatternElement[], words: Map<string, number>): number[][] {
  const idOf = (word: string): number => {
    let id = words.get(word);
    if (id === undefined) words.set(word, (id = words.size));
    return id;
  };
  return elements
    .flatMap((e) => (e.kind === 'word' && !e.optional ? [[...e.words]] : []))
    .sort((a, b) => Number(a.every((w) => COMMON.has(w))) - Number(b.every((w) => COMMON.has(w))))
    .map((set) => set.map(idOf));
}

/**
 * Parse one lexicon line (`042  travel to $T for talks  [visit]  # comment`) into a pattern, or the reason it
 * is broken. Blank and comment lines give null. Its required words get ids in `words`, which grows.
 */
export function parsePatternLine(raw: string, file: string, line: number, words: Map<string, number> = new Map()): Pattern | string | null {
  const hash = raw.indexOf('#');
  const content = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
  if (content === '') return null;
  const columns = content.split(/\t+| {2,}/).map((c) => c.trim()).filter(Boolean);
  const [cameo, body, modeColumn, ...rest] = columns;
  if (!cameo || !CODE.test(cameo)) return `"${cameo ?? ''}" is not a CAMEO code`;
  if (!body) return 'no pattern after the code';
  let pattern = body;
  let mode: string | null = null;
  const inlineMode = pattern.match(/\s*\[([a-z_-]+)\]\s*$/);
  if (inlineMode) {
    mode = inlineMode[1]!;
    pattern = pattern.slice(0, inlineMode.index).trim();
  }
  if (modeColumn !== undefined) {
    const m = modeColumn.match(/^\[([a-z_-]+)\]$/);
    if (!m) return `unexpected column "${modeColumn}"`;
    mode = m[1]!;
  }
  if (rest.length > 0) return `unexpected column "${rest[0]}"`;

  const nominal = pattern.startsWith('~');
  const parts = (nominal ? pattern.slice(1) : pattern).split(/\s+/);
  const head = parts.shift()!;
  if (!/^[a-z][a-z'-]*(\|[a-z][a-z'-]*)*$/.test(head)) return `the head "${head}" must be a lower-case word`;
  const elements: PatternElement[] = [];
  let specificity = 1;
  for (const word of parts) {
    if (word === '$T' || word === '$S') {
      const role = word === '$T' ? 'target' : 'source';
      if (elements.some((e) => e.kind === 'slot' && e.role === role)) return `${word} appears twice`;
      elements.push({ kind: 'slot', role });
    } else if (word === '...') {
      elements.push({ kind: 'gap' });
    } else {
      const optional = word.startsWith('(') && word.endsWith(')');
      const inner = optional ? word.slice(1, -1) : word;
      if (!/^[a-z0-9][a-z0-9'.-]*(\|[a-z0-9][a-z0-9'.-]*)*$/.test(inner)) return `"${word}" is not a word, $T, $S or ...`;
      elements.push({ kind: 'word', words: new Set(inner.split('|')), optional });
      if (!optional) specificity++;
    }
  }
  const required = requiredIds(elements, words);
  return {
    cameo, heads: new Set(head.split('|')), nominal, elements, mode, text: (nominal ? '~' : '') + [head, ...parts].join(' '),
    specificity, required, firstRequired: required[0]?.length === 1 ? required[0][0]! : -1, file, line,
  };
}
