import { describe, expect, it } from 'vitest';
import { createDocument, type Mention } from '../../src/model/index.js';
import { createAnalyzer, nlp } from '../../src/nlp/index.js';
import { actors, compileActors, loadActorDictionary, unknownNames } from '../../src/actors/index.js';
import { predicted } from '../../scripts/eval/ner-convention.js';
import { SETS, type ConllDoc } from '../../scripts/eval/ner-conll.js';

const compiled = compileActors(loadActorDictionary(new URL('../../test/fixtures/actors/', import.meta.url).pathname));
const analyzer = createAnalyzer();

/** The re3d-style entities predicted for whitespace-separated tokens, as "words:LABEL". */
function re3d(words: string[]): string[] {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const w of words) {
    if (text && !/^[.,']/.test(w)) text += ' ';
    starts.push(text.length);
    text += w;
    ends.push(text.length);
  }
  const doc = createDocument({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text, origin: 'test' });
  nlp(analyzer).run(doc);
  actors(compiled).run(doc);
  unknownNames(compiled).run(doc);
  const conll: ConllDoc = { id: 't', text, starts, ends, tokens: words, gold: [] };
  return predicted(conll, doc, SETS[0], undefined, compiled.clues['place-noun'])
    .filter((p) => p !== null).map((p) => `${words.slice(p!.start, p!.end).join(' ')}:${p!.label}`);
}

/** The re3d-style entities of a text whose words are the tokenizer's own ("HTS-held" is "HTS", "-", "held"). */
function closedUp(text: string): string[] {
  const doc = createDocument({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text, origin: 'test' });
  nlp(analyzer).run(doc);
  actors(compiled).run(doc);
  unknownNames(compiled).run(doc);
  const words = doc.tokens.map((t) => t.text);
  const conll: ConllDoc = { id: 't', text, starts: doc.tokens.map((t) => t.start), ends: doc.tokens.map((t) => t.end), tokens: words, gold: [] };
  return predicted(conll, doc, SETS[0]).filter((p) => p !== null).map((p) => `${words.slice(p!.start, p!.end).join(' ')}:${p!.label}`);
}

describe('re3d conventions', () => {
  it('marks the outermost noun phrase, with the name and article inside it', () => {
    expect(re3d('Strikes hit an HTS tactical unit .'.split(' '))).toContain('an HTS tactical unit:ORG');
  });

  it('leaves a number before the phrase out, as re3d marks it a Quantity, and "that" opening a clause', () => {
    expect(re3d('Strikes hit three HTS tactical units .'.split(' '))).toContain('HTS tactical units:ORG');
    expect(re3d('Reports said that Syrian people fled .'.split(' '))).toContain('Syrian people:ORG');
    expect(re3d('Commenting on reports that HTS forces have reached the city .'.split(' '))).toContain('HTS forces:ORG');
  });

  it('takes a nationality adjective into the phrase of the description noun after it', () => {
    expect(re3d('Aid reached the Syrian people .'.split(' '))).toContain('the Syrian people:ORG');
  });

  it('takes in a word closed up after a hyphen and capitalised modifiers no mention covers', () => {
    expect(re3d('Strikes hit two HTS-held buildings .'.split(' '))).toContain('HTS-held buildings:LOC');
    expect(re3d('They fled the Assad government .'.split(' '))).toContain('the Assad government:ORG');
  });

  it('takes in the place or body that people belong to, after "of"', () => {
    expect(re3d('Aid reached the people of Syria .'.split(' '))).toContain('the people of Syria:ORG');
    expect(re3d('Shells hit the group of HTS forces .'.split(' '))).toContain('the group of HTS forces:ORG');
  });

  it('keeps a title with its portfolio and the name after it as one person, and a body before a title', () => {
    expect(re3d('The minister for Syria Tobias Berg spoke .'.split(' '))).toContain('The minister for Syria Tobias Berg:PER');
    expect(re3d('An HTS official spoke .'.split(' '))).toContain('An HTS official:PER');
    expect(re3d('The visit by Deputy Minister Tobias Berg ended .'.split(' '))).toContain('Deputy Minister Tobias Berg:PER');
  });

  it('takes an adjective before a place name and a place noun after it into the place', () => {
    expect(re3d('Shelling in eastern Damascus stopped .'.split(' '))).toContain('eastern Damascus:LOC');
    expect(re3d('Troops were in Damascus city .'.split(' '))).toContain('Damascus city:LOC');
  });

  it('takes a place noun no mention covers, with the names before it, and "of" the place into one place', () => {
    expect(re3d('Aid reached the Yazidi town of Damascus .'.split(' '))).toContain('the Yazidi town of Damascus:LOC');
  });

  it('marks a bearing set apart by a comma or after a distance as a location, not one inside a clause', () => {
    expect(re3d('Shells hit a depot , north of Damascus .'.split(' '))).toContain('north of Damascus:LOC');
    expect(re3d('Shells hit a village 35km south of Damascus .'.split(' '))).toContain('35km south of Damascus:LOC');
    expect(re3d('The village lies south of Damascus .'.split(' '))).toContain('Damascus:LOC');
  });

  it('leaves out a bare title in apposition between commas, as it says what the person is', () => {
    const found = re3d('Gen. John Smith , leader , spoke .'.split(' '));
    expect(found.some((e) => e.startsWith('leader'))).toBe(false);
    expect(found).toContain('Gen. John Smith:PER');
  });

  it('takes a quantifier opening the sentence into the phrase', () => {
    expect(re3d('Some partners of the group left .'.split(' '))).toContain('Some partners of the group:ORG');
  });

  it('takes adjectives joined by "and" before the noun into the phrase', () => {
    expect(re3d('Aid reached local and foreign partners .'.split(' '))).toContain('local and foreign partners:ORG');
  });

  it('takes a possessor no mention covers and a hyphened compound into the phrase', () => {
    expect(re3d("Shells hit Karim 's own forces .".split(' '))).toContain("Karim 's own forces:ORG");
    expect(re3d('Shells hit pro-HTS forces .'.split(' '))).toContain('pro-HTS forces:ORG');
  });

  it('takes the names and modifiers before a body\'s name no dictionary knows into it', () => {
    expect(re3d('Aid reached the Syrian Baath Party .'.split(' '))).toContain('the Syrian Baath Party:ORG');
  });

  it('does not mark a name inside a longer one', () => {
    const inLonger = re3d('Aid reached the Syria Recovery Fund today .'.split(' '));
    expect(inLonger.some((e) => e.startsWith('Syria:') || e.startsWith('the Syria:'))).toBe(false);
  });

  it('marks a site named by the body or thing it serves as a location', () => {
    expect(re3d('Strikes hit an HTS building .'.split(' '))).toContain('an HTS building:LOC');
  });

  it('takes a place and the first-level division after a comma as one location', () => {
    const text = 'He died in Cibolo , Texas .';
    const words = text.split(' ');
    const doc = createDocument({ id: 't', url: null, title: null, published: '2026-01-26', source: null, text, origin: 'test' });
    nlp(analyzer).run(doc);
    const place = (i: number, precision: 'city' | 'admin1'): Mention => {
      const t = doc.tokens[i]!;
      return {
        text: t.text, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: 0, kind: 'place', code: 'USA', country: 'USA',
        sectors: [], name: t.text, entity: null, antecedent: null, how: ['gazetteer'],
        place: { geonameId: 1, name: t.text, lat: 0, lon: 0, country: 'USA', admin1: 'Texas', featureClass: null, population: null, precision },
      };
    };
    doc.mentions = [place(3, 'city'), place(5, 'admin1')];
    const starts = words.map((_, i) => doc.tokens[i]!.start);
    const ends = words.map((_, i) => doc.tokens[i]!.end);
    const found = predicted({ id: 't', text, starts, ends, tokens: words, gold: [] }, doc, SETS[0]);
    expect(found.map((p) => p && `${words.slice(p.start, p.end).join(' ')}:${p.label}`)).toEqual(['Cibolo , Texas:LOC']);
  });

  it('does not mark an actor noun listed among things', () => {
    expect(re3d('Strikes used attack , bomber , soldier and drone aircraft .'.split(' ')).some((e) => e.startsWith('soldier'))).toBe(false);
    expect(re3d('Aid reached a soldier , his family and a friend .'.split(' '))).toContain('a soldier:PER');
  });

  it('leaves the article out of a name closed up with a hyphen to the word after it', () => {
    expect(closedUp('Strikes hit an HTS-held depot .')).toContain('HTS:ORG');
  });

  it('takes the word closed up before a hyphen into the phrase, never opening it with the hyphen', () => {
    expect(closedUp('They fought the so-called regime .')).toContain('the so - called regime:ORG');
  });

  it('marks a building housing a sector as a location', () => {
    expect(re3d('Shells hit the hospital .'.split(' '))).toContain('the hospital:LOC');
    expect(re3d('Shells hit the Tishreen Military Hospital .'.split(' '))).toContain('the Tishreen Military Hospital:LOC');
  });
});
