import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePatternLine } from './parse.js';
import type { Lexicon, LexiconProblem, Pattern } from './types.js';

/** The built-in lexicon shipped in the package's `data/lexicon/`. */
export const BUILTIN_LEXICON_DIR = new URL('../../../data/lexicon/', import.meta.url).pathname;

/**
 * Load every `*.txt` lexicon file of a folder. Lines that do not parse, or whose code `knownCode` rejects, are
 * reported with file and line; the rest loads. Lexicons merged into one share one word table (`words`).
 */
export function loadLexicon(
  dirs: string[] = [BUILTIN_LEXICON_DIR], knownCode: (code: string) => boolean = () => true, words: Map<string, number> = new Map(),
): Lexicon {
  const verbs = new Map<string, Pattern[]>();
  const nouns = new Map<string, Pattern[]>();
  const problems: LexiconProblem[] = [];
  let size = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const file = join(dir, name);
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let i = 0; i < lines.length; i++) {
        const parsed = parsePatternLine(lines[i]!, file, i + 1, words);
        if (parsed === null) continue;
        if (typeof parsed === 'string') {
          problems.push({ file, line: i + 1, reason: parsed });
          continue;
        }
        if (!knownCode(parsed.cameo)) {
          problems.push({ file, line: i + 1, reason: `unknown CAMEO code ${parsed.cameo}` });
          continue;
        }
        const index = parsed.nominal ? nouns : verbs;
        for (const head of parsed.heads) {
          const list = index.get(head) ?? [];
          list.push(parsed);
          index.set(head, list);
        }
        size++;
      }
    }
  }
  for (const index of [verbs, nouns]) for (const list of index.values()) list.sort((a, b) => b.specificity - a.specificity);
  return { verbs, nouns, words, size, problems };
}
