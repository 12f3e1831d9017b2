import { readFileSync } from 'node:fs';
import type { AnnalsDocument, Token } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import type { CameoTable } from '../cameo/index.js';

/** The built-in context cues in the package's `data/plover/contexts.tsv`. */
export const BUILTIN_CONTEXTS_FILE = new URL('../../data/plover/contexts.tsv', import.meta.url).pathname;

/** Cue phrases by their first word: each phrase with the context it signals. */
export type ContextCues = Map<string, { words: string[]; context: string }[]>;

/** Load context cues; a line with no cue throws with its file and line. */
export function loadContextCues(file: string = BUILTIN_CONTEXTS_FILE): ContextCues {
  const cues: ContextCues = new Map();
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trimEnd();
    if (line.trim() === '' || line.startsWith('context\t')) return;
    const [context, ...phrases] = line.split('\t').map((c) => c.trim()).filter(Boolean);
    if (!context || phrases.length === 0) throw new Error(`${file}:${i + 1}: a context needs at least one cue`);
    for (const phrase of phrases) {
      const words = phrase.toLowerCase().split(/\s+/);
      const list = cues.get(words[0]!) ?? [];
      list.push({ words, context });
      cues.set(words[0]!, list);
    }
  });
  return cues;
}

/** A cue phrase found at a token. */
interface CueHit {
  context: string;
  phrase: string;
  at: number;
}

function cuesAt(list: { words: string[]; context: string }[] | undefined, tokens: Token[], i: number, hits: CueHit[]): void {
  if (!list) return;
  for (const cue of list) {
    let all = true;
    for (let k = 0; all && k < cue.words.length; k++) {
      const t = tokens[i + k];
      all = t !== undefined && (t.lower === cue.words[k] || t.lemma === cue.words[k]);
    }
    if (all) hits.push({ context: cue.context, phrase: cue.words.join(' '), at: i });
  }
}

/** Every cue phrase in the tokens, in text order. */
function cueHits(cues: ContextCues, tokens: Token[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { lower, lemma } = tokens[i]!;
    cuesAt(cues.get(lower), tokens, i, hits);
    if (lemma !== lower) cuesAt(cues.get(lemma), tokens, i, hits);
  }
  return hits;
}

/** Context → the distinct cue phrases among some hits, contexts in the order first found. */
function cueCounts(hits: CueHit[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const hit of hits) {
    const set = found.get(hit.context) ?? new Set<string>();
    set.add(hit.phrase);
    found.set(hit.context, set);
  }
  return found;
}

const STORY_THRESHOLD = 3;

/**
 * PLOVER contexts for each event: those of its CAMEO code, then those its sentence's words signal, then the
 * story's leading context when the sentence gives none.
 */
export function contexts(cameo: CameoTable, cues: ContextCues = loadContextCues()): Stage {
  return {
    name: 'contexts',
    requires: ['events'],
    assigns: [],
    run: function contexts(doc: AnnalsDocument) {
      if (doc.events.length === 0) return;
      // One pass over the story finds every cue; sentences take theirs from it.
      const hits = cueHits(cues, doc.tokens);
      const story = [...cueCounts(hits)]
        .filter(([, set]) => set.size >= STORY_THRESHOLD)
        .sort((a, b) => b[1].size - a[1].size)
        .map(([context]) => context);
      const bySentence = new Map<number, string[]>();
      for (const event of doc.events) {
        let own = bySentence.get(event.sentence);
        if (!own) {
          const s = doc.sentences[event.sentence]!;
          own = [...cueCounts(hits.filter((h) => h.at >= s.tokenStart && h.at < s.tokenEnd)).keys()];
          bySentence.set(event.sentence, own);
        }
        const fromCode = cameo.get(event.cameo)?.ploverContext?.split(';').filter(Boolean) ?? [];
        const all = [...fromCode, ...own];
        if (all.length === 0 && story[0]) all.push(story[0]);
        event.contexts = [...new Set(all)];
      }
    },
  };
}
