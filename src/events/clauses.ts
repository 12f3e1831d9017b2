import type { Sentence, Token } from '../model/index.js';

/** A verb group: auxiliaries, particles and verbs ("is set to travel", "did not attack"), with its head verbs. */
export interface VerbGroup {
  start: number;
  end: number;
  /** Indices of the VERB tokens, in order; the last is the main verb. */
  verbs: number[];
  passive: boolean;
  /** Has a tense of its own (an auxiliary or an inflected verb), so it can carry an event with a subject. */
  finite: boolean;
}

export type ClauseKind = 'main' | 'relative' | 'resumed' | 'subordinate' | 'coordinate' | 'participial' | 'complement' | 'parenthetical';

/** A stretch of a sentence with its own verb groups, split at relative pronouns, conjunctions and punctuation. */
export interface Clause {
  start: number;
  end: number;
  kind: ClauseKind;
  /** The word that opened the clause ("who", "after", "if", "and"), lower case, or null. */
  opener: string | null;
  verbGroups: VerbGroup[];
  /** For a main clause resumed after a relative clause: the relative pronoun's token. */
  pronoun?: number;
}

const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);
const SUBORDINATE = new Set([
  'after', 'before', 'because', 'while', 'although', 'though', 'if', 'unless', 'when', 'whereas', 'since', 'until',
  'as', 'once', 'whether',
]);
/** Subordinators that are also prepositions ("after talks", "such as Qatar"): a clause must follow. */
const ALSO_PREPOSITIONS = new Set(['as', 'since', 'before', 'after', 'until', 'once']);
const DASHES = new Set(['—', '–', '--']);
const ATTRIBUTION = new Set(['according']);
/** Every word or mark that may cut a clause (below): most tokens are none, and one look-up passes them by. */
const CLAUSE_CUES = new Set([...RELATIVE, ...SUBORDINATE, ...DASHES, 'that', 'and', 'but', ';', ':', '(', ')', ',']);

function isVerbal(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** Irregular past participles that no suffix gives away. */
const IRREGULAR_PARTICIPLES = new Set([
  'met', 'held', 'led', 'shot', 'hit', 'set', 'put', 'cut', 'built', 'sent', 'spent', 'lost', 'left', 'kept', 'struck', 'fought',
  'brought', 'caught', 'sold', 'told', 'found', 'won', 'made', 'paid', 'said', 'laid', 'fled', 'fed', 'hung', 'shut', 'spread',
  'cast', 'beat', 'bound', 'dealt', 'felt', 'heard', 'meant', 'read', 'sought', 'thrown', 'slain', 'stolen', 'sworn', 'torn', 'worn',
]);

/** Does this verb look like a past participle ("attacked", "held", "taken")? */
export function looksPastParticiple(t: Token): boolean {
  return /(?:ed|en|wn|un|ung|ght|lt|pt|id|ne)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower);
}

/** "Hamas-led", "U.S.-brokered": a participle closed up by a hyphen to the word before it, half of a compound adjective. */
export function isCompoundParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const hyphen = tokens[i - 1];
  const word = tokens[i - 2];
  return t.pos === 'VERB' && hyphen !== undefined && word !== undefined && hyphen.text === '-' && hyphen.end === t.start
    && word.end === hyphen.start && t.sentence === word.sentence;
}

/** "Turkish-backed militants": a name closed up to a compound participle modifies the noun after; it is no actor of its own. */
export function modifiesCompound(tokens: Token[], end: number): boolean {
  return tokens[end]?.text === '-' && isCompoundParticiple(tokens, end + 1);
}

const TENSE_VERBS = new Set(['have', 'be', 'get']);

/**
 * "arrested impeached President Yoon", "freed detained journalists": a participle right after a verb and before a
 * noun describes that noun; it is no verb of the group before, nor one of its own.
 */
export function describesNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // The verb before is a word of the sentence, not of a name the tagger read as a verb ("Human Rights Watch accused"),
  // nor an auxiliary it read as one ("is said to have dropped containers").
  return t.pos === 'VERB' && prev !== undefined && prev.pos === 'VERB' && prev.lower === prev.text && !TENSE_VERBS.has(prev.lemma)
    && looksPastParticiple(t)
    && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

/** Verb groups of a sentence. A participle that only modifies a noun ("forces led by", "announced by") is skipped. */
export function verbGroups(tokens: Token[], from: number, to: number): VerbGroup[] {
  const groups: VerbGroup[] = [];
  /** Per group: a participle that may only modify the noun before it (a reduced relative). */
  const reduced: boolean[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    // "the Kurdish-led SDF", "Iran-backed militias": half of a compound adjective is no verb.
    if (!isVerbal(t) || ATTRIBUTION.has(t.lower) || describesNoun(tokens, i) || isCompoundParticiple(tokens, i)) {
      i++;
      continue;
    }
    let j = i;
    const verbs: number[] = [];
    let sawAux = false;
    while (j < to) {
      const u = tokens[j]!;
      if (describesNoun(tokens, j)) break;
      if (u.pos === 'VERB' && !ATTRIBUTION.has(u.lower)) verbs.push(j);
      else if (u.pos === 'AUX') sawAux = true;
      else if (!(u.pos === 'ADV' || (u.pos === 'PART' && (u.lower === 'not' || u.lower === "n't" || u.lower === 'to')))) break;
      j++;
    }
    // Trailing adverbs and particles belong to what follows.
    while (j > i && !isVerbal(tokens[j - 1]!)) j--;
    if (verbs.length === 0) {
      i = j > i ? j : i + 1;
      continue;
    }
    const head = tokens[verbs[verbs.length - 1]!]!;
    const beforeHead = tokens[verbs[verbs.length - 1]! - 1];
    const next = tokens[j];
    const prev = tokens[i - 1];
    const single = !sawAux && verbs.length === 1;
    // "a summit of European leaders hosted by Keir Starmer": a participle after a noun, with its agent, is passive.
    const withAgent = single && looksPastParticiple(head) && next?.lower === 'by' && prev !== undefined
      && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !MEANS.has(tokens[j + 1]?.lower ?? '');
    const passive = (beforeHead !== undefined && beforeHead.pos === 'AUX' && (beforeHead.lemma === 'be' || beforeHead.lemma === 'get')
      && !head.lower.endsWith('ing') && looksPastParticiple(head)) || withAgent;
    // "the banned PKK", "displaced people", "their surrounding areas": a participle used as an adjective.
    // "the capital and surrounding cities": an -ing adjective after "and" before a noun ("and throwing stones" stays a verb).
    const afterConjunction = prev !== undefined && (prev.lower === 'and' || prev.lower === 'or') && ING_ADJECTIVES.has(head.lower);
    const attributive = single && prev !== undefined && (ATTRIBUTIVE_BEFORE.has(prev.pos) || POSSESSIVES.has(prev.lower) || afterConjunction)
      && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
    // "forces led by X toppled", "officials accused of Y were arrested": a participle modifying the noun before it,
    // told apart from a main verb ("Putin spoke by phone") by the finite verb that follows.
    const maybeReduced = single && looksPastParticiple(head) && next !== undefined && next.pos === 'ADP' && prev !== undefined
      && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.text === ',' || prev.text === ')')
      && !(next.lower === 'by' && MEANS.has(tokens[j + 1]?.lower ?? ''));
    if (!attributive) {
      const first = tokens[verbs[0]!]!;
      const finite = sawAux || !(first.lower.endsWith('ing') || (prev?.lower === 'to'));
      groups.push({ start: i, end: j, verbs, passive, finite });
      reduced.push(maybeReduced);
    }
    i = j;
  }
  // A reduced relative is only one when a main verb comes after it, with no clause opener between them: in "rioters
  // clashed with troops as pilgrims visited the site", "visited" has a subject of its own.
  if (!reduced.includes(true)) return groups;
  const opened = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (CLAUSE_OPENERS.has(tokens[i]!.lower)) return true;
    return false;
  };
  return groups.filter((g, k) => !reduced[k] || !groups.slice(k + 1).some((h) => h.finite && !opened(g.end, h.start)));
}

const ATTRIBUTIVE_BEFORE = new Set(['DET', 'ADJ', 'NUM']);
/** -ing forms that news mostly uses as adjectives. */
const ING_ADJECTIVES = new Set([
  'surrounding', 'neighbouring', 'neighboring', 'remaining', 'ruling', 'opposing', 'warring', 'ongoing', 'existing', 'leading',
  'following', 'outgoing', 'incoming', 'upcoming', 'governing', 'adjoining', 'bordering', 'competing',
]);
/** Words that open a clause with a subject of its own. */
const CLAUSE_OPENERS = new Set([...RELATIVE, ...SUBORDINATE, 'what', 'that', 'where', ';']);
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our', 'my', 'your', "'s", 'whose']);
/** "by phone", "by video link": the means of a verb, not the agent of a participle. */
const MEANS = new Set(['phone', 'telephone', 'video', 'videoconference', 'videolink', 'letter', 'email', 'text', 'radio', 'satellite']);

function closingParenthesis(tokens: Token[], open: number, to: number): number {
  for (let i = open + 1; i < to; i++) if (tokens[i]!.text === ')') return i;
  return -1;
}

function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isVerbal(tokens[i]!)) return true;
  return false;
}

const NP_TOKEN = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'ADV']);

/** Does a clause with its own subject start here: a short noun phrase, then a verb? */
export function startsClause(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 10); i++) {
    const t = tokens[i]!;
    if (isVerbal(t) && i > from) return true;
    if (!(NP_TOKEN.has(t.pos) || t.text === '-' || t.lower === "'s")) return false;
  }
  return false;
}

function openingSubordinate(cuts: { at: number; kind: ClauseKind }[], tokenStart: number, tokens: Token[], i: number): boolean {
  const last = cuts[cuts.length - 1];
  if (!last || last.at !== tokenStart || last.kind !== 'subordinate') return false;
  for (let k = tokenStart + 1; k < i; k++) if (isVerbal(tokens[k]!)) return true;
  return false;
}

/** Split a sentence into clauses, each with its verb groups. */
export function splitClauses(tokens: Token[], sentence: Sentence): Clause[] {
  const { tokenStart, tokenEnd } = sentence;
  const cuts: { at: number; kind: ClauseKind; opener: string | null; skip: number }[] = [];
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = tokens[i]!;
    if (!CLAUSE_CUES.has(t.lower)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // A parenthesis without a verb ("Hayat Tahrir al-Sham (HTS) coalition") is part of the noun phrase.
    if (t.text === '(') {
      const close = closingParenthesis(tokens, i, tokenEnd);
      if (close > 0 && !hasVerb(tokens, i + 1, close)) {
        i = close;
        continue;
      }
    }
    if (RELATIVE.has(t.lower) && i > tokenStart) cuts.push({ at: i, kind: 'relative', opener: t.lower, skip: 1 });
    else if (t.lower === 'that' && prev && (prev.text === ',' || prev.pos === 'NOUN' || prev.pos === 'PROPN') && next && (isVerbal(next) || next.pos === 'ADV')) {
      cuts.push({ at: i, kind: 'relative', opener: 'that', skip: 1 });
    } else if (t.lower === 'that' && prev && (isVerbal(prev) || startsClause(tokens, i + 1, tokenEnd))) {
      cuts.push({ at: i, kind: 'complement', opener: 'that', skip: 1 });
    }
    else if (SUBORDINATE.has(t.lower) && i > tokenStart && (!ALSO_PREPOSITIONS.has(t.lower) || startsClause(tokens, i + 1, tokenEnd))) {
      cuts.push({ at: i, kind: 'subordinate', opener: t.lower, skip: 1 });
    } else if (i === tokenStart && SUBORDINATE.has(t.lower)) cuts.push({ at: i, kind: 'subordinate', opener: t.lower, skip: 1 });
    else if (t.text === ';' || t.text === ':' || DASHES.has(t.text) || t.text === '(' || t.text === ')') {
      cuts.push({ at: i, kind: t.text === '(' ? 'parenthetical' : 'coordinate', opener: null, skip: 1 });
    } else if (t.text === ',' && next && (ATTRIBUTION.has(next.lower))) {
      cuts.push({ at: i, kind: 'parenthetical', opener: 'according', skip: 1 });
    } else if (t.text === ',' && next && next.pos === 'VERB' && next.lower.endsWith('ing')) {
      cuts.push({ at: i, kind: 'participial', opener: null, skip: 1 });
    } else if ((t.lower === 'and' || t.lower === 'but') && next && (isVerbal(next) || (next.pos === 'ADV' && tokens[i + 2] && isVerbal(tokens[i + 2]!)))) {
      cuts.push({ at: i, kind: 'coordinate', opener: t.lower, skip: 1 });
    } else if ((t.lower === 'and' || t.lower === 'but') && prev?.text === ',' && startsClause(tokens, i + 1, tokenEnd)) {
      cuts.push({ at: i, kind: 'coordinate', opener: t.lower, skip: 1 });
    } else if (t.text === ',' && openingSubordinate(cuts, tokenStart, tokens, i) && startsClause(tokens, i + 1, tokenEnd)) {
      // "If X meets Y, Z will object": the comma closes a sentence-initial subordinate clause.
      cuts.push({ at: i, kind: 'main', opener: null, skip: 1 });
    }
  }
  const clauses: Clause[] = [];
  let start = tokenStart;
  let kind: ClauseKind = 'main';
  let opener: string | null = null;
  const first = tokens[tokenStart];
  if (first && first.pos === 'VERB' && first.lower.endsWith('ing')) kind = 'participial';
  if (first && first.lower === 'having') kind = 'participial';
  const push = (end: number) => {
    if (end > start) clauses.push({ start, end, kind, opener, verbGroups: verbGroups(tokens, start, end) });
  };
  for (const cut of cuts) {
    if (cut.at < start) continue;
    push(cut.at);
    start = cut.at + cut.skip;
    kind = cut.kind;
    opener = cut.opener;
  }
  push(tokenEnd);
  return resumeMainClauses(tokens, clauses);
}

/**
 * "The rebels who attacked Turkish troops were arrested by police": a second finite verb in a relative clause,
 * with no conjunction before it, is the main clause resuming; its subject is the relative's antecedent.
 */
function resumeMainClauses(tokens: Token[], clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const second = clause.verbGroups[1];
    if (clause.kind !== 'relative' || !second || !second.finite) {
      out.push(clause);
      continue;
    }
    let joined = false;
    for (let i = clause.verbGroups[0]!.end; i < second.start; i++) if (/^(?:and|or|but|,)$/.test(tokens[i]!.lower)) joined = true;
    if (joined) {
      out.push(clause);
      continue;
    }
    out.push({ ...clause, end: second.start, verbGroups: clause.verbGroups.slice(0, 1) });
    out.push({ start: second.start, end: clause.end, kind: 'resumed', opener: null, verbGroups: clause.verbGroups.slice(1), pronoun: clause.start - 1 });
  }
  return out;
}
