import { describe, expect, it } from 'vitest';
import { fixtureGeo, placesOf, placesPipeline, run } from './fixture.test-helpers.js';

const pipeline = placesPipeline(fixtureGeo());
const places = (text: string) => placesOf(run(pipeline, text));
const kinds = (text: string) => run(pipeline, text).mentions.filter((m) => m.place).map((m) => `${m.text}=${m.place!.precision}/${m.place!.country ?? '-'}`);

describe('place names in text', () => {
  it.each([
    ['Syrian President Ahmed al-Sharaa held talks in Moscow.', ['Moscow=Moscow/RUS']],
    ['Russia evacuated a smaller base in Qamishli.', ['Russia=Russia/RUS', 'Qamishli=Al Qamishli/SYR']],
    ['Fighting was reported near Al-Qamishli and in Kamishli.', ['Al-Qamishli=Al Qamishli/SYR', 'Kamishli=Al Qamishli/SYR']],
    ['Jets flew from Hmeimim airbase over the Middle East.', ['Hmeimim airbase=Hmeimim Air Base/SYR', 'Middle East=Middle East/-']],
    ['Aid trucks waited at the Rafah crossing into the Gaza Strip.', ['Rafah crossing=Rafah crossing/PSE', 'Gaza Strip=Gaza Strip/PSE']],
    ['Kurdish forces hold much of northeast Syria.', ['northeast Syria=northeast Syria/SYR']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('names that are not places here', () => {
  it.each([
    ['a person named like a country, by the actors stage', 'Jordan Peterson spoke at the event.'],
    ['a demonym', 'Syrian forces advanced.'],
    ['a common word that is also a town', 'Security and cooperation were discussed.'],
    ['a common word without a locative word', 'Reading the report, officials frowned.'],
    ['a town name inside a longer name', 'Police said Paris Hilton was not there.'],
    ['the surname of a person named in full before', 'Gunman Mevlut Mert Altintas was killed. Altintas said nothing.'],
    ['a speaker', '"We will stay," said Edmonton.'],
    ['the Arabic article alone', 'He was a sheikh of the Al - Karabla clan.'],
    ['a name described by "who"', 'Edmonton, who was supporting the operation, was assigned to a unit.'],
    ['a surname after a middle initial', 'Isiah L. Edmonton was assigned to a unit.'],
    ['a surname after a particle of a person\'s name', 'Mohan al-Edmonton was a compromise choice. Dorothea von Edmonton wrote hymns.'],
    ['a name before a particle of a person\'s name closed up with a hyphen', 'The first choice was Edmonton al-Freiji.'],
  ])('%s', (_why, text) => {
    expect(places(text).filter((p) => !p.startsWith('Syrian'))).toEqual([]);
  });

  it('reads a month\'s name as a date, in a dateline or after "in", not as a town so called', () => {
    expect(places('MOSCOW, May 11 (Reuters) - Talks began in May.')).toEqual(['MOSCOW=Moscow/RUS']);
  });

  it('reads a common word after a locative word as a place', () => {
    expect(places('The rally took place in Reading on Sunday.')).toEqual(['Reading=Reading/GBR']);
  });
});

describe('disambiguation', () => {
  it('takes the bigger, capital place without context', () => {
    expect(places('Officials met in Paris.')).toEqual(['Paris=Paris/FRA']);
  });

  it('follows a qualifier: "Paris, Texas", "Tartus, Syria", an abbreviation after a comma', () => {
    expect(places('He was born in Paris, Texas.')).toEqual(['Paris=Paris/USA', 'Texas=Texas/USA']);
    expect(places('Ships docked in Tartus, Syria.')).toEqual(['Tartus=Tartus/SYR', 'Syria=Syria/SYR']);
    expect(places('He lives in Paris, Tex., with his family.')).toEqual(['Paris=Paris/USA', 'Tex.=Texas/USA']);
  });

  it('follows the story\'s countries: the dateline, the actors, the other places', () => {
    expect(places('EDMONTON - The mayor of Edmonton spoke. Police in Edmonton said Canada would help.')[1]).toBe('Edmonton=Edmonton/CAN');
    expect(places('Britain said London and Enfield were flooded, and Edmonton too.')).toContain('Edmonton=Edmonton/GBR');
  });

  it('prefers the entry whose own name it is over one that has it among other names', () => {
    expect(places('They moved to Alvin, Texas.')).toEqual(['Alvin=Alvin/USA', 'Texas=Texas/USA']);
  });

  it('gives capitals found by the actors stage their city, and says why it chose it', () => {
    const doc = run(pipeline, 'Talks were held in Moscow.');
    const moscow = doc.mentions.find((m) => m.text === 'Moscow')!;
    expect(moscow.place).toMatchObject({ name: 'Moscow', country: 'RUS', precision: 'city', geonameId: 524901, featureClass: 'P.PPLC' });
    expect(moscow.place!.why!.join('; ')).toMatch(/PPLC, population 10,381,222/);
  });

  it('reads a country name that is also a division as the division where the story is', () => {
    expect(places('The plant in Blakely, Georgia was shut.')).toEqual(['Blakely=Blakely/USA', 'Georgia=Georgia/USA']);
  });
});

describe('a capital the actors stage read, where the story is elsewhere', () => {
  it('follows a qualifier, and reads the same name the same way elsewhere in the story', () => {
    expect(places('He grew up in Moscow, Idaho. The Moscow council met on Monday.')).toEqual(['Moscow=Moscow/USA', 'Idaho=Idaho/USA', 'Moscow=Moscow/USA']);
  });

  it('follows the dateline\'s region, with or without a full stop', () => {
    expect(places('MOSCOW, Idaho (annals) - The council of Moscow met.')).toEqual(['MOSCOW=Moscow/USA', 'Idaho=Idaho/USA', 'Moscow=Moscow/USA']);
  });

  it('reads a town of the division the story names when nothing else in it is of the capital\'s country', () => {
    expect(places('Officials in Idaho said the rally in Moscow was peaceful.')).toEqual(['Idaho=Idaho/USA', 'Moscow=Moscow/USA']);
  });

  it('keeps the capital when the story names no place that has a town of that name', () => {
    expect(places('Officials from the United States flew to Moscow.')).toContain('Moscow=Moscow/RUS');
    expect(places('Officials in Idaho said Putin spoke in Moscow to Russian officials.')).toContain('Moscow=Moscow/RUS');
  });
});

describe('divisions', () => {
  it('reads a name as the division named like its capital when the text asks for a division', () => {
    expect(places('He taught in the Bronx, New York.')).toEqual(['Bronx=The Bronx/USA', 'New York=New York State/USA']);
    expect(places('Former New York Gov. Mario Cuomo spoke.')).toEqual(['New York=New York State/USA']);
    expect(places('She flew to New York on Monday.')).toEqual(['New York=New York City/USA']);
  });

  it('gives a place its qualifier when the gazetteer has no place of that name in it', () => {
    expect(places('He was stopped on a highway in Stroud, Ontario.')).toEqual(['Stroud=Ontario/CAN', 'Ontario=Ontario/CAN']);
  });

  it('does not take a namesake in another division of the same country for one in the qualifier\'s', () => {
    expect(places('He was stopped on a highway in Athens, Idaho.')).toEqual(['Athens=Idaho/USA', 'Idaho=Idaho/USA']);
  });

  it('reads a name before a division\'s office as the division: "the Quebec government", "Quebec Health Minister"', () => {
    expect(kinds('Mayors asked the Quebec government for help.')).toEqual(['Quebec=admin1/CAN']);
    expect(kinds('Quebec Health Minister Gaetan Barrette spoke on Sunday.')).toEqual(['Quebec=admin1/CAN']);
  });

  it('reads listed places as of a kind: "Ontario" among provinces is the province, in a story about the United States too', () => {
    expect(kinds('U.S. officials in California and Texas said the United States found cases in Alberta, Manitoba and Ontario.'))
      .toContain('Ontario=admin1/CAN');
  });

  it('reads a division as near the places inside it: "Quebec" with "Montreal" is the province', () => {
    expect(kinds('Police in Montreal said the new law applies in Quebec.')).toEqual(['Montreal=city/CAN', 'Quebec=admin1/CAN']);
  });
});

describe('where a place name begins and ends', () => {
  it.each([
    ['before a day', 'Snow is expected in Edmonton Saturday night.', ['Edmonton=Edmonton/CAN']],
    ['opening an institution', 'A banner hung on the Paris Town Hall.', ['Paris=Paris/FRA']],
    ['after an article in capitals', 'AN Edmonton man was charged.', ['Edmonton=Edmonton/CAN']],
    ['a word the tokenizer cut at a letter outside Latin-1', 'A village near Brăila was quarantined.', ['Brăila=Braila/ROU']],
  ])('%s', (_why, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('reads no holiday as a town', () => {
    expect(places('They met at Christmas.')).toEqual([]);
  });
});

describe('the story\'s other places', () => {
  it('read a capital as the namesake near them when nothing else in the story is of the capital\'s country', () => {
    expect(places('The Moscow council met, said officials in nearby Pullman.')).toEqual(['Moscow=Moscow/USA', 'Pullman=Pullman/USA']);
  });

  it('read a country\'s name as the town the story calls a town', () => {
    expect(places('Officials in Texas said the city of Turkey will hold a festival. Turkey has 400 people.')).toEqual([
      'Texas=Texas/USA', 'Turkey=Turkey/USA', 'Turkey=Turkey/USA',
    ]);
  });
});

describe('frames that make a name a place', () => {
  it.each([
    ['a word between the locative word and the name', 'The fire was in downtown Reading.', ['Reading=Reading/GBR']],
    ['a division after a comma', 'They moved to Reading, England.', ['Reading=Reading/GBR', 'England=England/GBR']],
    ['a person\'s age, then where the person is from', 'John Smith, 54, of Reading was charged.', ['Reading=Reading/GBR']],
  ])('%s', (_why, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a capital named like a division', () => {
  it.each([
    ['listed with divisions', 'Cases were found in Virginia, Washington and Pennsylvania.', 'Washington=Washington State/USA'],
    ['called a division', 'The first case was in the state of Washington.', 'Washington=Washington State/USA'],
    ['neither: the capital', 'Officials in Washington said Virginia would help.', 'Washington=Washington/USA'],
  ])('%s', (_why, text, expected) => {
    expect(places(text)).toContain(expected);
  });
});
