import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../model/index.js';
import { fixtureGeo, fullPipeline, run } from './fixture.test-helpers.js';

const pipeline = fullPipeline(fixtureGeo());
const located = (text: string) => run(pipeline, text).events.map((e: CodedEvent) =>
  `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'} @ ${e.location ? `${e.location.name}/${e.location.country}/${e.location.precision}/${e.location.from}` : '-'}`);

describe('where an event happened', () => {
  it('takes a place in its own clause, and the place lets a slot stand for its country', () => {
    expect(located('Russia has been evacuating a smaller base in Qamishli.')).toEqual(['RUS 0874 SYR @ Al Qamishli/SYR/city/clause']);
  });

  it('takes the place the visit goes to', () => {
    expect(located('Syria is set to travel to Moscow for talks with Russia.')[0]).toMatch(/@ Moscow\/RUS\/city\/clause$/);
  });

  it('takes a place elsewhere in the sentence when it is in an actor\'s country', () => {
    expect(located('In Aleppo, where the fighting had stopped, Syria accused Turkey.')[0]).toMatch(/@ Aleppo\/SYR\/city\/clause$/);
    expect(located('Syria accused Turkey after talks broke down in Aleppo.')[0]).toMatch(/@ Aleppo\/SYR\/city\/sentence$/);
    expect(located('Syria accused Turkey after talks broke down in Paris.')[0]).toMatch(/@ Syria\/SYR\/country\/actor$/);
  });

  it('takes the dateline when the text names no place, and the actors\' country when the dateline is elsewhere', () => {
    expect(located('MOSCOW - Russia accused Turkey of lying.')[0]).toMatch(/@ Moscow\/RUS\/city\/dateline$/);
    expect(located('PARIS - Syria accused Turkey of lying.')[0]).toMatch(/@ Syria\/SYR\/country\/actor$/);
  });

  it('takes the target\'s country for force, the source\'s for words, when the text names no place', () => {
    expect(located('Syria attacked Turkey.')).toEqual(['SYR 190 TUR @ Turkey/TUR/country/actor']);
    expect(located('Syria condemned Turkey.')).toEqual(['SYR 111 TUR @ Syria/SYR/country/actor']);
  });

  it('leaves out places of a reported event ("signaling that ...")', () => {
    const out = located('Syria accused Turkey, signaling that Russia could keep Hmeimim airbase.');
    expect(out[0]).toMatch(/^SYR 112 TUR @ Syria\/SYR\/country\/actor$/);
  });
});

describe('a place standing for its own country', () => {
  it('is no party to a visit by that country', () => {
    expect(located('Syrians travelled to Aleppo.')).toEqual([]);
    expect(located('Syria travelled to Moscow.')).toEqual(['SYR 042 RUS @ Moscow/RUS/city/clause']);
  });
});

describe('a place before the actor of a slot', () => {
  it('says which one it is, and a name owning an appositive is no second target', () => {
    expect(located('Russian police arrested Aleppo governor Ahmed al-Sharaa, Vladimir Putin\'s main rival, on Monday.').map((e) => e.split(' @')[0]))
      .toEqual(['RUS 173 SYRGOV']);
  });
});

describe('a place and its qualifier in one slot', () => {
  it('are one target, not two events', () => {
    expect(located('Russia has been evacuating a smaller base in Qamishli, Syria.')).toEqual(['RUS 0874 SYR @ Al Qamishli/SYR/city/clause']);
  });
});
