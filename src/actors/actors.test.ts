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
    expect(dictionary.countries.map((c) => c.code)).toEqual(['SYR', 'RUS', 'USA', 'JOR', 'TUR']);
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

  it('does not take a sector word that modifies a noun for an actor', () => {
    expect(mentionsOf("Russia's years of military support for Assad.").map((m) => m.text)).not.toContain('military');
  });

  it('codes seats of government, with their own code where given', () => {
    expect(mentionsOf('The Kremlin said the Pentagon lied.').map(brief)).toEqual(['The Kremlin=RUSGOV', 'the Pentagon=USAMIL']);
  });

  it('respects case for acronyms and ambiguous names', () => {
    expect(mentionsOf('Let us go.').length).toBe(0);
    expect(mentionsOf('Jordan Peterson spoke to Jordan.').map(brief)).toEqual(['Jordan=JOR']);
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

  it('recognises a well-known surname alone when one office-holder has it', () => {
    expect(mentionsOf('Putin spoke on Monday.')[0]).toMatchObject({ code: 'RUSGOV', name: 'Vladimir Putin' });
  });
});
