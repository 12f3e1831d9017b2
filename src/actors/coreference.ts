import type { Mention, Sentence, Token } from '../model/index.js';
import type { CompiledActors } from './dictionary/compile.js';
import { entrySurnames, surnameKeys } from './dictionary/compile.js';
import { nameKey } from './dictionary/fold.js';
import type { Links } from './links.js';
import { roleOn, splitCode } from './roles.js';
import { COMMON_SURNAMES, COMMON_WORDS, longerNameEnds, surnameSpans } from './surnames.js';

/** What "the two ..." stands for: people, countries named as such ("the two countries" after "India and Pakistan", not after "Trump"), or any actors. */
const GROUP_HEADS: Record<string, 'person' | 'country' | 'any'> = {
  leaders: 'person', presidents: 'person', men: 'person', sides: 'any', countries: 'country', governments: 'any', nations: 'country',
  parties: 'any', neighbours: 'country', neighbors: 'country',
};

/**
 * Names used again within an article: a surname or short name after the full name ("Sharaa" after "Ahmed
 * al-Sharaa"), a well-known surname alone when only one person of that name holds office on the date, and
 * "the two leaders". Returns every mention in text order; references are recorded in `links`.
 */
export function resolveCoreference(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  mentions: Mention[],
  keys: string[],
  compiled: CompiledActors,
  date: string | null,
  links: Links,
): Mention[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  const seen = new Map<string, Mention>();
  const others = longerNameEnds(tokens, keys, covered);
  let next = 0;
  const byStart = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart);
  const out: Mention[] = [];

  for (const sentence of sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      while (next < byStart.length && byStart[next]!.tokenStart <= i) {
        const m = byStart[next++]!;
        out.push(m);
        if (m.kind === 'person' && m.name) for (const key of personKeys(m, compiled)) seen.set(key, m);
      }
      if (covered[i]) continue;
      const group = groupReference(text, tokens, sentence, i, out, links);
      if (group) {
        out.push(group);
        // The group replaces the sector word inside it ("leaders").
        while (next < byStart.length && byStart[next]!.tokenStart < group.tokenEnd) next++;
        covered.fill(1, group.tokenStart, group.tokenEnd);
        i = group.tokenEnd - 1;
        continue;
      }
      const spans = surnameSpans(tokens, keys, sentence, i, covered, compiled.clues['person-title']);
      for (const [end, key] of spans) {
        const antecedent = seen.get(key);
        const mention = antecedent
          ? fromAntecedent(text, tokens, sentence, i, end, antecedent, links)
          : !COMMON_WORDS.has(key) && !COMMON_SURNAMES.has(key) && !compiled.clues['not-a-name'].has(key) && !((others.get(key) ?? i) < i)
            ? fromSurname(text, tokens, sentence, i, end, key, compiled, date) : null;
        if (mention) {
          out.push(mention);
          covered.fill(1, i, end);
          if (!antecedent && mention.name) for (const k of personKeys(mention, compiled)) seen.set(k, mention);
          i = end - 1;
          break;
        }
      }
    }
  }
  while (next < byStart.length) out.push(byStart[next++]!);
  return out;
}

/** The keys a person is called by later: the dictionary surnames, and the last word as written here. */
function personKeys(m: Mention, compiled: CompiledActors): string[] {
  const entry = m.entity ? compiled.entriesById.get(m.entity) : undefined;
  const keys = entry ? entrySurnames(entry) : surnameKeys(m.name!);
  const written = m.text.trim().split(/\s+/).pop();
  if (written && m.how.includes('dictionary')) keys.push(...surnameKeys(written));
  return keys;
}

function fromAntecedent(
  text: string, tokens: Token[], sentence: Sentence, start: number, end: number, antecedent: Mention, links: Links,
): Mention {
  const s = tokens[start]!.start;
  const e = tokens[end - 1]!.end;
  const mention: Mention = {
    text: text.slice(s, e), start: s, end: e, tokenStart: start, tokenEnd: end, sentence: sentence.index,
    kind: antecedent.kind, code: antecedent.code, country: antecedent.country, sectors: [...antecedent.sectors],
    name: antecedent.name, entity: antecedent.entity, antecedent: null, how: ['coreference'],
  };
  links.antecedent.set(mention, antecedent);
  return mention;
}

function fromSurname(
  text: string, tokens: Token[], sentence: Sentence, start: number, end: number, key: string,
  compiled: CompiledActors, date: string | null,
): Mention | null {
  // A word more often a first name ("Francis", "John") stands for a surname alone only where the entry says so ("Saddam").
  const given = compiled.clues.given.has(key);
  const all = (compiled.surnames.get(key) ?? []).filter((e) => !given || (e.surnames ?? []).some((s) => nameKey(s) === key));
  const holding = all.filter((e) => {
    const { role, former } = roleOn(e, date);
    return role !== null && !former && (date === null || ((role.from ?? '') <= date && (role.until === undefined || date < role.until)));
  });
  // The one office-holder of that name on the date; else the one person of that name at all ("Assad" in 2026).
  const candidates = holding.length > 0 ? holding : all.filter((e) => roleOn(e, date).role !== null);
  if (candidates.length !== 1) return null;
  const entry = candidates[0]!;
  const { role: held, former } = roleOn(entry, date);
  const split = former ? { country: splitCode(held!.code, (c) => compiled.countries.has(c)).country, sectors: [] } : splitCode(held!.code, (c) => compiled.countries.has(c));
  const role = { code: former ? (split.country ?? held!.code) : held!.code };
  const s = tokens[start]!.start;
  const e = tokens[end - 1]!.end;
  return {
    text: text.slice(s, e), start: s, end: e, tokenStart: start, tokenEnd: end, sentence: sentence.index,
    kind: 'person', code: role.code, country: split.country, sectors: split.sectors, name: entry.name, entity: entry.id,
    antecedent: null, how: ['surname', 'role-by-date', ...(former ? ['former-role'] : [])],
  };
}

/** "the two leaders", "both sides": a mention standing for the last two distinct actors named. */
function groupReference(text: string, tokens: Token[], sentence: Sentence, i: number, earlier: Mention[], links: Links): Mention | null {
  const first = tokens[i]!.lower;
  let j = i;
  if (first === 'the' && tokens[i + 1]?.lower === 'two') j = i + 2;
  else if (first === 'both') j = i + 1;
  else return null;
  const head = tokens[j];
  if (!head || head.sentence !== sentence.index) return null;
  const wanted = GROUP_HEADS[head.lower];
  if (!wanted) return null;
  // The last two distinct actors of the kind the head names, else of any kind ("the two countries" after two leaders).
  const lastTwo = (kind: 'person' | 'country' | 'any'): Mention[] => {
    const members: Mention[] = [];
    const names = new Set<string>();
    for (let k = earlier.length - 1; k >= 0 && members.length < 2; k--) {
      const m = earlier[k]!;
      if (!m.code || (kind !== 'any' && m.kind !== kind)) continue;
      // Two countries are two states: "Pakistan" and "Islamabad" are one.
      const id = kind === 'country' ? (m.country ?? m.code) : (m.name ?? m.code);
      if (names.has(id)) continue;
      names.add(id);
      members.unshift(m);
    }
    return members;
  };
  let members = lastTwo(wanted);
  if (members.length < 2 && wanted === 'country') members = lastTwo('any');
  if (members.length < 2) return null;
  const start = tokens[i]!.start;
  const end = head.end;
  const group: Mention = {
    text: text.slice(start, end), start, end, tokenStart: i, tokenEnd: j + 1, sentence: sentence.index, kind: 'agent', code: null,
    country: null, sectors: [], name: null, entity: null, antecedent: null, members: [], how: ['coreference', 'group'],
  };
  links.members.set(group, members);
  return group;
}
