import type { AnnalsDocument } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { compileActors, type CompiledActors } from './dictionary/compile.js';
import { loadActorDictionary, mergeDictionaries } from './dictionary/load.js';
import type { ActorDictionary } from './dictionary/types.js';
import { composeMentions } from './compose.js';
import { resolveCoreference } from './coreference.js';
import { matchSentence, tokenKeys } from './match.js';
import { resolveMetonymy } from './metonymy.js';

export type { ActorDictionary, AgentEntry, CountryEntry, DictionaryProblem, NamedEntry, Role } from './dictionary/types.js';
export type { CompiledActors } from './dictionary/compile.js';
export { compileActors } from './dictionary/compile.js';
export { BUILTIN_ACTORS_DIR, loadActorDictionary, mergeDictionaries } from './dictionary/load.js';
export { roleOn, splitCode } from './roles.js';

/** Load the built-in dictionaries, and the user's over them, and compile them for matching. */
export function loadActors(extraDirs: string[] = []): { compiled: CompiledActors; dictionary: ActorDictionary } {
  const dictionary = mergeDictionaries(loadActorDictionary(), ...extraDirs.map((d) => loadActorDictionary(d)));
  return { compiled: compileActors(dictionary), dictionary };
}

/**
 * Find actors: countries, capitals and seats of government, sector words composed with a country, named people
 * and organisations with the role they held on the article's date, and names used again within the article.
 */
export function actors(compiled: CompiledActors): Stage {
  return {
    name: 'actors',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions'],
    run: function actors(doc: AnnalsDocument) {
      const { text, published } = doc.article;
      const keys = tokenKeys(doc.tokens);
      const found = [];
      for (const sentence of doc.sentences) {
        const matches = matchSentence(text, doc.tokens, keys, sentence, compiled);
        found.push(...composeMentions(text, doc.tokens, sentence, matches, compiled, published));
      }
      resolveMetonymy(doc.tokens, found);
      // Names in the dateline ("ANCHORAGE, Alaska", "SHARM EL-SHEIKH, Egypt") say where the story was filed.
      const dateline = doc.dateline;
      if (dateline) {
        for (const m of found) {
          if (m.start >= dateline.start && m.end <= dateline.end && m.country) {
            Object.assign(m, { kind: 'place', code: m.country, sectors: [], how: [...m.how, 'dateline'] });
          }
        }
      }
      doc.mentions = resolveCoreference(text, doc.tokens, doc.sentences, found, keys, compiled, published);
    },
  };
}
