import { describe, expect, it } from 'vitest';
import { createDocument, type Mention } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { actors, compileActors, loadActorDictionary } from './index.js';

const compiled = compileActors(loadActorDictionary(new URL('../../test/fixtures/actors/', import.meta.url).pathname));
const analyzer = createAnalyzer();

function mentionsOf(text: string, published = '2026-01-26'): Mention[] {
  const doc = createDocument({ id: 't', url: null, title: null, published, source: null, text, origin: 'test' });
  nlp(analyzer).run(doc);
  actors(compiled).run(doc);
  return doc.mentions;
}

const brief = (m: Mention) => `${m.text}=${m.code ?? '-'}`;

describe('a title and a surname', () => {
  it('reads "President Bush" as the president of that name on the article date', () => {
    expect(mentionsOf('President Bush spoke.', '2008-05-01')[0]).toMatchObject({ name: 'George W. Bush', code: 'USAGOV' });
    expect(mentionsOf('President Bush spoke.', '1991-05-01')[0]).toMatchObject({ name: 'George H. W. Bush', code: 'USAGOV' });
  });

  it('after "former", reads the one who held the office, coded by country alone', () => {
    // Putin still holds the office: "former" finds no one, and the name stays as written.
    expect(mentionsOf('Former President Putin spoke.', '2026-01-26')[0]).toMatchObject({ kind: 'person', name: 'Putin', entity: null });
    expect(mentionsOf('Former President Bush spoke.', '1995-05-01')[0]).toMatchObject({ name: 'George H. W. Bush', code: 'USA' });
  });

  it('keeps a surname no office-holder of that title has as written', () => {
    expect(mentionsOf('President Ellwood spoke.')[0]).toMatchObject({ name: 'Ellwood', entity: null });
  });
});

describe('possessives after coreference', () => {
  it('composes a surname, "\'s" and sector words into the owner\'s body', () => {
    const ms = mentionsOf("Ahmed al-Sharaa spoke. Sharaa's administration said no. Later Sharaa’s new government met.");
    expect(ms.map(brief)).toEqual(['Ahmed al-Sharaa=SYRGOV', "Sharaa's administration=SYRGOV", 'Sharaa’s new government=SYRGOV']);
    expect(ms[1]).toMatchObject({ kind: 'agent', name: 'Ahmed al-Sharaa', entity: 'ahmed-al-sharaa' });
  });
});

describe('surnames inside longer names', () => {
  it('does not read the end of someone else\'s name as a dictionary surname, and keeps the particle', () => {
    const ms = mentionsOf('The group was founded by Gen. Abu Omar al-Ansari. Later al-Ansari said the talks failed.');
    expect(ms.map((m) => `${m.text}=${m.name}`)).toEqual(['Gen. Abu Omar al-Ansari=Gen. Abu Omar al-Ansari', 'al-Ansari=Gen. Abu Omar al-Ansari']);
  });

  it('reads a surname alone with its particle', () => {
    expect(mentionsOf('Ahmed al-Sharaa arrived. Later al-Sharaa left.').map((m) => m.text)).toEqual(['Ahmed al-Sharaa', 'al-Sharaa']);
  });
});

describe('speakers and groups', () => {
  // The sentence, then the pronoun mentions with their codes.
  const table: [string, string[]][] = [
    ['"We will not stop," said the Syrian army.', ['We=SYRMIL']],
    ['"I hope so," Ahmed al-Sharaa said.', ['I=SYRGOV']],
    ['Rebel forces entered the town. They took the bridge.', ['They=-']],
    ['We agreed. Let us go.', ['We=-']],
    ['The Second World War I mean.', []],
    // His Excellency before a title is no pronoun; "HE" alone in capitals still is.
    ['The minister met HE Dr Ibrahim Jaafari.', []],
    ['HE SAID NO.', ['HE=-']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(mentionsOf(text).filter((m) => m.how.includes('pronoun')).map(brief)).toEqual(expected);
  });

  it('links "they" to the group, uncoded', () => {
    const ms = mentionsOf('Rebel forces entered the town. They took the bridge.');
    expect(ms[ms.find((m) => m.text === 'They')!.antecedent!]!.text).toBe('Rebel forces');
  });

  it('links "I" to the person who speaks', () => {
    const ms = mentionsOf('"I hope so," Ahmed al-Sharaa said.');
    const i = ms.find((m) => m.text === 'I')!;
    expect(ms[i.antecedent!]!.name).toBe('Ahmed al-Sharaa');
    expect(i.kind).toBe('person');
  });

  it('reads "myself" as the person who speaks and "ourselves" as the body they speak for', () => {
    const ms = mentionsOf('"I told myself to stop," Ahmed al-Sharaa said. We hid ourselves.');
    const myself = ms.find((m) => m.text === 'myself')!;
    expect(myself).toMatchObject({ kind: 'person', name: 'Ahmed al-Sharaa' });
    expect(ms.find((m) => m.text === 'ourselves')).toMatchObject({ kind: 'agent', how: ['coreference', 'pronoun', 'speaker-body'] });
  });
});

describe('countries named as locations', () => {
  it('marks a country after "in", "into" or a verb and "to" as a location, and its coordinated neighbours too', () => {
    const ms = mentionsOf('Russia moved troops into Syria. They fought in Syria and Turkey.');
    expect(ms.filter((m) => m.kind === 'country').map((m) => `${m.text}:${m.how.includes('locative') ? 'where' : 'who'}`)).toEqual([
      'Russia:who', 'Syria:where', 'Syria:where', 'Turkey:where',
    ]);
  });

  it('marks a country a noun is about, or with an adjective before it, as a location, but not one that owns something', () => {
    const where = (text: string) => mentionsOf(text).filter((m) => m.kind === 'country').map((m) => `${m.text}:${m.how.includes('locative') ? 'where' : 'who'}`);
    expect(where('Russia hosted a conference on Syria.')).toEqual(['Russia:who', 'Syria:where']);
    expect(where('They discussed the future of Syria and a united Turkey.')).toEqual(['Syria:where', 'Turkey:where']);
    expect(where('They read the text of Russia’s proposal.')).toEqual(['Russia:who']);
    expect(where('A statement by Russia followed.')).toEqual(['Russia:who']);
    expect(where('Ministers attended the Brussels Conference on Syria.')).toEqual(['Syria:where']);
    expect(where('Russia imposed new Syria sanctions.')).toEqual(['Russia:who', 'Syria:who']);
  });

  it('marks a country that is all of its sentence, a heading, as a location', () => {
    const where = (text: string) => mentionsOf(text).filter((m) => m.kind === 'country').map((m) => `${m.text}:${m.how.includes('locative') ? 'where' : 'who'}`);
    expect(where('Syria\n\nRussia hosted the talks.')).toEqual(['Syria:where', 'Russia:who']);
  });

  it('does not read a country after a comma as a location when it acts or has an article', () => {
    const where = (text: string) => mentionsOf(text).filter((m) => m.kind === 'country').map((m) => `${m.text}:${m.how.includes('locative') ? 'where' : 'who'}`);
    expect(where('Inside Syria, Russia is committed to the talks.')).toEqual(['Syria:where', 'Russia:who']);
    expect(where('As a long-time Ally, the United States remains steadfast.')).toEqual(['United States:who']);
    expect(where('Troops reached Raqqah, Syria.')).toEqual(['Syria:where']);
  });
});
