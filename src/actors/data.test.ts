import { describe, expect, it } from 'vitest';
import { createDocument, type Mention } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { actors, compileActors, loadActorDictionary, unknownNames } from './index.js';

// The built-in dictionaries (data/actors/), as shipped.
const dictionary = loadActorDictionary();
const compiled = compileActors(dictionary);
const analyzer = createAnalyzer();

function mentionsOf(text: string, published: string): Mention[] {
  const doc = createDocument({ id: 't', url: null, title: null, published, source: null, text, origin: 'test' });
  nlp(analyzer).run(doc);
  actors(compiled).run(doc);
  return doc.mentions;
}

describe('the built-in dictionaries', () => {
  it('load without a broken entry, and no two entries share an id', () => {
    expect(dictionary.problems).toEqual([]);
    const ids = dictionary.named.map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('know former heads of state by the role held on the date', () => {
    const code = (text: string, date: string) => mentionsOf(text, date)[0]?.code;
    expect(code('Barack Obama spoke.', '2015-06-09')).toBe('USAGOV');
    expect(code('Barack Obama spoke.', '2020-06-09')).toBe('USA');
    expect(code('George W. Bush spoke.', '2005-06-09')).toBe('USAGOV');
    // In June 2008 Obama was a senator: "President Obama" is no one yet, and keeps the name as written.
    expect(mentionsOf('President Obama met President Bush.', '2008-06-09').map((m) => `${m.name}=${m.code}`)).toEqual([
      'Obama=GOV', 'George W. Bush=USAGOV',
    ]);
    expect(mentionsOf('President Obama spoke.', '2010-06-09')[0]).toMatchObject({ name: 'Barack Obama', code: 'USAGOV' });
  });

  it('read "the West Bank" as Palestine, not "the West" and a bank', () => {
    const ms = mentionsOf('Settlers in the West Bank attacked a village.', '2024-01-01');
    expect(ms.find((m) => m.text.includes('West'))).toMatchObject({ text: 'West Bank', code: 'PSE' });
  });

  it('read a name headed by "Force" as a body ("Joint Task Force")', () => {
    const ms = mentionsOf('Jets of the Joint Task Force struck a depot.', '2024-01-01');
    expect(ms.find((m) => m.text.includes('Force'))).toMatchObject({ text: 'Joint Task Force', kind: 'organization' });
  });

  it('read a name headed by "Barrage" as a place ("the Tharthar Barrage")', () => {
    const doc = createDocument({ id: 't', url: null, title: null, published: '2024-01-01', source: null, text: 'Militants captured the Tharthar Barrage in April.', origin: 'test' });
    nlp(analyzer).run(doc);
    actors(compiled).run(doc);
    // A place name no dictionary knows waits in doc.names for the places stage.
    expect(doc.names?.find((m) => m.text.includes('Barrage'))).toMatchObject({ text: 'Tharthar Barrage', kind: 'place', how: ['unknown', 'guess:place-word'] });
  });

  it('read a title before a name no dictionary knows as a person\'s ("Secretary Kerry", "Petty Officer Keating")', () => {
    const kinds = (text: string) => mentionsOf(text, '2016-01-01').map((m) => `${m.text}=${m.kind}`);
    expect(kinds('QUESTION: Secretary Karrow, did you discuss it?')).toEqual(['Secretary Karrow=person']);
    expect(kinds('Petty Officer Keating was advising our partners.')).toEqual(['Petty Officer Keating=person']);
  });

  it('never read a day or a month as the surname of a person of that name', () => {
    expect(mentionsOf('Troops entered the compound on Friday as part of a push.', '2024-01-01').map((m) => m.text)).toEqual(['Troops']);
  });

  it('know the Islamic State by its spellings "Dae\'sh" and "Islamic State of Iraq and Levant"', () => {
    for (const text of ['On Saturday, Dae’sh claimed the attacks.', 'They fled Islamic State of Iraq and Levant.']) {
      expect(mentionsOf(text, '2016-01-01').find((m) => m.kind === 'organization')).toMatchObject({ name: 'Islamic State', code: 'IMGREB' });
    }
  });

  it('read descriptions of groups of people and bodies by their nouns ("the users", "the insurgency", "a squadron")', () => {
    const doc = createDocument({ id: 't', url: null, title: null, published: '2016-01-01', source: null, text: 'The users and the translators fled as the insurgency grew and a squadron left.', origin: 'test' });
    nlp(analyzer).run(doc);
    actors(compiled).run(doc);
    unknownNames(compiled).run(doc);
    expect(doc.mentions.map((m) => `${m.text}=${m.kind}`)).toEqual(['users=agent', 'translators=agent', 'insurgency=organization', 'squadron=organization']);
  });

  it('read a description headed by two words ("the front line")', () => {
    const doc = createDocument({ id: 't', url: null, title: null, published: '2016-01-01', source: null, text: 'Every time he heads for the front line, he takes books.', origin: 'test' });
    nlp(analyzer).run(doc);
    actors(compiled).run(doc);
    unknownNames(compiled).run(doc);
    expect(doc.mentions.filter((m) => m.how.includes('description')).map((m) => `${m.text}=${m.kind}`)).toEqual(['front line=place']);
  });

  it('read "Assad" alone as the president of the day, not his brother Maher, who is called by his first name', () => {
    const who = (date: string) => mentionsOf('Assad said the talks failed.', date)[0];
    expect(who('2016-01-01')).toMatchObject({ name: 'Bashar al-Assad', code: 'SYRGOV' });
    expect(who('1995-01-01')).toMatchObject({ name: 'Hafez al-Assad', code: 'SYRGOV' });
    expect(mentionsOf('Maher al-Assad spoke. Later Maher left.', '2016-01-01').map((m) => m.name)).toEqual(['Maher al-Assad', 'Maher al-Assad']);
  });
});
