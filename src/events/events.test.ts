import { describe, expect, it } from 'vitest';
import { actors, compileActors, loadActorDictionary, roleResolver } from '../actors/index.js';
import { loadCameo } from '../cameo/index.js';
import type { CodedEvent } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { createPipeline } from '../pipeline/index.js';
import { time } from '../time/index.js';
import { discards, events, loadLexicon } from './index.js';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;
const cameo = loadCameo();
const lexicon = loadLexicon([fixtures + 'lexicon'], (c) => cameo.has(c));
const compiled = compileActors(loadActorDictionary(fixtures + 'actors'));
const pipeline = createPipeline([nlp(createAnalyzer()), actors(compiled), time(), events(lexicon, cameo), discards()]);
/** As the coder composes it: actors coded with the role held on each event's date. */
const byRole = createPipeline([nlp(createAnalyzer()), actors(compiled), time(), events(lexicon, cameo, roleResolver(compiled)), discards()]);

function code(text: string, published = '2026-01-26', stages = pipeline): CodedEvent[] {
  return stages.run({ id: 't', url: null, title: null, published, source: null, text, origin: 'test' }).events;
}

const dyad = (e: CodedEvent) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'} ${e.status}`;

describe('the lexicon', () => {
  it('compiles every fixture line', () => {
    expect(lexicon.problems).toEqual([]);
    expect(lexicon.size).toBe(33);
  });
});

describe('source and target within the clause', () => {
  it('takes the subject as source and the object as target', () => {
    expect(code('Vladimir Putin met with Ahmed al-Sharaa.').map(dyad)).toEqual(['RUSGOV 040 SYRGOV occurred']);
  });

  it('takes the actor of an agentive compound as the source of a nominal event, not the clause subject', () => {
    expect(code('The hostages, seized in the Russian-led attack on Syria, were freed.').map(dyad)).toEqual(['RUS 190 SYR occurred']);
  });

  it('does not give a later verb the clause\'s subject across a "that" ("reports that 460 patients had been attacked")', () => {
    expect(code('Syria was angered by reports that more than 460 patients and their companions had been attacked at the hospital.')).toEqual([]);
  });

  it('does not make the speaker the actor of what it reports, unless a pronoun names it again', () => {
    expect(code('Syrian officials said five people were attacked in the town.').map((e) => e.cameo)).toEqual(['010']);
    expect(code('Syria said it attacked Turkey.').map(dyad)).toEqual(['SYR 190 TUR occurred']);
  });

  it('reads a participle between the verb and its object as describing the object ("freed detained soldiers")', () => {
    expect(code('Russian troops freed detained Syrian soldiers.').map(dyad)).toEqual(['RUSMIL 0841 SYRMIL occurred']);
    expect(code('Russian troops arrested impeached President Ahmed al-Sharaa.').map(dyad)).toEqual(['RUSMIL 173 SYRGOV occurred']);
  });

  it('reads a name closed up to a participle as a modifier, not an actor ("Turkish-backed rebels")', () => {
    expect(code('Turkish-backed rebels attacked Russian troops.').map(dyad)).toEqual(['REB 190 RUSMIL occurred']);
    expect(code('Russian troops attacked Turkish-backed rebels.').map(dyad)).toEqual(['RUSMIL 190 REB occurred']);
  });

  it('reads a participle after a noun with its agent as passive ("soldiers attacked by Russian troops")', () => {
    expect(code('Syrian soldiers attacked by Russian troops').map(dyad)).toEqual(['RUSMIL 190 SYRMIL occurred']);
  });

  it('reads a title after a person\'s name and a comma as saying who the person is, not as another party', () => {
    expect(code('Vladimir Putin and Ahmed al-Sharaa, soldier of the army, met on Monday.').map(dyad).sort())
      .toEqual(['RUSGOV 040 SYRGOV occurred', 'SYRGOV 040 RUSGOV occurred']);
  });

  it('reads the "of" phrase of a count as the target ("hundreds of soldiers", "three of the most senior soldiers")', () => {
    expect(code('Russian troops arrested hundreds of Syrian soldiers.').map(dyad)).toEqual(['RUSMIL 173 SYRMIL occurred']);
    expect(code('Russian troops attacked three of the most senior Syrian soldiers.').map(dyad)).toEqual(['RUSMIL 190 SYRMIL occurred']);
  });

  it('turns the passive around: the by-phrase is the source', () => {
    expect(code('Ahmed al-Sharaa was attacked by Russian troops.').map(dyad)).toEqual(['RUSMIL 190 SYRGOV occurred']);
  });

  it('finds the antecedent of a relative clause, and coordinated verbs share it', () => {
    const found = code('Rebels attacked Damascus. Russia arrested Bashar al-Assad, who fled to Moscow and met Vladimir Putin.', '2026-01-26');
    expect(found.map(dyad)).toContain('SYR 040 RUSGOV occurred');
  });

  it('codes one event per pair in a coordinated list, including examples after "such as"', () => {
    const found = code('Syria pursued diplomatic outreach to regional powers such as Russia, Turkey, and the United States.');
    expect(found.map(dyad)).toEqual(['SYR 040 RUS occurred', 'SYR 040 TUR occurred', 'SYR 040 USA occurred']);
    const verbal = code('The Syrian government attacked Russia, Turkey, and the United States.');
    expect(verbal.map((e) => e.target?.code)).toEqual(['RUS', 'TUR', 'USA']);
  });

  it('codes the reported event, not the reporter: "X said Y attacked Z"', () => {
    expect(code('Syrian media said Russian troops attacked Turkey.').map(dyad)).toEqual(['RUSMIL 190 TUR occurred']);
  });

  it('names a countryless group by who leads it', () => {
    expect(code("Rebel forces led by Sharaa's Hayat Tahrir al-Sham toppled Bashar al-Assad.", '2024-12-09').map(dyad)).toEqual(['SYRREB 1724 SYR occurred']);
  });

  it('codes a nominal event with its possessor as source', () => {
    expect(code("This visit follows Sharaa's first meeting with Putin in Moscow on October 15.").map(dyad)).toEqual(['SYRGOV 040 RUSGOV occurred']);
  });
});

describe('status from the verb group', () => {
  it.each([
    ['Ahmed al-Sharaa is set to travel to Moscow for talks with Vladimir Putin.', 'planned'],
    ['Ahmed al-Sharaa will meet Vladimir Putin.', 'planned'],
    ['Ahmed al-Sharaa plans to meet Vladimir Putin.', 'planned'],
    ['Ahmed al-Sharaa did not meet Vladimir Putin.', 'negated'],
    ['Ahmed al-Sharaa refused to meet Vladimir Putin.', 'negated'],
    ['Ahmed al-Sharaa could meet Vladimir Putin.', 'hypothetical'],
    ['If Ahmed al-Sharaa meets Vladimir Putin, Turkey will object.', 'hypothetical'],
    ['Analysts expect Ahmed al-Sharaa to meet Vladimir Putin.', 'hypothetical'],
    ['Ahmed al-Sharaa met Vladimir Putin.', 'occurred'],
    ['Syria said Ahmed al-Sharaa would meet Vladimir Putin.', 'planned'],
    ['Ahmed al-Sharaa would meet Vladimir Putin.', 'hypothetical'],
  ])('%s → %s', (sentence, status) => {
    expect([...new Set(code(sentence).map((e) => e.status))]).toEqual([status]);
  });
});

describe('event dates', () => {
  it('does not date an event by the "since" of "the first ... since" ("his first meeting with Assad since 2015")', () => {
    const [meeting] = code("It was Vladimir Putin's first meeting with Bashar al-Assad since 2015.", '2026-01-26');
    expect(meeting!.date).toMatchObject({ value: '2026-01-26', from: 'published' });
  });

  it('reads a weekday forward for a planned event and backward for one that occurred', () => {
    expect(code('Ahmed al-Sharaa will meet Vladimir Putin on Wednesday.')[0]!.date).toMatchObject({ value: '2026-01-28', from: 'text' });
    expect(code('Ahmed al-Sharaa met Vladimir Putin on Wednesday.')[0]!.date).toMatchObject({ value: '2026-01-21', from: 'text' });
  });

  it('chooses the year of a month-day by tense: October 15 in a January 2026 story is 2025-10-15', () => {
    expect(code('Ahmed al-Sharaa met Vladimir Putin on October 15.')[0]!.date).toMatchObject({ value: '2025-10-15', precision: 'day' });
  });

  it('falls back to the publication date, and says so', () => {
    expect(code('Ahmed al-Sharaa met Vladimir Putin.')[0]!.date).toEqual({ value: '2026-01-26', precision: 'day', text: null, from: 'published' });
  });

  it('leaves dates unresolved without a publication date', () => {
    const doc = pipeline.run({ id: 't', url: null, title: null, published: null, source: null, text: 'Ahmed al-Sharaa met Vladimir Putin on Wednesday.', origin: 'x' });
    expect(doc.events[0]!.date.from).toBe('unresolved');
    expect(doc.messages.map((m) => m.ruleId)).toContain('time/no-publication-date');
  });
});

describe('clause constructions', () => {
  it('reported speech: "X said Y attacked Z" codes Y to Z, and the saying only when nothing else is coded', () => {
    expect(code('Syrian media said Russian troops attacked Turkey.').map(dyad)).toEqual(['RUSMIL 190 TUR occurred']);
    expect(code('The Kremlin said the talks were useful.').map(dyad)).toEqual(['RUSGOV 010 - occurred']);
  });

  it('attribution: "according to X" is not an actor of the event', () => {
    expect(code('Russian troops attacked Turkey, according to Syrian media.').map(dyad)).toEqual(['RUSMIL 190 TUR occurred']);
  });

  it('a later verb takes the subject just before it: "..., officials said"', () => {
    expect(code('Russian troops attacked Turkey on Monday, Syrian media said.').map(dyad)).toEqual(['RUSMIL 190 TUR occurred']);
  });

  it('chains and purpose clauses: what an infinitive names is still to come', () => {
    expect(code('Russia agreed to resume talks with Turkey.').map(dyad)).toEqual(['RUS 046 TUR planned']);
    expect(code('Russia continued to attack Turkey.').map(dyad)).toEqual(['RUS 190 TUR occurred']);
  });

  it('negation scope: "denied that X attacked Y", "refused to", "did not"', () => {
    expect(code('Russia denied that its troops attacked Turkey.').map((e) => e.status)).toEqual(['negated']);
    expect(code('Turkey did not condemn Russia.').map(dyad)).toEqual(['TUR 111 RUS negated']);
  });

  it('conditionals and questions are hypothetical', () => {
    expect(code('Turkey will condemn Russia if Russian troops attack Syria.').map(dyad)).toEqual(['TUR 111 RUS planned', 'RUSMIL 190 SYR hypothetical']);
    expect(code('Will Russia attack Turkey?').map((e) => e.status)).toEqual(['hypothetical']);
  });

  it('headlines: "Russia to send troops to Syria" is planned', () => {
    expect(code('Russia to send troops to Syria').map(dyad)).toEqual(['RUS 154 SYR planned']);
  });

  it('datelines are not part of the first clause', () => {
    expect(code('DAMASCUS, Jan 25 (annals) - Russian troops attacked Turkey.').map(dyad)).toEqual(['RUSMIL 190 TUR occurred']);
  });

  it('a relative clause does not swallow the main verb that resumes after it', () => {
    expect(code('Rebels who attacked Russian troops were condemned by Turkey.').map(dyad)).toEqual(['REB 190 RUSMIL occurred', 'TUR 111 REB occurred']);
  });

  it('coordinated subjects of a reciprocal event act on each other', () => {
    expect(code('Russia and Turkey met on Monday.').map(dyad).sort()).toEqual(['RUS 040 TUR occurred', 'TUR 040 RUS occurred']);
    expect(code('Russia and Turkey agreed to a ceasefire.').map(dyad).sort()).toEqual(['RUS 0871 TUR occurred', 'TUR 0871 RUS occurred']);
  });

  it('a passive subject may be what was used: "grenades were hurled at Russian troops"', () => {
    expect(code('Grenades were hurled at Russian troops by rebels.').map(dyad)).toEqual(['REB 183 RUSMIL occurred']);
  });

  it('material events stand without named actors; bare event nouns only when reported as happening', () => {
    expect(code('Thousands of people marched in Amman against the war.').map(dyad)).toEqual(['- 141 - occurred']);
    expect(code('The protest movement said it would grow.').map(dyad)).toEqual([]);
  });

  it('discards sport and market stories that use conflict words', () => {
    expect(code('Liverpool attacked Chelsea and Salah scored twice.')).toEqual([]);
    expect(code('Shares plunged after Russia condemned Turkey.')).toEqual([]);
  });

  it('a counted subject is still the subject: "over 2,000 troops", "a group of armed rebels"', () => {
    expect(code('Over 2,000 Russian troops attacked Turkey.').map(dyad)).toEqual(['RUSMIL 190 TUR occurred']);
    expect(code('A group of armed rebels attacked Turkey.').map(dyad)).toEqual(['REB 190 TUR occurred']);
    expect(code('Schools stayed closed and over 500 rebels were arrested by the army.').map(dyad)).toEqual(['MIL 173 REB occurred']);
  });

  it('an opening time adverbial is not the subject: "Early on Sunday, X ..."', () => {
    expect(code('Early on Sunday, Russian troops attacked Turkey.').map(dyad)).toEqual(['RUSMIL 190 TUR occurred']);
  });

  it('a participle is a reduced relative only when the main verb after it has no subject of its own', () => {
    expect(code('Thousands marched against the war as soldiers watched.').map(dyad)).toEqual(['- 141 - occurred']);
  });

  it('a slot reads through an attributive participle: "the exiled rebels"', () => {
    expect(code('Russian troops attacked the exiled rebels.').map(dyad)).toEqual(['RUSMIL 190 REB occurred']);
  });

  it('a pattern whose source is a slot acts on the subject: "X received weapons from Y"', () => {
    expect(code('The rebels received weapons from Russia.').map(dyad)).toEqual(['RUS 072 REB occurred']);
  });

  it('"X alleged that Y ..." accuses Y; "claimed that" only when Y is said to have done something hostile', () => {
    // The opposition is placed in the one country the sentence names after "in".
    expect(code('The opposition alleged that Russian troops were in Syria.').map(dyad)).toEqual(['SYROPP 112 RUSMIL occurred']);
    expect(code('Syria claimed that Turkey attacked Russian troops.').map(dyad)).toEqual(['TUR 190 RUSMIL occurred', 'SYR 112 TUR occurred']);
    expect(code('Syria claimed that Turkey was ready.').map(dyad)).toEqual(['SYR 010 - occurred']);
  });

  it('arrests, abductions and assaults done to people stand without named actors; killings do not', () => {
    expect(code('Unknown men detained and arrested 40 students.').map(dyad)).toEqual(['- 173 - occurred']);
    expect(code('Two women were raped near Damascus.').map(dyad)).toEqual(['- 1821 - occurred']);
    expect(code('Ten people were attacked near Damascus.').map(dyad)).toEqual([]);
  });

  it('finds the patterns of a regular past form whose tagged lemma is wrong ("raped" tagged as "rap")', () => {
    expect(code('Rebels raped a woman.').map(dyad)).toEqual(['REB 1821 - occurred']);
  });

  it('inside a pattern with words of its own, a slot may name no actor: "urged the residents to leave"', () => {
    expect(code('Russia urged the residents to leave.').map(dyad)).toEqual(['RUS 020 - occurred']);
  });

  it('a slot reads past a counting preposition: "free over 150 Syrian prisoners"', () => {
    expect(code('Russia freed over 150 Syrian prisoners.').map(dyad)).toEqual(['RUS 0841 SYR occurred']);
  });

  it('headlines with no verb: "Russian troops clash with rebels"', () => {
    expect(code('Russian troops clash with rebels').map(dyad)).toEqual(['RUSMIL 190 REB occurred']);
  });

  it('"there were ten soldiers attacked": the participle is passive', () => {
    expect(code('There were ten Russian soldiers attacked in Syria.').map(dyad)).toEqual(['- 190 RUSMIL occurred']);
  });

  it('"X claimed that they attacked Y" is X claiming responsibility', () => {
    expect(code('The rebels claimed that they had attacked Turkey.').map(dyad)).toEqual(['- 190 TUR occurred', 'REB 015 TUR occurred']);
  });

  it('reads a verb after a modal that the tagger took for an adjective: "would free"', () => {
    expect(code('Syria said Russia would free the rebels.').map(dyad)).toEqual(['RUS 0841 REB planned']);
  });

  it('an inner slot that names no actor needs an actor elsewhere: "wildfires forced residents to flee" is no event', () => {
    expect(code('Wildfires forced residents to flee.').map(dyad)).toEqual([]);
    expect(code('Rebels forced residents to flee.').map(dyad)).toEqual(['REB 170 - occurred']);
  });

  it('"the capital and surrounding villages": an -ing form after "and" before a noun is an adjective', () => {
    expect(code('Rebels attacked the capital and surrounding villages.').map(dyad)).toEqual(['REB 190 - occurred']);
    expect(code('Rebels crossed the border and attacking Turkish troops.').map(dyad)).toContain('REB 190 TURMIL occurred');
  });
});

describe('events implied by others', () => {
  it('a visit has a host, with the same status and date', () => {
    expect(code('Ahmed al-Sharaa will travel to Moscow for talks with Vladimir Putin on Wednesday.').map((e) => `${dyad(e)} ${e.date.value}`))
      .toEqual(['SYRGOV 042 RUSGOV planned 2026-01-28', 'RUSGOV 043 SYRGOV planned 2026-01-28']);
  });

  it('"at X\'s request": X asked the subject of the clause', () => {
    expect(code("Russian troops evacuated a base at Damascus's request.").map(dyad)).toContain('SYRGOV 100 RUSMIL occurred');
  });

  it('the possessor of "X\'s years of" owns the event that fills them', () => {
    expect(code("Russia's years of military support for Bashar al-Assad ended.").map(dyad)).toEqual(['RUS 072 SYR occurred']);
  });

  it('an aside opened by "including" elaborates the event just before it and is done by its source', () => {
    const aside = code("Despite Russia's military support for Bashar al-Assad — including attacks on rebels — both sides kept ties.");
    expect(aside.map(dyad)).toEqual(['RUSMIL 072 SYR occurred', 'RUSMIL 190 REB occurred']);
    expect(code("Russia's military support for Bashar al-Assad, such as attacks on rebels, ended.").map(dyad)).toContain('RUSMIL 190 REB occurred');
    // No aside, or one that does not follow the event: the attack names no source.
    expect(code("Despite Russia's military support for Bashar al-Assad, attacks on rebels were carried out.").map(dyad))
      .toEqual(['RUSMIL 072 SYR occurred', '- 190 REB occurred']);
    expect(code("Despite Russia's military support for Bashar al-Assad in Syria, including attacks on rebels, both sides kept ties.").map(dyad))
      .toEqual(['RUSMIL 072 SYR occurred', '- 190 SYRREB occurred']);
  });
});

describe('roles by date', () => {
  it('codes a named person in a dated event with the role held then', () => {
    expect(code('In March 2020, Russia granted asylum to Bashar al-Assad.', '2026-01-26', byRole).map(dyad)).toEqual(['RUS 075 SYRGOV occurred']);
  });

  it('codes the recipient of undated military aid by the last office held, other undated events by the role now', () => {
    expect(code("Russia's years of military support for Bashar al-Assad ended.", '2026-01-26', byRole).map(dyad)).toEqual(['RUS 072 SYRGOV occurred']);
    expect(code('Russia granted asylum to Bashar al-Assad.', '2026-01-26', byRole).map(dyad)).toEqual(['RUS 075 SYR occurred']);
  });
});

describe('groups named by their sector', () => {
  it('belong to the one country their sentence sets its events in', () => {
    expect(code('Russian troops attacked rebels in Syria.').map(dyad)).toEqual(['RUSMIL 190 SYRREB occurred']);
    expect(code('The army attacked rebels in Syria.').map(dyad)).toEqual(['SYRMIL 190 SYRREB occurred']);
    expect(code('Russian troops attacked rebels in Syria and in Turkey.').map(dyad)).toEqual(['RUSMIL 190 REB occurred']);
    expect(code('Russian troops attacked rebels near Syria.').map(dyad)).toEqual(['RUSMIL 190 REB occurred']);
  });

  it('an opposition in a fight is armed opposition, elsewhere the opposition', () => {
    expect(code('Russian troops attacked opposition groups in Syria.').map(dyad)).toEqual(['RUSMIL 190 SYRREB occurred']);
    expect(code('Russian troops attacked the opposition.').map(dyad)).toEqual(['RUSMIL 190 REB occurred']);
    expect(code('Russia condemned the opposition in Syria.').map(dyad)).toEqual(['RUS 111 SYROPP occurred']);
  });
});

describe('counterparts from discourse', () => {
  const pledge = 'Ahmed al-Sharaa pledged to honour past agreements with Russia.';

  it('"X, in turn, expressed readiness to cooperate" answers the earlier event done to X by Y: the target is Y', () => {
    expect(code(`${pledge} Vladimir Putin, in turn, expressed readiness to expand cooperation.`).map(dyad))
      .toEqual(['SYRGOV 030 RUS occurred', 'RUSGOV 0311 SYRGOV occurred']);
    expect(code(`${pledge} For his part, Vladimir Putin expressed readiness to expand cooperation.`).map(dyad))
      .toContain('RUSGOV 0311 SYRGOV occurred');
  });

  it('without a reciprocity marker, or when the earlier event was not done to X, finds no counterpart there', () => {
    expect(code(`${pledge} Vladimir Putin expressed readiness to expand cooperation.`).map(dyad)).toContain('RUSGOV 0311 - occurred');
    expect(code('Ahmed al-Sharaa met with Giorgia Meloni. Vladimir Putin, in turn, expressed readiness to expand cooperation.').map(dyad))
      .toContain('RUSGOV 0311 - occurred');
  });

  it('else takes the one country the clause names after the trigger', () => {
    expect(code("Vladimir Putin expressed readiness to expand cooperation amid Syria's recovery.").map(dyad)).toEqual(['RUSGOV 0311 SYR occurred']);
    expect(code("Vladimir Putin expressed readiness to expand cooperation amid Syria's and Turkey's recovery.").map(dyad))
      .toEqual(['RUSGOV 0311 - occurred']);
    expect(code('Russia attacked Turkey. Vladimir Putin expressed readiness to expand cooperation in Russia.').map(dyad))
      .toContain('RUSGOV 0311 - occurred');
  });
});
