import { describe, expect, it } from 'vitest';
import { createDocument, type Mention } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { actors, compileActors, leftOver, loadActorDictionary, unknownNames } from './index.js';
import { createUnknownTally } from './unknown.js';

const compiled = compileActors(loadActorDictionary(new URL('../../test/fixtures/actors/', import.meta.url).pathname));
const analyzer = createAnalyzer();

function mentionsOf(text: string): Mention[] {
  const doc = createDocument({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text, origin: 'test' });
  nlp(analyzer).run(doc);
  actors(compiled).run(doc);
  // Likely places wait in doc.names for the places stage; with none here, the names are kept as they are.
  unknownNames().run(doc);
  return doc.mentions;
}

const unknown = (text: string) => mentionsOf(text).filter((m) => m.how[0] === 'unknown').map((m) => `${m.text}=${m.kind}`);

describe('names no dictionary knows', () => {
  // Each sentence, and the uncoded mentions kept with the kind guessed for them.
  const table: [string, string[]][] = [
    ['Tobias Ellwood said the talks went well.', ['Tobias Ellwood=person']],
    ['The fighting spread to Raqqah and Deir ez-Zor on Monday.', ['Raqqah=place', 'Deir ez-Zor=place']],
    ['Students of Mosul University protested.', ['Mosul University=organization']],
    ['Troops crossed the Tigris River.', ['Tigris River=place']],
    ['The talks were held with Mr. Haddad in Amman.', ['Mr. Haddad=person']],
    // A title inside the name before the person's own.
    ['The talks were held with Acting Gen. Haddad in Amman.', ['Acting Gen. Haddad=person']],
    ['The CJTF said the strike hit a depot.', ['CJTF=organization']],
    ['Later, the Members of the Baath Party met.', ['Members of the Baath Party=organization']],
    // Names the tagger read as verbs; "&" between two people; a person's name ends before "of"; a sentence dense
    // with names is no headline; a first name alone is a person.
    ['The band supported John Cope and Tobias Broadfield.', ['John Cope=person', 'Tobias Broadfield=person']],
    ['Gen. John Smith & John Brown met.', ['Gen. John Smith=person', 'John Brown=person']],
    ['He heard John Smith of the Baath Party.', ['John Smith=person', 'Baath Party=organization']],
    ['Tobias Ellwood, John Carvolth and Tobias Broadfield won the vote.', ['Tobias Ellwood=person', 'John Carvolth=person', 'Tobias Broadfield=person']],
    ['Later, John insisted.', ['John=person']],
    // One word no dictionary knows, the subject of a verb in lower case, is a person; opening the sentence, only a
    // word that is no English word (any noun is capitalised there); not after an article, nor before "is a", nor
    // before a capitalised word the tagger reads as a verb.
    ['Also today, Karbouly commented on the attack.', ['Karbouly=person']],
    ['Karbouly commented on the attack.', ['Karbouly=person']],
    ['Sadiq beamed.', ['Sadiq=person']],
    ['Gunfire wounded two soldiers near the border.', []],
    // A common word opening the sentence before a verb of saying is a speaker's name, a plural is not.
    ['Cook said the talks failed.', ['Cook=person']],
    ['Witnesses said the talks failed.', []],
    ['Aid reached the town.', []],
    ['Inflation hit the country.', []],
    ['Since then, the Brigadiers receive support.', []],
    ['Since 1990, Bilka is a chain of shops.', []],
    // Two or more words no English vocabulary has, written as names, are a person's name; not after an article, nor
    // common words with nothing to go on.
    ['Sadiq Maroof was a young shopkeeper there.', ['Sadiq Maroof=person']],
    ['He played for the Rochester Jeffersons.', []],
    ['The Golden Hammer opened.', []],
    // A place noun and "of" name a place; a word no English vocabulary has, owning something, is a person; so is one
    // defined by a word for a person after "was a".
    ['The attacks hit the towns of Jabla and Tartus.', ['Jabla=place', 'Tartus=place']],
    ['Keating\'s service will be remembered.', ['Keating=person']],
    ['The report shows that Karbouly’s war is a sham.', ['Karbouly=person']],
    ['Qanbar was a senior official in the navy.', ['Qanbar=person']],
    // A name described by "who" after a comma is a person's, opening the sentence too.
    ['Dayton, who was supporting the operation, was assigned to a unit.', ['Dayton=person']],
    // A task force's number closes its acronym, an ordinal number opens it.
    ['The French previously led CTF 50 last year.', ['CTF 50=organization']],
    ['Later, the 507th ARW will deploy again.', ['507th ARW=organization']],
    // "al-" and a nationality end a person's name.
    ['Later, John Haddad al-Syrian was struck.', ['John Haddad al-Syrian=person']],
    // A middle initial makes a name a person's; a name never runs on over a line break.
    ['Isiah L. Booker was assigned to a unit.', ['Isiah L. Booker=person']],
    ['The report was written by\nSadiq Maroof', ['Sadiq Maroof=person']],
    // A name takes the kind all its uses support together: one "from Karbouly" does not outweigh five subjects.
    ['Karbouly arrived. Karbouly tried. Karbouly believed it. Karbouly left. Karbouly returned. Help came from Karbouly.', Array(6).fill('Karbouly=person')],
    // A nickname in quotes inside a person's name; a name placed by a compass point is a place.
    ["We will fight, said Gen. John 'J.D.' Dorrian.", ["Gen. John 'J.D.' Dorrian=person"]],
    ['It lay between Babylonia to the south and Assyria to the north.', ['Babylonia=place', 'Assyria=place']],
    // Two names joined with no clue to either lend each other nothing.
    ['The assault of Husaybah and Karabilah was a success.', []],
    // Sentence openers, days, months and model numbers are not names; an event name is no actor.
    ['Hundreds of people gathered on Monday in January.', []],
    ['F-16 jets flew over the border.', []],
    ['Operation Steel Curtain began.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(unknown(text)).toEqual(expected);
  });

  it('keeps a name uncoded and links its surname used later to it', () => {
    const ms = mentionsOf('Tobias Ellwood arrived in Damascus. Ellwood said he met officials.');
    const ellwood = ms.find((m) => m.text === 'Ellwood')!;
    expect(ellwood).toMatchObject({ kind: 'person', code: null, name: 'Tobias Ellwood' });
    expect(ms[ellwood.antecedent!]!.text).toBe('Tobias Ellwood');
    expect(ms.find((m) => m.text === 'he')).toMatchObject({ name: 'Tobias Ellwood', code: null });
  });

  it('leaves likely places to the places stage, and keeps a person with a clue as a mention at once', () => {
    const doc = createDocument({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text: 'Mr. Haddad went to Raqqah.', origin: 'test' });
    nlp(analyzer).run(doc);
    actors(compiled).run(doc);
    expect(doc.mentions.map((m) => m.text)).toEqual(['Mr. Haddad']);
    expect(doc.names!.map((m) => `${m.text}=${m.kind}`)).toEqual(['Raqqah=place']);
  });

  it('takes a capitalised sector word inside a longer name as part of it', () => {
    expect(unknown('Fairfax Media owns the station.')).toEqual(['Fairfax Media=organization']);
  });

  it('tallies unknown names by frequency across articles, first mentions only', () => {
    // As `annals actors --unknown` does: the mentions, and the names with little to go on left in doc.names.
    const all = (text: string) => {
      const doc = createDocument({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text, origin: 'test' });
      nlp(analyzer).run(doc);
      actors(compiled).run(doc);
      unknownNames().run(doc);
      return [...doc.mentions, ...leftOver(doc)];
    };
    const tally = createUnknownTally();
    tally.add('a1', all('Tobias Ellwood met Kim Darroch. Ellwood left.'));
    tally.add('a2', all('Tobias Ellwood spoke in Raqqah.'));
    expect(tally.list().map((n) => [n.name, n.kind, n.count, n.articles])).toEqual([
      ['Tobias Ellwood', 'person', 2, 2], ['Kim Darroch', 'person', 1, 1], ['Raqqah', 'place', 1, 1],
    ]);
  });
});
