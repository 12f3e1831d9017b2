import { describe, expect, it } from 'vitest';
import { createDocument, type Mention } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { readPetrarchActors } from './dictionary/petrarch-actors.js';
import { readPetrarchAgents } from './dictionary/petrarch-agents.js';
import { displayForm, petrarchDate, petrarchLines } from './dictionary/petrarch.js';
import type { DictionaryProblem } from './dictionary/types.js';
import { actors, compileActors, loadActorDictionary, mergeDictionaries } from './index.js';

const FIXTURES = new URL('../../test/fixtures/actors/', import.meta.url).pathname;
const petrarch = loadActorDictionary(FIXTURES + 'petrarch');
const merged = mergeDictionaries(loadActorDictionary(FIXTURES), petrarch);
const compiled = compileActors(merged);
const analyzer = createAnalyzer();

function mentionsOf(text: string, published: string): Mention[] {
  const doc = createDocument({ id: 't', url: null, title: null, published, source: null, text, origin: 'test' });
  nlp(analyzer).run(doc);
  actors(compiled).run(doc);
  return doc.mentions.filter((m) => m.code !== null);
}

describe('PETRARCH / TABARI dictionary format', () => {
  it('strips the three comment styles, also across lines', () => {
    const lines = petrarchLines('A_ [AAA] ; legacy\n<!-- one\ntwo -->\n# python\nB_ <!-- inline --> [BBB]\n\tC # end');
    expect(lines.map((l) => [l.line, l.text, l.indented])).toEqual([[1, 'A_ [AAA]', false], [5, 'B_  [BBB]', false], [6, 'C', true]]);
  });

  it('reads eight- and six-digit dates, and writes names as annals matches them', () => {
    expect([petrarchDate('20011222'), petrarchDate('451231'), petrarchDate('070723'), petrarchDate('19991340')]).toEqual(['2001-12-22', '1945-12-31', '2007-07-23', null]);
    expect([displayForm('RUFUS_T._FIREFLY_'), displayForm('UN'), displayForm('AL-ASSAD')]).toEqual(['Rufus T. Firefly', 'UN', 'Al-Assad']);
  });

  it('loads actors with dated roles, default codes and country names from a fixture', () => {
    const firefly = petrarch.named.find((n) => n.id === 'rufus-t-firefly')!;
    expect(firefly).toMatchObject({ kind: 'person', name: 'Rufus T. Firefly', aliases: ['Rufus Firefly'] });
    // PETRARCH bounds are inclusive; annals' "until" is the day after.
    expect(firefly.roles).toEqual([
      { code: 'FRDELI', from: '1920-01-01', until: '1933-01-01' },
      { code: 'FRDGOV', from: '1933-01-01', until: '1941-01-01' },
      { code: 'FRDOPP', from: '1941-01-01' },
    ]);
    expect(petrarch.named.find((n) => n.id === 'tabari-style-leader')!.roles).toEqual([{ code: 'FRDGOV', until: '2001-01-02' }]);
    expect(petrarch.countries).toEqual([expect.objectContaining({ code: 'FRD', names: ['Freedonia', 'Freedonian', 'Freedonians'], merge: true })]);
  });

  it('chooses a PETRARCH role by the article date, and falls back on the default code', () => {
    expect(mentionsOf('Rufus T. Firefly declared war.', '1935-06-01')[0]).toMatchObject({ code: 'FRDGOV', name: 'Rufus T. Firefly' });
    expect(mentionsOf('Rufus Firefly declared war.', '1950-06-01')[0]).toMatchObject({ code: 'FRDOPP' });
    expect(mentionsOf('Trentino signed.', '1940-01-01')[0]).toMatchObject({ code: 'SYLGOV' });
    expect(mentionsOf('Trentino signed.', '2020-01-01')[0]).toMatchObject({ code: 'SYL' });
  });

  it('adds the names of a bare country code to the country of that code', () => {
    const withSyria = mergeDictionaries(loadActorDictionary(FIXTURES), {
      countries: [{ code: 'SYR', name: 'Sham', names: ['Sham', 'Suriya'], demonyms: [], capitals: [], seats: [], merge: true }], agents: [], named: [], problems: [],
    });
    const syria = withSyria.countries.find((c) => c.code === 'SYR')!;
    expect(syria.names).toEqual(['Syria', 'Syrian Arab Republic', 'Sham', 'Suriya']);
    expect(syria.demonyms).toEqual(['Syrian', 'Syrians']);
  });

  it('reads agents: ~CODE and CODE~, {} and {PLURAL}, substitution markers', () => {
    const words = (code: string) => petrarch.agents.find((a) => a.code === code)?.words;
    expect(words('MIL')).toEqual(['palace guard']);
    expect(words('GOV')).toEqual(['chief adviser', 'chief advisers general', 'treasury official']);
    expect(words('BUS')).toEqual(['treasury official']);
    expect(words('LEG')).toEqual(['congressman', 'congressmen', 'congresswoman', 'congresswomen']);
    expect(words('NGO')).toEqual(['relief body']);
    expect(mentionsOf('Freedonian palace guard units moved.', '2020-01-01').map((m) => m.code)).toEqual(['FRDMIL']);
  });

  it('reports each broken entry with its file, line and reason, and loads the rest', () => {
    const where = petrarch.problems.map((p) => `${p.file.split('/').pop()}:${p.line}`);
    expect(where).toEqual(['sample.actors.txt:22', 'sample.agents.txt:8', 'sample.agents.txt:9']);
    expect(petrarch.problems[0]!.reason).toContain('bad date "19991340"');
    expect(petrarch.named.map((n) => n.id)).not.toContain('broken-entry');
    expect(petrarch.named.map((n) => n.id)).toContain('marx-brothers-committee');
  });

  it('reports lines that belong to no entry', () => {
    const problems: DictionaryProblem[] = [];
    readPetrarchActors('+ORPHAN_\n\t[AAAGOV]\nGOOD_ [BBB]\n\tstray words\n', 'x.actors.txt', problems);
    expect(problems.map((p) => `${p.line}: ${p.reason}`)).toEqual([
      '1: synonym "+ORPHAN_" has no entry above it', '2: date restriction "[AAAGOV]" has no entry above it',
      '4: indented line "stray words" is neither a +synonym nor a [code] restriction',
    ]);
    expect(readPetrarchAgents('COP [~XY]\n', 'x.agents.txt', problems)).toEqual([]);
    expect(problems[3]!.reason).toContain('bad agent code');
  });
});
