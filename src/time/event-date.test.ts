import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actors, compileActors, loadActorDictionary } from '../actors/index.js';
import { loadCameo } from '../cameo/index.js';
import { events, loadLexicon } from '../events/index.js';
import type { CodedEvent, EventDate } from '../model/index.js';
import { createAnalyzer, nlp } from '../nlp/index.js';
import { createPipeline } from '../pipeline/index.js';
import { time } from './index.js';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;
const cameo = loadCameo();
const pipeline = createPipeline([
  nlp(createAnalyzer()), actors(compileActors(loadActorDictionary(fixtures + 'actors'))), time(),
  events(loadLexicon([fixtures + 'lexicon'], (c) => cameo.has(c)), cameo),
]);

function code(text: string, published: string | null = '2026-01-26'): CodedEvent[] {
  return pipeline.run({ id: 't', url: null, title: null, published, source: null, text, origin: 'test' }).events;
}

const dateOf = (text: string, trigger: string, published: string | null = '2026-01-26'): EventDate => {
  const found = code(text, published).find((e) => e.trigger.text === trigger);
  expect(found, `an event on "${trigger}"`).toBeDefined();
  return found!.date;
};

interface Expected {
  trigger: string;
  sentence?: number;
  status?: string;
  date: Partial<EventDate>;
}

describe('the dates of a story\'s events (test/fixtures/time/moscow-visit.json)', () => {
  const fixture = JSON.parse(readFileSync(fixtures + 'time/moscow-visit.json', 'utf8')) as {
    article: { text: string; published: string }; expected: Expected[];
  };
  const coded = code(fixture.article.text, fixture.article.published);
  it.each(fixture.expected.map((e) => [`${e.trigger}${e.sentence !== undefined ? ` (sentence ${e.sentence})` : ''}`, e] as const))('%s', (_, want) => {
    const event = coded.find((e) => e.trigger.text === want.trigger && (want.sentence === undefined || e.sentence === want.sentence));
    expect(event, `an event on "${want.trigger}"`).toBeDefined();
    expect(event!.date).toMatchObject(want.date);
    if (want.status) expect(event!.status).toBe(want.status);
  });
});

describe('event dates', () => {
  it('takes the date of the event\'s own verb, not of the verb reporting it', () => {
    expect(dateOf('Officials said on Monday that Russian troops attacked Turkey on Sunday.', 'attacked')).toMatchObject({ value: '2026-01-25', from: 'text' });
    // Without a date of its own, the report's day dates it, from the sentence.
    expect(dateOf('Officials said on Monday that Russian troops attacked Turkey.', 'attacked')).toMatchObject({ value: '2026-01-26', from: 'sentence' });
  });

  it('reads a planned event\'s weekday forward', () => {
    expect(dateOf('Russia will resume talks with Turkey on Friday.', 'resume')).toMatchObject({ value: '2026-01-30', from: 'text' });
  });

  it('dates an event in the perfect before the reference day, without a day', () => {
    expect(dateOf('Russia has imposed sanctions on Turkey.', 'imposed')).toEqual({ value: null, precision: null, text: null, from: 'unresolved', end: '2026-01-26' });
    expect(dateOf('Having condemned Russia, Syria attacked Turkey.', 'condemned')).toMatchObject({ from: 'unresolved', end: '2026-01-26' });
  });

  it('dates a planned event with no date by the publication date, and says so', () => {
    expect(dateOf('Vladimir Putin will meet Ahmed al-Sharaa.', 'meet')).toEqual({ value: '2026-01-26', precision: 'day', text: null, from: 'published' });
  });

  it('takes the dateline\'s day when the story has one, and says so', () => {
    expect(dateOf('MOSCOW, Jan 26 (Reuters) - Syria condemned Russia.', 'condemned', '2026-01-27')).toEqual({
      value: '2026-01-26', precision: 'day', text: null, from: 'dateline',
    });
  });

  it('leaves dates unresolved without a publication date, but reads a stated year', () => {
    expect(dateOf('Syria condemned Russia on Wednesday.', 'condemned', null)).toMatchObject({ value: null, from: 'unresolved' });
    expect(dateOf('Syria condemned Russia.', 'condemned', null)).toMatchObject({ value: null, from: 'unresolved' });
    expect(dateOf('Syria condemned Russia in 2024.', 'condemned', null)).toMatchObject({ value: '2024', from: 'text' });
  });

  it('links an event to an earlier dated mention of it by the same verb', () => {
    const text = 'Russia granted asylum to Bashar al-Assad in December 2024. Later, officials said Russia granted asylum to Bashar al-Assad and his family.';
    const dates = code(text).filter((e) => e.cameo === '075').map((e) => [e.sentence, e.date.value, e.date.from]);
    expect(dates).toEqual([[0, '2024-12', 'text'], [1, '2024-12', 'coreference']]);
  });

  it('dates events within "years of" a stretch before the reference day', () => {
    expect(dateOf("After years of war, Russian troops attacked Turkey.", 'attacked')).toMatchObject({ from: 'unresolved', end: '2026-01-26', text: 'years of' });
  });
});
