import type { AnnalsDocument, Mention } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { compileActors, type CompiledActors } from './dictionary/compile.js';
import { loadActorDictionary, mergeDictionaries } from './dictionary/load.js';
import type { ActorDictionary } from './dictionary/types.js';
import { composeMentions } from './compose.js';
import { articleCountries } from './context.js';
import { resolveCoreference } from './coreference.js';
import { createLinks, finalize } from './links.js';
import { matchSentence, tokenPieces, type DictionaryMatch } from './match.js';
import { resolveMetonymy } from './metonymy.js';
import { composePossessives } from './possessive.js';
import { findUnknownNames } from './names.js';
import { findDescriptions } from './descriptions.js';
import { resolveReferences } from './reference.js';

export type {
  ActorDictionary, AgentEntry, CountryEntry, DictionaryProblem, NameClue, NamedEntry, Role,
} from './dictionary/types.js';
export type { CompiledActors } from './dictionary/compile.js';
export { compileActors } from './dictionary/compile.js';
export { BUILTIN_ACTORS_DIR, loadActorDictionary, mergeDictionaries } from './dictionary/load.js';
export { lastOffice, roleOn, roleResolver, splitCode } from './roles.js';
export { dictionaryCounts, type DictionaryCounts } from './counts.js';

const WEAK_GUESSES = new Set(['guess:single-word', 'guess:name', 'guess:opening-subject']);

/**
 * The names the actors stage left aside (`doc.names`: likely places, names with little to go on) that no later stage
 * placed, added to the mentions uncoded with their guessed kind; then, given the dictionaries' description nouns,
 * descriptions of places, bodies and groups ("the city", "the group", "the victims"). Run after the places stage, so
 * that a gazetteer reads a place name before it is kept as unknown, and "the city" finds the city named before it.
 */
export function unknownNames(compiled?: CompiledActors): Stage {
  return {
    name: 'unknown-names',
    requires: ['mentions'],
    assigns: ['mentions'],
    run: function unknownNames(doc: AnnalsDocument) {
      // A name with little to go on (one word that could be anything) stays in `doc.names`, for `annals actors --unknown`;
      // one word no gazetteer placed that is the subject of a verb inside its sentence is a person ("..., Carter
      // commented"); opening the sentence, it may be any noun ("Aid reached Gaza") and waits there too.
      const left = leftOver(doc).filter((m) => !WEAK_GUESSES.has(m.how[1] ?? ''));
      doc.names = (doc.names ?? []).filter((m) => !left.includes(m));
      const all = left.length > 0 ? [...doc.mentions, ...left].sort((a, b) => a.start - b.start || b.end - a.end) : doc.mentions;
      const found = compiled ? findDescriptions(doc.article.text, doc.tokens, doc.sentences, all, compiled) : null;
      if (left.length === 0 && !found?.added.length) return;
      // Indices move when mentions are inserted: keep references, then write indices again.
      const links = createLinks();
      for (const m of doc.mentions) {
        if (m.antecedent !== null) links.antecedent.set(m, doc.mentions[m.antecedent]!);
        if (m.members) links.members.set(m, m.members.map((k) => doc.mentions[k]!));
      }
      for (const [m, a] of found?.antecedents ?? []) links.antecedent.set(m, a);
      doc.mentions = finalize([...all, ...(found?.added ?? [])], links);
    },
  };
}

/** The names of `doc.names` that no mention covers. */
export function leftOver(doc: AnnalsDocument): Mention[] {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  return (doc.names ?? []).filter((n) => {
    for (let t = n.tokenStart; t < n.tokenEnd; t++) if (covered[t]) return false;
    return true;
  });
}

/** Load the built-in dictionaries, and the user's over them, and compile them for matching. */
export function loadActors(extraDirs: string[] = []): { compiled: CompiledActors; dictionary: ActorDictionary } {
  const dictionary = mergeDictionaries(loadActorDictionary(), ...extraDirs.map((d) => loadActorDictionary(d)));
  return { compiled: compileActors(dictionary), dictionary };
}

/**
 * Find actors: countries, regions, capitals and seats of government, sector words composed with a country, named
 * people and organisations with the role they held on the article's date, names used again within the article
 * (surnames, titles, he / she, "the two leaders"), and names no dictionary knows, kept uncoded with a guessed kind.
 */
export function actors(compiled: CompiledActors): Stage {
  return {
    name: 'actors',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions'],
    run: function actors(doc: AnnalsDocument) {
      const { text, published } = doc.article;
      const { tokens, sentences } = doc;
      const tokenKeys = tokenPieces(tokens);
      const { keys } = tokenKeys;
      const matches: DictionaryMatch[][] = sentences.map((sentence) => matchSentence(text, tokens, tokenKeys, sentence, compiled));
      const context = { date: published, countries: articleCountries(matches, compiled, published) };
      const found: Mention[] = [];
      sentences.forEach((sentence, i) => found.push(...composeMentions(text, tokens, sentence, matches[i]!, compiled, context)));
      resolveMetonymy(tokens, found);
      // Names in the dateline ("ANCHORAGE, Alaska", "SHARM EL-SHEIKH, Egypt") say where the story was filed.
      const dateline = doc.dateline;
      if (dateline) {
        for (const m of found) {
          if (m.start >= dateline.start && m.end <= dateline.end && m.country) {
            Object.assign(m, { kind: 'place', code: m.country, sectors: [], how: [...m.how, 'dateline'] });
          }
        }
      }
      const links = createLinks();
      const named = resolveCoreference(text, tokens, sentences, found, keys, compiled, published, links);
      const { added, candidates, removed } = findUnknownNames(text, tokens, sentences, named, keys, compiled, links);
      if (dateline) for (const m of candidates) if (m.start >= dateline.start && m.end <= dateline.end) Object.assign(m, { kind: 'place', how: [...m.how, 'dateline'] });
      const all = composePossessives(text, tokens, [...named.filter((m) => !removed.has(m)), ...added], links);
      const pronouns = resolveReferences(text, tokens, sentences, all, compiled, published, links);
      doc.mentions = finalize([...all, ...pronouns], links);
      doc.names = candidates;
    },
  };
}
