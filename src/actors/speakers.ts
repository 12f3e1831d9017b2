import type { Mention, Sentence, Token } from '../model/index.js';
import { rootOf, type Links } from './links.js';
import { isCapitalised } from './words.js';

const SPEECH = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'explained', 'insisted', 'insists',
  'noted', 'recalled', 'recalls', 'tweeted', 'announced', 'declared', 'warned', 'commented', 'asked', 'replied',
]);
/** Mentions that can speak for a body: people, bodies named or by their sector words, countries. */
const VOICES = new Set(['person', 'organization', 'agent', 'country']);
/** How far back "they" looks for the group it stands for, in sentences. */
const THEY_REACH = 2;

/** The actor that speaks in a sentence: one named next to a verb of speech ("said Col. Dorrian", "the ministry said"). */
function speakerIn(tokens: Token[], mentions: Mention[] | undefined): Mention | undefined {
  for (const m of mentions ?? []) {
    if (!VOICES.has(m.kind) || (m.code === null && m.name === null)) continue;
    const article = tokens[m.tokenStart - 1]?.pos === 'DET' ? 2 : 1;
    const before = tokens[m.tokenStart - article];
    const after = tokens[m.tokenEnd];
    if ((before && before.sentence === m.sentence && SPEECH.has(before.lower)) || (after && after.sentence === m.sentence && SPEECH.has(after.lower))) return m;
  }
  return undefined;
}

/** A body that "they" can stand for: named, or sector words in the plural ("the rebels", "security forces"). */
export function isGroup(m: Mention): boolean {
  if (m.code === null || m.antecedent !== null) return false;
  if (m.kind === 'organization' || m.members !== undefined) return true;
  return m.kind === 'agent' && m.text.charCodeAt(m.text.length - 1) === 115; // "s"
}

/** The pronouns read here, in lower case. */
export const SPEAKER_PRONOUNS = new Set(['i', 'me', 'myself', 'we', 'us', 'ourselves', 'they', 'them']);

/** A first-person or plural pronoun met while reading references, with the last group named before it. */
export interface PronounSite {
  token: number;
  group: Mention | null;
}

/**
 * First-person and plural pronouns: "I", "me" and "myself" are the person who speaks (named next to "said" in the sentence or
 * the one after or before it), "we", "us" and "ourselves" the body they speak for (coded as they are), "they" and "them" the last
 * group named in the two sentences before (linked to it, not coded). "I" and "we" stay mentions, uncoded, when no
 * speaker is named, and so does "they" with no group before it. `mentions` are every mention so far, in text order. Returns the new
 * mentions; references are recorded in `links`.
 */
export function resolveSpeakers(
  text: string, tokens: Token[], sentences: Sentence[], sites: PronounSite[], mentions: Mention[], links: Links,
): Mention[] {
  const added: Mention[] = [];
  const speakers = new Map<number, Mention | null>();
  let bySentence: Mention[][] | null = null;
  for (const { token: i, group } of sites) {
    const t = tokens[i]!;
    const singular = t.text === 'I' || t.lower === 'me' || t.lower === 'myself';
    const plural = t.lower === 'we' || t.text === 'us' || t.lower === 'ourselves';
    const third = t.lower === 'they' || t.lower === 'them';
    if (!singular && !plural && !third) continue;
    // "Let us go": an imperative, no one in particular.
    if (t.text === 'us' && tokens[i - 1]?.lower === 'let') continue;
    // "World War I", "King Carlos I": a numeral after a name.
    if (t.text === 'I' && i > 0 && tokens[i - 1]!.pos === 'PROPN' && isCapitalised(tokens[i - 1]!) && tokens[i - 1]!.sentence === t.sentence) continue;
    let antecedent: Mention | null = null;
    if (third) {
      // With no group near, "they" is still a mention of people or a body, kept unresolved as "we" is.
      if (group && t.sentence - group.sentence <= THEY_REACH) antecedent = group;
    } else {
      const s = t.sentence;
      if (!speakers.has(s)) {
        if (!bySentence) {
          bySentence = sentences.map(() => []);
          for (const m of mentions) bySentence[m.sentence]?.push(m);
        }
        const found = speakerIn(tokens, bySentence[s]) ?? speakerIn(tokens, bySentence[s + 1]) ?? speakerIn(tokens, bySentence[s - 1]);
        speakers.set(s, found ? rootOf(found, links) : null);
      }
      const speaker = speakers.get(s)!;
      if (speaker && (plural || speaker.kind === 'person')) antecedent = speaker;
    }
    // "they" points at its group but stays uncoded: the events stage reads an uncoded "they" after a claim ("the
    // rebels claimed that they attacked") as the claim of responsibility it is.
    const coded = third ? null : antecedent;
    const mention: Mention = {
      text: text.slice(t.start, t.end), start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: t.sentence,
      kind: singular ? 'person' : 'agent', code: coded?.code ?? null, country: coded?.country ?? null,
      sectors: coded ? [...coded.sectors] : [], name: singular ? (antecedent?.name ?? null) : null,
      entity: singular ? (antecedent?.entity ?? null) : null, antecedent: null,
      how: antecedent ? ['coreference', 'pronoun', singular ? 'speaker' : plural ? 'speaker-body' : 'plural'] : ['pronoun', 'unresolved'],
    };
    if (antecedent && (singular || third)) links.antecedent.set(mention, antecedent);
    added.push(mention);
  }
  return added;
}
