import { describe, expect, it } from 'vitest';
import { createDocument, type Mention } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { singular } from './descriptions.js';
import { actors, compileActors, loadActorDictionary, unknownNames } from './index.js';

const compiled = compileActors(loadActorDictionary(new URL('../../test/fixtures/actors/', import.meta.url).pathname));
const analyzer = createAnalyzer();

function mentionsOf(text: string): Mention[] {
  const doc = createDocument({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text, origin: 'test' });
  nlp(analyzer).run(doc);
  actors(compiled).run(doc);
  unknownNames(compiled).run(doc);
  return doc.mentions;
}

const descriptions = (text: string) => mentionsOf(text).filter((m) => m.how.includes('description')).map((m) => `${m.text}:${m.kind}`);

describe('descriptions of places, bodies and people', () => {
  // The text, then each description as "span:kind"; the article stays outside the span.
  const table: [string, string[]][] = [
    ['Shells hit the hospital on Monday.', ['hospital:place']],
    ['The old buildings collapsed near the border.', ['old buildings:place', 'border:place']],
    ['The group said it would fight.', ['group:organization']],
    ['Our partners sent aid to the victims.', ['Our partners:agent', 'victims:agent']],
    ['The coalition struck a command unit.', ['coalition:organization', 'command unit:organization']],
    // A common word capitalised as the first of its sentence.
    ['Victims were buried near the border.', ['Victims:agent', 'border:place']],
    // A noun of time after the noun does not make it a modifier.
    ['He told the victims today that aid was coming.', ['victims:agent']],
    // "others" counted, known or closing a list of actors is people; with nothing to say who, it is not.
    ['Strikes killed 60 victims and injured 200 others.', ['victims:agent', '200 others:agent']],
    ['The victims, and others in the town, fled.', ['victims:agent', 'others:agent', 'town:place']],
    ['He spoke to one of the others.', ['others:agent']],
    ['It works in partnership with others.', []],
    // A word for people or a body after a name no mention covers is described by it; a place noun is part of the name.
    ['The Yazidi people fled from the Karrada town.', ['people:agent']],
    // An -ing word taking an object is a verb.
    ['They put aside differences in the interest of building a new city.', ['new city:place']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(descriptions(text)).toEqual(expected);
  });

  // Negative cases: a noun that does not head its phrase, or that is part of a name.
  const none: string[] = [
    'The border crossing was closed.',
    'The hospital staff left.',
    'Troops entered Mosul city.',
  ];
  it.each(none)('finds no description in "%s"', (text) => {
    expect(descriptions(text)).toEqual([]);
  });

  it('points "the group" back at the organisation last named, and "the country" at the country, uncoded', () => {
    const ms = mentionsOf('Hayat Tahrir al-Sham took Aleppo. The group then entered Syria. Fighting spread across the country.');
    const group = ms.find((m) => m.text === 'group')!;
    expect(group).toMatchObject({ kind: 'organization', code: null, how: ['description', 'coreference'] });
    expect(ms[group.antecedent!]!.name).toBe('Hayat Tahrir al-Sham');
    const country = ms.find((m) => m.text === 'country')!;
    expect(ms[country.antecedent!]!.text).toBe('Syria');
  });

  it('keeps a description noun after a nationality adjective as a description beside it, the adjective as it was', () => {
    const ms = mentionsOf('Aid reached the Syrian people at the Turkish border.');
    expect(ms.map((m) => `${m.text}:${m.kind}:${m.code}:${m.how[0]}`)).toEqual([
      'Syrian:country:SYR:dictionary', 'people:agent:null:description', 'Turkish:country:TUR:dictionary', 'border:place:null:description',
    ]);
  });

  it('keeps a people noun after an organisation as a description beside it', () => {
    expect(mentionsOf('HTS partners arrived.').map((m) => `${m.text}:${m.kind}:${m.how[0]}`)).toEqual(['HTS:organization:dictionary', 'partners:agent:description']);
  });

  it('reads "place" with nothing before it as part of an idiom, and with an article as a place', () => {
    expect(descriptions('The talks took place in the city.')).toEqual(['city:place']);
    expect(descriptions('Everything is in place.')).toEqual([]);
    expect(descriptions('They found a place to hide.')).toEqual(['place:place']);
  });

  it('reads regular plurals', () => {
    expect(['cities', 'bridges', 'positions', 'churches', 'boss', 'group', 'heroes', 'shoes'].map(singular))
      .toEqual(['city', 'bridge', 'position', 'church', 'boss', 'group', 'hero', 'shoe']);
  });
});

describe('"they" with no group before it', () => {
  it('is kept as an unresolved mention, as "we" is', () => {
    const they = mentionsOf('They said the road was open.').find((m) => m.text === 'They');
    expect(they).toMatchObject({ kind: 'agent', code: null, how: ['pronoun', 'unresolved'], antecedent: null });
  });
});

describe('acronyms no dictionary knows', () => {
  it('reads one as an organisation, but not after "a" or "an", where it names a thing', () => {
    const ms = mentionsOf('One strike destroyed a VBIED and an IED near a CJTF base.');
    expect(ms.filter((m) => m.how[0] === 'unknown').map((m) => `${m.text}:${m.kind}`)).toEqual(['CJTF:organization']);
  });

  it('reads "here" and "there" as places, but not in "there are" or "were there"', () => {
    const places = (text: string) => mentionsOf(text).filter((m) => m.how.includes('pronoun') && m.kind === 'place').map((m) => m.text);
    expect(places('Their life is here and only here.')).toEqual(['here', 'here']);
    expect(places('If we do not get there, the jets will not fly.')).toEqual(['there']);
    expect(places('There are reports of attacks, but were there any agreements? Here is the list; there must be peace.')).toEqual([]);
  });
});
