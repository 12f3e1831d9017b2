import type { Pattern } from './lexicon/types.js';

/** Verbs of saying: reported speech is analysed for the event it reports, and the saying itself kept apart. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'state', 'announce', 'declare', 'add', 'note', 'stress', 'insist', 'assert', 'claim', 'report', 'remark',
  'comment', 'explain', 'write', 'tweet', 'post', 'reiterate', 'emphasize', 'emphasise', 'underline',
]);

/**
 * The statement a speaker makes (CAMEO 010, "make statement"), coded only when nothing else is coded in its
 * sentence: "X said Y attacked Z" gives Y → Z alone; "X said the situation was calm" gives X's statement.
 */
export function statementPattern(verb: string): Pattern {
  return {
    cameo: '010', heads: new Set([verb]), nominal: false, elements: [], mode: null, text: `${verb} (statement)`, specificity: 1,
    required: [], firstRequired: -1, file: 'built-in', line: 0,
  };
}

/** The accusation a speaker makes by alleging something of another actor (CAMEO 112, "accuse"): "X alleged that Y ...". */
export function accusationPattern(verb: string): Pattern {
  return {
    cameo: '112', heads: new Set([verb]), nominal: false, elements: [], mode: null, text: `${verb} that (accusation)`, specificity: 2,
    required: [], firstRequired: -1, file: 'built-in', line: 0,
  };
}

/** A speaker's claim of its own attack (CAMEO 015, "claim responsibility"): "X claimed that they attacked Y". */
export function claimPattern(): Pattern {
  return {
    cameo: '015', heads: new Set(['claim']), nominal: false, elements: [], mode: null, text: 'claim that (own act)', specificity: 2,
    required: [], firstRequired: -1, file: 'built-in', line: 0,
  };
}
