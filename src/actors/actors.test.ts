import { describe, expect, it } from 'vitest';
import { compileActors, loadActorDictionary } from './index.js';
import { actors } from './index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { createDocument, type Mention } from '../model/index.js';

const FIXTURES = new URL('../../test/fixtures/actors/', import.meta.url).pathname;
const dictionary = loadActorDictionary(FIXTURES);
const compiled = compileActors(dictionary);
const analyzer = createAnalyzer();

function mentionsOf(text: string, published: string | null = '2026-01-26'): Mention[] {
  const doc = createDocument({ id: 't', url: null, title: null, published, source: null, text, origin: 'test' });
  nlp(analyzer).run(doc);
  actors(compiled).run(doc);
  return doc.mentions;
}

const brief = (m: Mention) => `${m.text}=${m.code ?? '-'}`;

describe('dictionary loading', () => {
  it('reports a broken entry with its file and line, and loads the rest', () => {
    const problems = dictionary.problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}`);
    expect(problems).toContain('actors/countries.jsonl:7');
    expect(problems).toContain('people/world.jsonl:4');
    expect(dictionary.countries.map((c) => c.code)).toEqual(['SYR', 'RUS', 'USA', 'JOR', 'TUR', 'KOR', 'ITA', 'LAM', 'WST']);
  });
});

describe('composition', () => {
  it('codes a title with a country and a named person by the role on the article date', () => {
    const [m] = mentionsOf('Syrian President Ahmed al-Sharaa is set to travel to Moscow.');
    expect(m).toMatchObject({ text: 'Syrian President Ahmed al-Sharaa', code: 'SYRGOV', name: 'Ahmed al-Sharaa', kind: 'person' });
  });

  it('chooses the role by date: the same name coded differently in 2023 and 2026', () => {
    expect(mentionsOf('Ahmed al-Sharaa spoke.', '2023-05-01')[0]!.code).toBe('SYRREB');
    expect(mentionsOf('Ahmed al-Sharaa spoke.', '2026-01-26')[0]!.code).toBe('SYRGOV');
  });

  it('codes a former office-holder by country alone after the role ended', () => {
    const [m] = mentionsOf('Bashar al-Assad fled.', '2026-01-26');
    expect(m).toMatchObject({ code: 'SYR', name: 'Bashar al-Assad' });
    expect(m!.how).toContain('former-role');
  });

  it('composes a demonym with sector words, and keeps an unknown name after a title', () => {
    expect(mentionsOf('Russian troops and Syrian state media were there.').map(brief)).toEqual(['Russian troops=RUSMIL', 'Syrian state media=SYRMED']);
    expect(mentionsOf('Syrian Foreign Minister Asaad al-Shaibani arrived.')[0]).toMatchObject({ code: 'SYRGOV', name: 'Asaad al-Shaibani', kind: 'person' });
  });

  it('reads a name after words for a body, or headed by an organisation word, as the body\'s name', () => {
    expect(mentionsOf('Syrian state media Sana reported explosions.')[0]).toMatchObject({ text: 'Syrian state media Sana', code: 'SYRMED', kind: 'organization' });
    expect(mentionsOf('Syrian military Central Command will release the results.')[0]).toMatchObject({ code: 'SYRMIL', kind: 'organization' });
    expect(mentionsOf('Syrian army Gen. Jeff Davis spoke.')[0]).toMatchObject({ name: 'Gen. Jeff Davis', kind: 'person' });
    expect(mentionsOf('Syrian army John Davis spoke.')[0]).toMatchObject({ name: 'John Davis', kind: 'person' });
  });

  it('keeps a surname the tagger reads as a verb in the name after a title, but not in a headline', () => {
    expect(mentionsOf('Yesterday, Syrian Minister Peter Cook told reporters about it.')[0]).toMatchObject({ text: 'Syrian Minister Peter Cook', name: 'Peter Cook', kind: 'person' });
    expect(mentionsOf('Syrian Minister Robert Ford has completed his talks.')[0]).toMatchObject({ text: 'Syrian Minister Robert Ford', name: 'Robert Ford' });
    expect(mentionsOf('Syrian President Ahmed al-Sharaa Will Travel To Moscow')[0]!.text).toBe('Syrian President Ahmed al-Sharaa');
  });

  it('keeps a sector word before an -ing participle the tagger reads as a noun ("troops firing on")', () => {
    expect(mentionsOf('Reporters saw Syrian troops firing on the town.').map(brief)).toEqual(['Syrian troops=SYRMIL']);
  });

  it('keeps a sector word before a noun of time as an actor ("officials today said", "the army yesterday")', () => {
    expect(mentionsOf('Syrian officials today said the talks failed.').map(brief)).toEqual(['Syrian officials=SYRGOV']);
    expect(mentionsOf('The Syrian army yesterday shelled the town.').map(brief)).toEqual(['Syrian army=SYRMIL']);
  });

  it('composes a country\'s possessive with its agent across numbers and adjectives ("Russia\'s two largest armies")', () => {
    expect(mentionsOf("Sanctions hit Russia's two largest armies.").map(brief)).toEqual(["Russia's two largest armies=RUSMIL"]);
  });

  it('does not take a sector word that modifies a noun for an actor', () => {
    expect(mentionsOf("Russia's years of military support for Assad.").map((m) => m.text)).not.toContain('military');
  });

  it('codes seats of government, with their own code where given', () => {
    expect(mentionsOf('The Kremlin said the Pentagon lied.').map(brief)).toEqual(['The Kremlin=RUSGOV', 'the Pentagon=USAMIL']);
  });

  it('respects case for acronyms and ambiguous names', () => {
    expect(mentionsOf('Let us go.').length).toBe(0);
    expect(mentionsOf('Jordan Peterson spoke to Jordan.').filter((m) => m.code).map(brief)).toEqual(['Jordan=JOR']);
  });
});

describe('metonymy', () => {
  it('reads a capital as a government when it acts or is acted on', () => {
    const ms = mentionsOf("Sharaa pledged to honour past agreements between Damascus and Moscow at Damascus's request.");
    expect(ms.filter((m) => m.name === 'Damascus' || m.name === 'Moscow').map(brief)).toEqual(['Damascus=SYRGOV', 'Moscow=RUSGOV', 'Damascus=SYRGOV']);
  });

  it('reads a capital as a place where something happens', () => {
    const ms = mentionsOf('He will travel to Moscow for talks in Damascus. MOSCOW - The Moscow summit began.');
    expect(ms.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['Moscow', 'Damascus', 'MOSCOW', 'Moscow']);
  });

  it('reads a capital after a preposition and adjectives as a place', () => {
    expect(mentionsOf('Shelling in eastern Damascus stopped.').map(brief)).toEqual(['Damascus=SYR']);
  });
});

describe('coreference', () => {
  it('finds a surname after the full name', () => {
    const ms = mentionsOf("Ahmed al-Sharaa met Vladimir Putin. Later, Sharaa's aides said Putin agreed.");
    const sharaa = ms.find((m) => m.text === 'Sharaa')!;
    expect(sharaa).toMatchObject({ code: 'SYRGOV', name: 'Ahmed al-Sharaa' });
    expect(ms[sharaa.antecedent!]!.text).toBe('Ahmed al-Sharaa');
  });

  it('reads "the two leaders" as the last two people named', () => {
    const ms = mentionsOf('Ahmed al-Sharaa met Vladimir Putin. The meeting was the first between the two leaders.');
    const group = ms.find((m) => m.text === 'the two leaders')!;
    expect(group.members!.map((i) => ms[i]!.name)).toEqual(['Ahmed al-Sharaa', 'Vladimir Putin']);
  });

  it('reads "the two countries" as the last two countries named, else the last two actors', () => {
    const countries = mentionsOf('Syria and Russia met. Vladimir Putin said the two countries had agreed.');
    expect(countries.find((m) => m.text === 'the two countries')!.members!.map((i) => countries[i]!.code)).toEqual(['SYR', 'RUS']);
    const capital = mentionsOf('Russia met Syria. Damascus said the two countries had agreed.');
    expect(capital.find((m) => m.text === 'the two countries')!.members!.map((i) => capital[i]!.text)).toEqual(['Russia', 'Damascus']);
    const people = mentionsOf('Ahmed al-Sharaa met Vladimir Putin. The two countries signed a deal.');
    expect(people.find((m) => m.text === 'The two countries')!.members!.map((i) => people[i]!.name)).toEqual(['Ahmed al-Sharaa', 'Vladimir Putin']);
  });

  it('recognises a well-known surname alone when one office-holder has it', () => {
    expect(mentionsOf('Putin spoke on Monday.')[0]).toMatchObject({ code: 'RUSGOV', name: 'Vladimir Putin' });
  });

  it('reads a title alone as the last person named who holds that office', () => {
    const ms = mentionsOf('Ahmed al-Sharaa met Giorgia Meloni in Rome. The president thanked the Italian prime minister.');
    const president = ms.find((m) => m.text === 'president')!;
    expect(president).toMatchObject({ code: 'SYRGOV', name: 'Ahmed al-Sharaa', kind: 'person' });
    expect(ms[president.antecedent!]!.name).toBe('Ahmed al-Sharaa');
    // With a country, the title must be of that country: "the Italian prime minister" is Meloni, not Sharaa.
    expect(ms.find((m) => m.text === 'Italian prime minister')).toMatchObject({ code: 'ITAGOV', name: 'Giorgia Meloni' });
    // No minister of Syria was named: the title stays a title.
    expect(mentionsOf('Ahmed al-Sharaa arrived. The Syrian minister spoke.').find((m) => m.text === 'Syrian minister')).toMatchObject({ code: 'SYRGOV', name: null });
  });

  it('reads he and she as the last person named as a subject, of a fitting gender', () => {
    const ms = mentionsOf('Giorgia Meloni spoke to Vladimir Putin on Monday. She said he had agreed. He did not comment.');
    expect(ms.filter((m) => m.how.includes('pronoun')).map((m) => `${m.text}=${m.name}`)).toEqual([
      'She=Giorgia Meloni', 'he=Vladimir Putin', 'He=Vladimir Putin',
    ]);
  });

  it('keeps a pronoun with no person before it as an uncoded person', () => {
    expect(mentionsOf('He said Russia would respond.').map((m) => `${m.text}=${m.kind}:${m.code ?? '-'}`)).toEqual(['He=person:-', 'Russia=country:RUS']);
  });
});

describe('ambiguous names and regions', () => {
  it('gives a name shared by several countries to the country of the story', () => {
    const korean = mentionsOf('In Seoul, the opposition Democratic Party won.', '2024-04-11');
    expect(korean.find((m) => m.text.includes('Democratic Party'))).toMatchObject({ code: 'KOROPP', name: 'Democratic Party of Korea' });
    // Nothing says whose: kept as an organisation, with no country guessed.
    expect(mentionsOf('The Democratic Party won.')[0]).toMatchObject({ kind: 'organization', code: null, name: 'Democratic Party' });
  });

  it('reads an acronym that is also a word only outside a line of capitals', () => {
    expect(mentionsOf('WHO officials arrived.')[0]).toMatchObject({ code: 'IGO' });
    expect(mentionsOf('WHO IS BEHIND THE ATTACK').filter((m) => m.code)).toEqual([]);
  });

  it('codes a region with its CAMEO code, not a country inside its name', () => {
    expect(mentionsOf('Latin American leaders met.').map(brief)).toEqual(['Latin American leaders=LAMGOV']);
    expect(mentionsOf('Troops left Central America.').map(brief)).toEqual(['Troops=MIL', 'Central America=LAM']);
    expect(mentionsOf('Western officials agreed.').map(brief)).toEqual(['Western officials=WSTGOV']);
  });

  it('drops the office of a former holder and a sector word used as an adjective', () => {
    expect(mentionsOf('The former Syrian president spoke.')[0]).toMatchObject({ code: 'SYR', sectors: [] });
    expect(mentionsOf('It is official now.').filter((m) => m.code)).toEqual([]);
    expect(mentionsOf('An official said so.').map(brief)).toEqual(['official=GOV']);
  });

  it('composes sector words "of" a country', () => {
    expect(mentionsOf('The Government of Syria said so.').map(brief)).toEqual(['Government of Syria=SYRGOV']);
  });

  it('reads a person\'s title "of" a country or body as a person, a body\'s word as a body', () => {
    expect(mentionsOf('The President of Syria said so.')[0]).toMatchObject({ text: 'President of Syria', kind: 'person', code: 'SYRGOV' });
    expect(mentionsOf('The Government of Syria said so.')[0]).toMatchObject({ kind: 'agent' });
  });
});
