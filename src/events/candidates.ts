import type { EventStatus, Mention, Sentence, Token } from '../model/index.js';
import { looksPastParticiple, splitClauses, type Clause, type VerbGroup } from './clauses.js';
import type { Lexicon, Pattern } from './lexicon/types.js';
import { matchPattern, passiveElements, type PatternMatch } from './match.js';
import { bindSlot, isActor, type MentionIndex } from './slots.js';
import { SPEECH_VERBS, accusationPattern, claimPattern, statementPattern } from './statements.js';
import { nounStatus, verbStatus, type Governors } from './status.js';
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
  /** How the source was found: `subject`, `by-agent`, `slot`, `possessor`, `inherited`, `relative`, `implied`. */
  sourceHow: string;
  /** How the target was found: `slot`, `passive subject`, `listener`. */
  targetHow?: string;
  nominal: boolean;
  /** The event is done to people the text names without an actor ("two women were abducted", "arrested 40 activists"). */
  patient?: boolean;
  /** Token ranges whose dates may date this event when its own clause has none. */
  dateScope: [number, number][];
  /** Events of one temporal clause and the clauses hanging on it share a date ("after X toppled Y, who fled"); -1 if none. */
  chain: number;
}

/** Clauses that date another event than the main one: "after rebels toppled Assad" is not dated by the main clause. */
const TEMPORAL_OPENERS = new Set(['after', 'before', 'since', 'until', 'while', 'when', 'once']);

const ATTACHED: ReadonlySet<string> = new Set(['relative', 'coordinate', 'participial', 'parenthetical']);

/** The temporal clause an event's clause hangs on, as a chain id, or -1. */
function chainOf(clauses: Clause[], c: number, sentence: number): number {
  let head = c;
  while (head > 0 && ATTACHED.has(clauses[head]!.kind)) head--;
  const opener = clauses[head]!.opener;
  return opener && TEMPORAL_OPENERS.has(opener) ? sentence * 1000 + head : -1;
}

function dateScopeOf(clauses: Clause[], c: number): [number, number][] {
  const own = clauses[c]!;
  if (own.opener && TEMPORAL_OPENERS.has(own.opener)) return [[own.start, own.end]];
  return clauses.filter((k) => !(k.opener && TEMPORAL_OPENERS.has(k.opener))).map((k) => [k.start, k.end]);
}

interface SentenceInput {
  tokens: Token[];
  mentions: Mention[];
  index: MentionIndex;
  lexicon: Lexicon;
}

/** Propose events for one sentence: verb patterns in each clause, then noun patterns. */
export function sentenceCandidates(raw: SentenceInput, sentence: Sentence): Candidate[] {
  const input = { ...raw, tokens: verbsTaggedAsNouns(raw, sentence) };
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
      if (subject.length === 0 && g > 0) {
        subject = clauseSubject;
        how = 'inherited';
      }
      if (g === 0) clauseSubject = subject;
      const nextGroup = clause.verbGroups[g + 1];
      // Patterns may run past a later verb ("urged Iran to release"); slots never cross one.
      void nextGroup;
      const candidate = verbCandidate(input, sentence, clause, group, subject, how, clause.end, clauses[c - 1] ?? null, governorsOf(tokens, clauses, c, group));
      if (candidate) out.push({ ...candidate, dateScope: dateScopeOf(clauses, c), chain: chainOf(clauses, c, sentence.index) });
    });
    subjects.push(clauseSubject);
    objectsFrom.push(clause.verbGroups[0]?.end ?? clause.end);
    const firstGroup = clause.verbGroups[0];
    clauseStatus.push(firstGroup ? verbStatus(tokens, clause, firstGroup, firstGroup.verbs[0]!, sentence.tokenEnd, governorsOf(tokens, clauses, c, firstGroup)) : 'occurred');
  });

  clauses.forEach((clause, c) => {
    for (let i = clause.start; i < clause.end; i++) {
      const token = tokens[i]!;
      // "military support for Assad": a noun pattern may start on an adjective.
      if (token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'ADJ') continue;
      // "lifted sanctions on Syria": a noun inside what a verb pattern matched is that verb's object, not an event.
      if (out.some((v) => !v.nominal && v.sentence === sentence.index && i > v.trigger && i < v.match.end)) continue;
      const patterns = input.lexicon.nouns.get(token.lemma) ?? input.lexicon.nouns.get(token.lower);
      if (!patterns) continue;
      // The subject of a light verb does the nominal event: "Syria pursued outreach to X", "held talks with X".
      const doer = i >= objectsFrom[c]! ? subjects[c]! : [];
      const candidate = nounCandidate(input, sentence, clause, i, patterns, clauseStatus[c]!, doer);
      if (candidate) out.push({ ...candidate, dateScope: dateScopeOf(clauses, c), chain: chainOf(clauses, c, sentence.index) });
    }
  });
  out.push(...accusations(input, sentence, clauses, subjects, out));
  return out;
}

/**
 * "X alleged that Y ...", "X charged that Y ...", "X claimed that Y attacked Z": besides what the that-clause
 * reports, the speaker accuses its subject (112). "allege" and "charge that" accuse by their meaning; "claim" only
 * when the clause reports a conflict event (roots 11-20) done by its subject. "X claimed that they attacked Y", a
 * conflict event with no named doer after a pronoun, is X claiming responsibility (015).
 */
function accusations(input: SentenceInput, sentence: Sentence, clauses: Clause[], subjects: number[][], found: Candidate[]): Candidate[] {
  const { tokens, mentions } = input;
  const out: Candidate[] = [];
  clauses.forEach((clause, c) => {
    const before = clauses[c - 1];
    const group = before?.verbGroups[before.verbGroups.length - 1];
    if (clause.kind !== 'complement' || !before || !group) return;
    const verb = group.verbs[group.verbs.length - 1]!;
    const lemma = tokens[verb]!.lemma;
    if (!ACCUSING.has(lemma)) return;
    // "alleged that France was aware": a that-clause with no verb group still has a subject.
    const subject = subjects[c]!.length > 0 ? subjects[c]! : subjectIn(tokens, mentions, input.index, clause.start, clause.end);
    const accused = subject.filter((m) => isActor(mentions[m]!));
    const speaker = subjects[c - 1]!.filter((m) => isActor(mentions[m]!));
    const status = verbStatus(tokens, before, group, verb, sentence.tokenEnd, governorsOf(tokens, clauses, c - 1, group));
    const common = {
      sentence: sentence.index, trigger: verb, status, clauseStart: before.start, clauseEnd: clause.end, sourceHow: 'subject', nominal: false,
      dateScope: dateScopeOf(clauses, c - 1), chain: chainOf(clauses, c - 1, sentence.index),
    };
    // "The rebels claimed that they had attacked the base": a claim of one's own attack is a claim of responsibility.
    if (lemma === 'claim' && accused.length === 0 && SELF.has(tokens[clause.start]!.lower) && speaker.length > 0) {
      const own = found.find((k) => k.clauseStart === clause.start && k.match.pattern.cameo >= '14' && k.sources.length === 0);
      if (own) out.push({ ...common, match: { pattern: claimPattern(), source: null, target: null, end: group.end }, sources: speaker, targets: own.targets, targetHow: 'target of the claimed event' });
      return;
    }
    if (accused.length === 0 || accused.some((m) => speaker.includes(m))) return;
    const conflict = found.some((k) => k.clauseStart === clause.start && k.match.pattern.cameo >= '11' && k.sources.some((m) => accused.includes(m)));
    if (lemma === 'claim' && !conflict) return;
    out.push({ ...common, match: { pattern: accusationPattern(lemma), source: null, target: null, end: group.end }, sources: speaker, targets: accused, targetHow: 'that-clause subject' });
  });
  return out;
}

/** Verbs whose that-clause accuses its subject. */
const ACCUSING: ReadonlySet<string> = new Set(['allege', 'charge', 'claim']);
/** Pronouns by which a that-clause may speak of its speaker ("X claimed that they ..."). */
const SELF: ReadonlySet<string> = new Set(['they', 'it', 'he', 'she', 'we']);

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
  input: SentenceInput, sentence: Sentence, clause: Clause, group: VerbGroup, subject: number[], how: string, end: number,
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
  const patient = targets.length === 0 && PATIENT_CODES.test(match.pattern.cameo)
    && (passive && subjectIs === 'target' ? namesPeople(tokens, clause.start, group.start) : namesPeople(tokens, head + 1, match.end));
  return {
    sentence: sentence.index, trigger: head, match, sources: sources.filter((m) => isActor(mentions[m]!) || mentions[m]!.kind === 'place'),
    targets, status: verbStatus(tokens, clause, group, head, sentence.tokenEnd, governors), clauseStart: clause.start, clauseEnd: end,
    sourceHow, targetHow, nominal: false, ...(patient ? { patient } : {}),
  };
}

/**
 * Codes whose event stands with people as its patient even when no actor is named: coercion (arrests, deportation,
 * repression) and abductions, beatings, sexual violence and torture. Killings are left out: "ten people were
 * killed" is as often an accident or a crime.
 */
const PATIENT_CODES = /^(?:17|181|182)/;

/** Nouns for people, which an event may be done to without naming an actor. */
const PEOPLE = new Set([
  'people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'girl', 'girls', 'boy', 'boys', 'child', 'children', 'activist',
  'activists', 'protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'student', 'students',
  'journalist', 'journalists', 'civilian', 'civilians', 'villager', 'villagers', 'resident', 'residents', 'worker', 'workers',
  'individual', 'individuals', 'leader', 'leaders', 'member', 'members', 'supporter', 'supporters', 'suspect', 'suspects', 'farmer',
  'farmers', 'teacher', 'teachers', 'priest', 'priests', 'mother', 'daughter', 'son', 'wife', 'victim', 'victims', 'detainee',
  'detainees', 'prisoner', 'prisoners', 'teenager', 'teenagers', 'youth', 'youths', 'migrant', 'migrants', 'refugee', 'refugees',
]);

function namesPeople(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'NOUN' && PEOPLE.has(tokens[i]!.lower)) return true;
  return false;
}

/** What governs a verb group: "expect" in "Analysts expect X to meet Y", "denied" in "denied that X attacked". */
function governorsOf(tokens: Token[], clauses: Clause[], c: number, group: VerbGroup): Governors {
  const clause = clauses[c]!;
  const k = clause.verbGroups.indexOf(group);
  const infinitive = tokens[group.start - 1]?.lower === 'to' && k > 0 ? clause.verbGroups[k - 1]! : null;
  let complementOf: string | null = null;
  if (clause.kind === 'complement' && c > 0) {
    const groups = clauses[c - 1]!.verbGroups;
    const last = groups[groups.length - 1];
    if (last) complementOf = tokens[last.verbs[last.verbs.length - 1]!]!.lemma;
  }
  return { infinitive, complementOf };
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
  input: SentenceInput, sentence: Sentence, clause: Clause, head: number, patterns: NonNullable<ReturnType<Lexicon['nouns']['get']>>,
  clauseStatus: EventStatus, doer: number[],
): Omit<Candidate, 'dateScope' | 'chain'> | null {
  const { tokens, mentions, index } = input;
  for (const pattern of patterns) {
    const match = matchPattern({ tokens, mentions, index, end: clause.end }, pattern, pattern.elements, head + 1);
    if (!match) continue;
    // "the protest movement": a noun that only modifies the noun after it names no event.
    if (match.end === head + 1 && tokens[head + 1]?.pos === 'NOUN') continue;
    const npStart = nounPhraseStart(tokens, head, clause.start);
    let sources = match.source ?? [];
    let sourceHow = 'slot';
    if (!match.source) {
      sources = possessor(tokens, index, mentions, npStart, head);
      sourceHow = 'possessor';
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

function nounPhraseStart(tokens: Token[], head: number, from: number): number {
  let i = head;
  while (i > from) {
    const t = tokens[i - 1]!;
    // "face-to-face" is three tokens and one modifier: a token glued to its neighbours by hyphens belongs.
    const hyphenated = t.end === tokens[i]!.start && (tokens[i]!.text === '-' || t.text === '-');
    if (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(t.pos) || t.lower === "'s" || t.text === '-' || hyphenated) i--;
    else break;
  }
  return i;
}

/** "Sharaa's first face-to-face meeting": the actor whose 's opens the noun phrase. */
function possessor(tokens: Token[], index: MentionIndex, mentions: Mention[], from: number, head: number): number[] {
  for (let i = head - 1; i >= from; i--) {
    if (tokens[i]!.lower !== "'s") continue;
    const m = index[i - 1] ?? -1;
    if (m >= 0 && isActor(mentions[m]!)) return [m];
  }
  return [];
}

const OBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", "'d"]);

/**
 * "Russian troops attack Syria": a noun that heads a verb pattern, right after a noun phrase and before an object
 * (or, in a headline with no verb, before a preposition: "Syrian forces clash with rioters"), is read as the verb the
 * tagger missed. The document's tokens are not changed.
 */
function verbsTaggedAsNouns(input: SentenceInput, sentence: Sentence): Token[] {
  const { tokens, lexicon } = input;
  let patched: Token[] | null = null;
  // A headline with no verb at all ("Syrian forces clash with rioters"): its verb was taken for a noun.
  let verbless = true;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && verbless; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') verbless = false;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    const objectNext = OBJECT_START.has(next.pos) || (verbless && next.pos === 'ADP');
    if (t.pos === 'NOUN' && lexicon.verbs.has(t.lemma) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && objectNext) {
      patched ??= [...tokens];
      patched[i] = { ...t, pos: 'VERB' };
    } else if (t.pos === 'ADJ' && (MODALS.has(prev.lower) || prev.lower === 'to') && lexicon.verbs.has(t.lower)) {
      // "Israel would free the prisoners", "agreed to free": a verb after a modal or "to" tagged as an adjective.
      patched ??= [...tokens];
      patched[i] = { ...t, pos: 'VERB', lemma: t.lower };
    } else if (t.pos === 'ADJ' && t.lower.endsWith('ed') && next.lower === 'that' && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) {
      // "the report alleged that France ...": a verb of saying tagged as an adjective before its that-clause.
      const lemma = participleLemma(t.lower, (l) => ACCUSING.has(l) || SPEECH_VERBS.has(l) || lexicon.verbs.has(l));
      if (lemma) {
        patched ??= [...tokens];
        patched[i] = { ...t, pos: 'VERB', lemma };
      }
    } else if (t.pos === 'ADJ' && prev.pos === 'AUX' && prev.lemma === 'be' && t.lower.endsWith('ed')) {
      // "shops have been looted": a participle after "be" tagged as an adjective.
      const lemma = participleLemma(t.lower, (l) => lexicon.verbs.has(l));
      if (lemma) {
        patched ??= [...tokens];
        patched[i] = { ...t, pos: 'VERB', lemma };
      }
    }
  }
  return patched ?? tokens;
}

/**
 * The patterns of a verb, by its lemma or, where the tagger's lemma is wrong for a regular past form ("raped" given
 * as "rap"), by the lemma the form itself gives.
 */
function verbPatterns(lexicon: Lexicon, token: Token): Pattern[] | undefined {
  const patterns = lexicon.verbs.get(token.lemma);
  if (patterns || !token.lower.endsWith('ed')) return patterns;
  const lemma = participleLemma(token.lower, (l) => lexicon.verbs.has(l));
  return lemma ? lexicon.verbs.get(lemma) : undefined;
}

/** The verb a regular participle comes from, if the lexicon knows it: looted → loot, seized → seize, stopped → stop. */
function participleLemma(word: string, known: (lemma: string) => boolean): string | null {
  const stem = word.slice(0, -2);
  const candidates = [stem, word.slice(0, -1), stem.slice(0, -1), stem.endsWith('i') ? stem.slice(0, -1) + 'y' : ''];
  return candidates.find((c) => c.length > 1 && known(c)) ?? null;
}
