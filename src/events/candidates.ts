import type { EventStatus, Mention, Sentence, Token } from '../model/index.js';
import { accusations } from './accusations.js';
import { isCompoundParticiple, looksPastParticiple, splitClauses, type Clause, type VerbGroup } from './clauses.js';
import type { Lexicon } from './lexicon/types.js';
import { createVocabulary, matchPattern, passiveElements, stampVocabulary, wordsPresent, type PatternMatch, type Vocabulary } from './match.js';
import { doneToPeople } from './patients.js';
import { verbPatterns, verbsTaggedAsNouns } from './repairs.js';
import { chainOf, dateScopeOf, governorsOf } from './scope.js';
import { bindSlot, isActor, type MentionIndex } from './slots.js';
import { SPEECH_VERBS, statementPattern } from './statements.js';
import { nounStatus, verbStatus, type Governors } from './status.js';
import { requests } from './requests.js';
import { STANDALONE_ROOTS, reportsOccurrence } from './standalone.js';
import { relativeAntecedent, subjectBefore, subjectIn } from './subject.js';

/** An event proposed by one pattern match, before refiners pair, merge and filter. */
export interface Candidate {
  sentence: number;
  trigger: number;
  match: PatternMatch;
  sources: number[];
  targets: number[];
  status: EventStatus;
  clauseStart: number;
  clauseEnd: number;
  /** How the source was found: `subject`, `by-agent`, `slot`, `possessor`, `inherited`, `relative`, `implied`, `elaborated`. */
  sourceHow: string;
  /** How the target was found: `slot`, `passive subject`, `listener`, `reciprocal`, `named in the clause`. */
  targetHow?: string;
  nominal: boolean;
  /** The event is done to people the text names without an actor ("two women were abducted", "arrested 40 activists"). */
  patient?: boolean;
  /** Token ranges whose dates may date this event when its own clause has none. */
  dateScope: [number, number][];
  /** Events of one temporal clause and the clauses hanging on it share a date ("after X toppled Y, who fled"); -1 if none. */
  chain: number;
}

/** What one sentence is coded from. */
export interface SentenceInput {
  tokens: Token[];
  mentions: Mention[];
  index: MentionIndex;
  lexicon: Lexicon;
}

/** A sentence's input with its tokens as the coder reads them and their words, to skip patterns cheaply. */
interface CodingInput extends SentenceInput {
  vocabulary: Vocabulary;
}

/** Propose events for one sentence: verb patterns in each clause, then noun patterns. */
export function sentenceCandidates(raw: SentenceInput, sentence: Sentence): Candidate[] {
  return documentCandidates(raw, [sentence]);
}

/**
 * Propose events for the sentences of one document. Each sentence is read with its own repairs of the tagger's
 * mistakes (`verbsTaggedAsNouns`), applied to one working copy of the tokens and undone after it.
 */
export function documentCandidates(raw: SentenceInput, sentences: Sentence[]): Candidate[] {
  const working = [...raw.tokens];
  const out: Candidate[] = [];
  const input: CodingInput = { ...raw, tokens: working, vocabulary: createVocabulary(raw.lexicon.words) };
  for (const [s, sentence] of sentences.entries()) {
    const repairs = verbsTaggedAsNouns(raw, sentence);
    for (const t of repairs) working[t.index] = t;
    stampVocabulary(input.vocabulary, working, sentence.tokenStart, sentence.tokenEnd, s);
    for (const candidate of candidatesIn(input, sentence)) out.push(candidate);
    for (const t of repairs) working[t.index] = raw.tokens[t.index]!;
  }
  return out;
}

function candidatesIn(input: CodingInput, sentence: Sentence): Candidate[] {
  const { tokens, mentions, index } = input;
  const clauses = splitClauses(tokens, sentence);
  const out: Candidate[] = [];
  const subjects: number[][] = [];
  const clauseStatus: EventStatus[] = [];
  /** Per clause: where its first verb group ends, so nouns after it are its objects. */
  const objectsFrom: number[] = [];

  clauses.forEach((clause, c) => {
    let clauseSubject: number[] = [];
    clause.verbGroups.forEach((stated, g) => {
      const left = g > 0 ? clause.verbGroups[g - 1]!.end : clause.start;
      // "There were ten soldiers killed": the participle is passive, and the noun phrase after "there were" its subject.
      const afterThere = g === 0 ? existential(tokens, left, stated) : -1;
      const group = afterThere >= 0 ? { ...stated, passive: true } : stated;
      // A later verb's subject is the phrase just before it; the stretch before it also holds the earlier verb's object.
      let subject = g > 0 ? subjectBefore(tokens, mentions, index, left, group.start) : subjectIn(tokens, mentions, index, afterThere >= 0 ? afterThere : left, group.start);
      let how = 'subject';
      if (subject.length === 0 && g === 0) {
        ({ subject, how } = inheritedSubject(input, clauses, subjects, c));
      }
      // A later verb shares the clause's subject ("fled to Russia and was granted asylum", "gathered to urge"), but not
      // across a "that" the clause was not cut at ("reports that 460 patients had been killed"), nor right after a verb
      // of saying and a noun phrase of its own ("the spokesman said attackers detonated a car bomb").
      if (subject.length === 0 && g > 0 && !thatBetween(tokens, left, group.start) && !reportedAfter(tokens, clause.verbGroups[g - 1]!, group.start)) {
        subject = clauseSubject;
        how = 'inherited';
      }
      if (g === 0) clauseSubject = subject;
      // Patterns may run past a later verb ("urged Iran to release"); slots never cross one.
      const candidate = verbCandidate(input, sentence, clause, group, subject, how, clause.end, clauses[c - 1] ?? null, governorsOf(tokens, clauses, c, group));
      if (candidate) out.push({ ...candidate, dateScope: dateScopeOf(clauses, c), chain: chainOf(clauses, c, sentence.index) });
    });
    subjects.push(clauseSubject);
    objectsFrom.push(clause.verbGroups[0]?.end ?? clause.end);
    const firstGroup = clause.verbGroups[0];
    clauseStatus.push(firstGroup ? verbStatus(tokens, clause, firstGroup, firstGroup.verbs[0]!, sentence.tokenEnd, governorsOf(tokens, clauses, c, firstGroup)) : 'occurred');
  });

  // "lifted sanctions on Syria": a noun inside what a verb pattern matched is that verb's object, not an event.
  const verbal = out.slice();
  const insideVerbMatch = (i: number): boolean => {
    for (const v of verbal) if (i > v.trigger && i < v.match.end) return true;
    return false;
  };
  clauses.forEach((clause, c) => {
    for (let i = clause.start; i < clause.end; i++) {
      const token = tokens[i]!;
      // "military support for Assad": a noun pattern may start on an adjective.
      if (token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'ADJ') continue;
      const patterns = input.lexicon.nouns.get(token.lemma) ?? input.lexicon.nouns.get(token.lower);
      if (!patterns || insideVerbMatch(i)) continue;
      // The subject of a light verb does the nominal event: "Syria pursued outreach to X", "held talks with X".
      const doer = i >= objectsFrom[c]! ? subjects[c]! : [];
      const candidate = nounCandidate(input, sentence, clause, i, patterns, clauseStatus[c]!, doer, out);
      if (candidate) out.push({ ...candidate, dateScope: dateScopeOf(clauses, c), chain: chainOf(clauses, c, sentence.index) });
    }
  });
  out.push(...accusations(input, sentence, clauses, subjects, out));
  for (const r of requests(input, sentence, clauses, subjects)) out.push({ ...r, dateScope: [[r.clauseStart, r.clauseEnd]], chain: -1 });
  return out;
}

/**
 * Does a verb of saying end the group before, and a noun phrase of its own stand right before `start`, as the
 * reported verb's subject ("said attackers detonated", "told VOA five people had been killed")? A pronoun is the
 * speaker again ("said it expelled", "said his forces had killed"); "claimed responsibility for killing" reports nothing.
 */
function reportedAfter(tokens: Token[], previous: VerbGroup, start: number): boolean {
  if (!SPEECH_VERBS.has(tokens[previous.verbs[previous.verbs.length - 1]!]!.lemma)) return false;
  for (let k = previous.end; k < start; k++) if (tokens[k]!.pos === 'PRON') return false;
  const before = tokens[start - 1];
  return before !== undefined && start - 1 >= previous.end && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM');
}

/** Does a "that" opening a clause stand between the verb groups ending at `left` and starting at `start` ("to that end" does not)? */
function thatBetween(tokens: Token[], left: number, start: number): boolean {
  for (let k = left; k < start; k++) if (tokens[k]!.lower === 'that' && tokens[k - 1]?.pos !== 'ADP') return true;
  return false;
}

/** Where the noun phrase of "there were ten soldiers killed" starts, or -1 when the group is no such participle. */
function existential(tokens: Token[], from: number, group: VerbGroup): number {
  if (group.passive || group.verbs.length !== 1 || group.start !== group.verbs[0] || !looksPastParticiple(tokens[group.start]!)) return -1;
  for (let i = from; i < group.start - 2; i++) {
    if (tokens[i]!.lower === 'there' && tokens[i + 1]!.lemma === 'be') return i + 2;
  }
  return -1;
}

function inheritedSubject(
  input: SentenceInput, clauses: Clause[], subjects: number[][], c: number,
): { subject: number[]; how: string } {
  const clause = clauses[c]!;
  if (clause.kind === 'relative' || clause.kind === 'resumed') return { subject: relativeAntecedent(input.tokens, input.mentions, input.index, clause), how: 'relative' };
  if ((clause.kind === 'coordinate' || clause.kind === 'participial' || clause.kind === 'parenthetical') && c > 0) {
    for (let k = c - 1; k >= 0; k--) if (subjects[k]!.length > 0) return { subject: subjects[k]!, how: 'inherited' };
  }
  // A sentence that opens with a participle ("Having addressed the UN, Sharaa ...") takes the main clause's subject.
  if (clause.kind === 'participial' && c === 0 && clauses[1]) {
    const next = clauses[1];
    const until = next.verbGroups[0]?.start ?? next.end;
    return { subject: subjectIn(input.tokens, input.mentions, input.index, next.start, until), how: 'inherited' };
  }
  return { subject: [], how: 'none' };
}

function verbCandidate(
  input: CodingInput, sentence: Sentence, clause: Clause, group: VerbGroup, subject: number[], how: string, end: number,
  previous: Clause | null, governors: Governors,
): Omit<Candidate, 'dateScope' | 'chain'> | null {
  const { tokens, mentions, index, lexicon } = input;
  // A gerund that is itself the subject ("engaging Damascus remains a way") codes nothing.
  const gerund = input.tokens[group.verbs[0]!]!.lower.endsWith('ing') && !group.finite;
  if (gerund && clause.kind === 'main' && clause.verbGroups[0] === group && clause.verbGroups.length > 1) return null;
  let best: { match: PatternMatch; head: number; passive: boolean; subjectIs: 'agent' | 'target' | 'theme' } | null = null;
  for (const head of group.verbs) {
    const patterns = verbPatterns(lexicon, tokens[head]!);
    if (!patterns) continue;
    const passive = group.passive && head === group.verbs[group.verbs.length - 1];
    for (const pattern of patterns) {
      if (best && pattern.specificity <= best.match.pattern.specificity) break;
      if (!wordsPresent(pattern, input.vocabulary)) continue;
      let match: PatternMatch | null = null;
      let subjectIs: 'agent' | 'target' | 'theme' = 'agent';
      if (passive) {
        // "Assad was granted asylum": the subject fills the object slot. "Grenades were hurled at a patrol": the
        // subject is what was used, and the pattern's words may be found in it.
        const first = pattern.elements.find((e) => !(e.kind === 'word' && e.optional));
        const elements = passiveElements(pattern);
        const theme = { start: clause.start, end: group.start };
        const asTarget = () => (elements ? matchPattern({ tokens, mentions, index, end }, pattern, elements, head + 1) : null);
        const asTheme = () => matchPattern({ tokens, mentions, index, end, theme }, pattern, pattern.elements, head + 1);
        if (first?.kind === 'slot') {
          match = asTarget();
          subjectIs = match ? 'target' : 'theme';
          match ??= asTheme();
        } else {
          match = asTheme();
          subjectIs = match ? 'theme' : 'target';
          match ??= asTarget();
        }
      }
      match ??= matchPattern({ tokens, mentions, index, end }, pattern, pattern.elements, head + 1);
      if (match) {
        best = { match, head, passive, subjectIs };
        break;
      }
    }
  }
  if (!best) {
    // A speaker's statement, kept as a fallback that refiners drop when the sentence codes anything else.
    const verb = tokens[group.verbs[group.verbs.length - 1]!]!;
    if (!SPEECH_VERBS.has(verb.lemma) || group.passive || subject.length === 0) return null;
    const listener = verb.lemma === 'tell' ? bindSlot(tokens, mentions, index, group.end, end, false) : null;
    const pattern = statementPattern(verb.lemma);
    return {
      sentence: sentence.index, trigger: group.verbs[group.verbs.length - 1]!, match: { pattern, source: null, target: null, end: group.end },
      sources: subject.filter((m) => isActor(mentions[m]!)), targets: listener?.mentions.filter((m) => isActor(mentions[m]!)) ?? [],
      status: verbStatus(tokens, clause, group, group.verbs[group.verbs.length - 1]!, sentence.tokenEnd, governors),
      clauseStart: clause.start, clauseEnd: end, sourceHow: how, targetHow: 'listener', nominal: false,
    };
  }
  const { match, head, passive, subjectIs } = best;
  let sources = match.source ?? subject;
  let targets = match.target ?? [];
  let sourceHow = match.source ? 'slot' : how;
  let targetHow = 'slot';
  // "Georgian rebels received weapons from Russia": a pattern whose source is a slot acts on the subject.
  if (match.source && !match.target && !passive) {
    targets = subject.filter((m) => isActor(mentions[m]!));
    targetHow = `subject (${how})`;
  }
  if (passive) {
    if (subjectIs === 'target') {
      targets = subject;
      targetHow = `passive subject (${how})`;
    }
    sources = byAgent(tokens, index, mentions, match.end, end) ?? [];
    sourceHow = 'by-agent';
    if (sources.length === 0 && clause.kind === 'coordinate' && previous) {
      // "fled to Russia and was granted asylum": the country gone to is the one that granted it.
      sources = destination(tokens, index, mentions, previous);
      sourceHow = 'implied';
    }
  }
  // With no actor as target, the people it was done to: the passive subject, or the object.
  const patient = targets.length === 0
    && (passive && subjectIs === 'target' ? doneToPeople(match.pattern.cameo, tokens, clause.start, group.start) : doneToPeople(match.pattern.cameo, tokens, head + 1, match.end));
  return {
    sentence: sentence.index, trigger: head, match, sources: sources.filter((m) => isActor(mentions[m]!) || mentions[m]!.kind === 'place'),
    targets, status: verbStatus(tokens, clause, group, head, sentence.tokenEnd, governors), clauseStart: clause.start, clauseEnd: end,
    sourceHow, targetHow, nominal: false, ...(patient ? { patient } : {}),
  };
}

/** The country an earlier clause went to: "fled to Russia", "moved into Lebanon". */
function destination(tokens: Token[], index: MentionIndex, mentions: Mention[], clause: Clause): number[] {
  for (let i = clause.start; i < clause.end - 1; i++) {
    if (tokens[i]!.lower !== 'to' && tokens[i]!.lower !== 'into') continue;
    const m = index[i + 1]!;
    if (m >= 0 && mentions[m]!.country && (mentions[m]!.kind === 'country' || mentions[m]!.kind === 'place')) return [m];
  }
  return [];
}

/** "by Russia": the agent of a passive verb. */
function byAgent(tokens: Token[], index: MentionIndex, mentions: Mention[], from: number, to: number): number[] | null {
  for (let i = from; i < to - 1; i++) {
    if (tokens[i]!.lower !== 'by') continue;
    const m = index[i + 1]! >= 0 ? index[i + 1]! : index[i + 2] ?? -1;
    if (m >= 0 && isActor(mentions[m]!)) return [m];
  }
  return null;
}

function nounCandidate(
  input: CodingInput, sentence: Sentence, clause: Clause, head: number, patterns: NonNullable<ReturnType<Lexicon['nouns']['get']>>,
  clauseStatus: EventStatus, doer: number[], earlier: Candidate[],
): Omit<Candidate, 'dateScope' | 'chain'> | null {
  const { tokens, mentions, index } = input;
  for (const pattern of patterns) {
    if (!wordsPresent(pattern, input.vocabulary)) continue;
    const match = matchPattern({ tokens, mentions, index, end: clause.end }, pattern, pattern.elements, head + 1);
    if (!match) continue;
    // "the protest movement": a noun that only modifies the noun after it names no event.
    if (match.end === head + 1 && tokens[head + 1]?.pos === 'NOUN') continue;
    const npStart = nounPhraseStart(tokens, head, clause.start);
    let sources = match.source ?? [];
    let sourceHow = 'slot';
    if (!match.source) {
      sources = ledBy(tokens, index, mentions, npStart, head);
      sourceHow = 'by-agent';
      if (sources.length === 0) {
        sources = possessor(tokens, index, mentions, npStart, head);
        sourceHow = 'possessor';
      }
      // An aside that elaborates an earlier event is not the object of the clause's verb.
      if (sources.length === 0) {
        sources = elaboratedSources(tokens, npStart, earlier);
        sourceHow = 'elaborated';
      }
      if (sources.length === 0) {
        sources = doer;
        sourceHow = 'subject';
      }
    }
    const targets = match.target ?? [];
    // A protest, a bombing or a clash is news without both sides named; a bare noun ("protests") must be
    // reported as having happened ("protests were held").
    const standalone = STANDALONE_ROOTS.has(pattern.cameo.slice(0, 2))
      && (pattern.specificity >= 2 || reportsOccurrence(tokens, clause));
    if (!standalone && (sources.length === 0 || targets.length === 0)) continue;
    return {
      sentence: sentence.index, trigger: head, match, sources, targets, status: nounStatus(tokens, npStart, head, clauseStatus),
      clauseStart: clause.start, clauseEnd: clause.end, sourceHow, nominal: true,
    };
  }
  return null;
}

/** Words that open an aside naming part of what was just said: "support for Assad - including airstrikes ...". */
const ELABORATION_OPENERS = new Set(['including', 'notably']);
/** What may stand between an event and the aside that elaborates it. */
const ASIDE_PUNCTUATION = new Set([',', '-', '—', '–', '(', ':']);

/**
 * "Russia's years of military support for Assad - including airstrikes against opposition groups": a nominal event
 * in an aside that elaborates the event just before it is done by that event's source.
 */
function elaboratedSources(tokens: Token[], npStart: number, earlier: Candidate[]): number[] {
  const opener = npStart - 1;
  const t = tokens[opener];
  const suchAs = t?.lower === 'as' && tokens[opener - 1]?.lower === 'such';
  if (!t || !(ELABORATION_OPENERS.has(t.lower) || suchAs)) return [];
  let before = suchAs ? opener - 1 : opener;
  while (before > 0 && ASIDE_PUNCTUATION.has(tokens[before - 1]!.text)) before--;
  const elaborated = earlier.findLast((e) => e.sentence === t.sentence && e.match.end === before);
  return elaborated?.sources ?? [];
}

function nounPhraseStart(tokens: Token[], head: number, from: number): number {
  let i = head;
  while (i > from) {
    const t = tokens[i - 1]!;
    // "face-to-face" is three tokens and one modifier: a token glued to its neighbours by hyphens belongs.
    const hyphenated = t.end === tokens[i]!.start && (tokens[i]!.text === '-' || t.text === '-');
    if (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(t.pos) || t.lower === "'s" || t.text === '-' || hyphenated
      || isCompoundParticiple(tokens, i - 1)) i--;
    else break;
  }
  return i;
}

/** Participles that make the name closed up before them the doer: "the Hamas-led attack" ("backed", "brokered" do not). */
const AGENTIVE_COMPOUNDS = new Set([
  'led', 'launched', 'staged', 'organised', 'organized', 'orchestrated', 'spearheaded', 'initiated', 'mounted', 'conducted',
  'planned', 'coordinated', 'executed', 'perpetrated', 'claimed', 'imposed', 'enforced', 'instigated',
]);

/** "the Hamas-led attack", "a U.S.-imposed embargo": the actor closed up before an agentive participle in the noun phrase. */
function ledBy(tokens: Token[], index: MentionIndex, mentions: Mention[], from: number, head: number): number[] {
  for (let i = head - 1; i >= from + 2; i--) {
    if (!AGENTIVE_COMPOUNDS.has(tokens[i]!.lower) || !isCompoundParticiple(tokens, i)) continue;
    const m = index[i - 2] ?? -1;
    if (m >= 0 && isActor(mentions[m]!)) return [m];
  }
  return [];
}

/** "Sharaa's first face-to-face meeting": the actor whose 's opens the noun phrase. */
function possessor(tokens: Token[], index: MentionIndex, mentions: Mention[], from: number, head: number): number[] {
  // "Russia's years of military support for Assad": the possessor of a span of time owns what fills it.
  let start = from;
  if (tokens[from - 1]?.lower === 'of' && DURATIONS.has(tokens[from - 2]?.lemma ?? '')) {
    start = from - 2;
    while (start > 0 && ['ADJ', 'NUM', 'DET'].includes(tokens[start - 1]!.pos)) start--;
    if (tokens[start - 1]?.lower === "'s") start -= 1;
  }
  for (let i = head - 1; i >= start; i--) {
    if (tokens[i]!.lower !== "'s") continue;
    const m = index[i - 1] ?? -1;
    if (m >= 0 && isActor(mentions[m]!)) return [m];
  }
  return [];
}

const DURATIONS = new Set(['year', 'decade', 'month', 'week', 'day', 'history', 'record', 'campaign']);
