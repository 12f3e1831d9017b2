import type { Mention, Sentence, Token } from '../model/index.js';
import type { CompiledActors } from './dictionary/compile.js';
import { rootOf, type Links } from './links.js';
import { isGroup, resolveSpeakers, SPEAKER_PRONOUNS, type PronounSite } from './speakers.js';
import { roleOn } from './roles.js';

const PRONOUNS = new Map<string, 'male' | 'female'>([['he', 'male'], ['him', 'male'], ['she', 'female']]);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'stated', 'explained', 'according']);
const QUALIFIERS = /^(?:vice|deputy|former|acting|interim|late|ex|assistant|junior|under)$/;

/**
 * Does an office ("vice president of the United States") answer to a title word ("president")? The word must
 * head it, not be qualified by "vice", "deputy" or "former".
 */
export function titleMatches(word: string, office: string | undefined): boolean {
  if (!office) return false;
  const words = office.toLowerCase().split(/[\s,]+/);
  const want = word.split(' ');
  for (let i = 0; i + want.length <= words.length; i++) {
    if (want.every((w, k) => words[i + k] === w) && !(i > 0 && QUALIFIERS.test(words[i - 1]!))) return true;
  }
  return false;
}

/** The offices a person mention shows: its own title and, for a dictionary person, the role held on the date. */
function offices(m: Mention, compiled: CompiledActors, date: string | null): string[] {
  const out = m.title ? [m.title] : [];
  const entry = m.entity ? compiled.entriesById.get(m.entity) : undefined;
  if (entry) {
    const { role, former } = roleOn(entry, date);
    if (role?.title && !former) out.push(role.title);
  }
  return out;
}

/** Is a person mention the subject of its clause, as far as the tokens before it tell? */
function isSubject(tokens: Token[], m: Mention): boolean {
  const before = tokens[m.tokenStart - 1];
  if (!before || before.sentence !== m.sentence) return true;
  if (SPEECH.has(before.lower)) return true;
  return before.pos !== 'ADP' && before.pos !== 'VERB' && before.pos !== 'AUX' && before.lower !== "'s";
}

function genderOf(m: Mention, compiled: CompiledActors): 'male' | 'female' | null {
  return (m.entity ? compiled.entriesById.get(m.entity)?.gender : undefined) ?? null;
}

/**
 * References by title and pronoun: "the president" is the president last named (by the title that named them
 * or the office the dictionary gives them on the date); "he" / "she" is the last person named as a subject, else
 * the last person named, of a compatible gender. Title mentions are recoded in place; pronouns become mentions,
 * uncoded when no one was named before them.
 */
export function resolveReferences(
  text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], compiled: CompiledActors, date: string | null, links: Links,
): Mention[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  const ordered = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart);
  const people: Mention[] = [];
  const subjects: Mention[] = [];
  const added: Mention[] = [];
  const sites: PronounSite[] = [];
  let group: Mention | null = null;
  let next = 0;
  const last = sentences.length > 0 ? sentences[sentences.length - 1]!.tokenEnd : 0;
  for (let i = 0; i <= last; i++) {
    while (next < ordered.length && ordered[next]!.tokenStart <= i) {
      const m = ordered[next++]!;
      if (isGroup(m)) group = m;
      if (m.kind !== 'person') continue;
      if (!m.name && m.tokenStart > 0 && tokens[m.tokenStart - 1]!.lower === 'the') resolveTitle(m, people, compiled, date, links);
      if (!m.name) continue;
      const root = rootOf(m, links);
      people.push(root);
      if (isSubject(tokens, m)) subjects.push(root);
    }
    if (i >= tokens.length || covered[i] || tokens[i]!.lower.length > 9) continue;
    // "HE Dr Ibrahim al-Jaafari": His Excellency, before a title or name, is no pronoun.
    const honorific = tokens[i]!.text === 'HE' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
    const gender = honorific ? undefined : PRONOUNS.get(tokens[i]!.lower);
    if (!gender) {
      if (SPEAKER_PRONOUNS.has(tokens[i]!.lower)) sites.push({ token: i, group });
      continue;
    }
    const other = gender === 'male' ? 'female' : 'male';
    const antecedent = lastOfGender(subjects, other, compiled) ?? lastOfGender(people, other, compiled);
    const t = tokens[i]!;
    // With no one named before it, the pronoun is still a person, kept uncoded.
    const mention: Mention = {
      text: text.slice(t.start, t.end), start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: t.sentence,
      kind: 'person', code: antecedent?.code ?? null, country: antecedent?.country ?? null, sectors: antecedent ? [...antecedent.sectors] : [],
      name: antecedent?.name ?? null, entity: antecedent?.entity ?? null, antecedent: null,
      how: antecedent ? ['coreference', 'pronoun'] : ['pronoun', 'unresolved'],
    };
    added.push(mention);
    if (!antecedent) continue;
    links.antecedent.set(mention, antecedent);
    if (isSubject(tokens, mention)) subjects.push(antecedent);
  }
  if (sites.length > 0) added.push(...resolveSpeakers(text, tokens, sentences, sites, [...ordered, ...added], links));
  return added;
}

/** The last person of a list not known to be of the `other` gender. */
function lastOfGender(list: Mention[], other: 'male' | 'female', compiled: CompiledActors): Mention | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (genderOf(list[k]!, compiled) !== other) return list[k];
  return undefined;
}

function findLast(list: Mention[], test: (m: Mention) => boolean): Mention | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k]!)) return list[k];
  return undefined;
}

/** "the president", "the Syrian foreign minister": the last person named who holds that office (in that country). */
function resolveTitle(m: Mention, people: Mention[], compiled: CompiledActors, date: string | null, links: Links): void {
  if (!m.title) return;
  const word = m.title;
  const found = findLast(people, (p) => (m.country === null || p.country === m.country) && offices(p, compiled, date).some((o) => titleMatches(word, o)));
  if (!found) return;
  Object.assign(m, {
    code: found.code, country: found.country, sectors: [...found.sectors], name: found.name, entity: found.entity,
    how: [...m.how, 'coreference', 'title'],
  });
  links.antecedent.set(m, found);
}
