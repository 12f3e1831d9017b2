import { describe, expect, it } from 'vitest';
import { compileActors, loadActorDictionary } from '../actors/index.js';
import { storyContext } from './context.js';
import { fixtureGeo, placesOf, placesPipeline, run } from './fixture.test-helpers.js';
import { namesInsideUnknown } from './inside-names.js';

const geo = fixtureGeo();
const pipeline = placesPipeline(geo);
const places = (text: string) => placesOf(run(pipeline, text));
const inside = (text: string) => {
  const doc = run(pipeline, text);
  return namesInsideUnknown(doc.article.text, doc.tokens, doc.mentions, geo.gazetteer, new Set()).map((s) => s.key);
};

describe('place names inside names the actors stage could not code', () => {
  it('are read where a body\'s name opens, or after its head\'s "of"', () => {
    expect(inside('A member of Enfield Council said the plan was approved.')).toEqual(['enfield']);
    expect(inside('She studied at the University of Manitoba last year.')).toEqual(['manitoba']);
  });

  it('are not read in a street\'s name or a name with no head word', () => {
    expect(inside('The school is on Enfield Road near the park.')).toEqual([]);
    expect(inside('He met Enfield Smith on Monday.')).toEqual([]);
  });

  it('place the story for its other names, without becoming places themselves', () => {
    expect(places('Pupils from an Edmonton school planted flowers, a member of Enfield Council said.')).toEqual(['Edmonton=Edmonton/GBR']);
  });
});

describe('the story\'s context', () => {
  it('reads a dateline the actors stage did not know in the dateline\'s region', () => {
    const compiled = compileActors(loadActorDictionary(new URL('../../test/fixtures/actors/', import.meta.url).pathname));
    const doc = run(pipeline, 'EDMONTON, Idaho (annals) - A barn burned on Monday.');
    expect(storyContext(doc, geo.gazetteer, compiled).dateline).toBe('USA');
  });
});
