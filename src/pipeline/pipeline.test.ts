import { describe, expect, it } from 'vitest';
import type { Stage } from './index.js';
import { createPipeline } from './index.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns'], run: Stage['run'] = () => {}): Stage => ({ name, requires, assigns, run });

describe('createPipeline', () => {
  it('refuses a stage placed before what it needs, with a plain instruction', () => {
    expect(() => createPipeline([stage('events', ['mentions'], ['events'])])).toThrow('Cannot run the events stage without actors (add the actors stage first)');
  });

  it('runs the stages in order over one document', () => {
    const order: string[] = [];
    const pipeline = createPipeline([
      stage('nlp', [], ['tokens', 'sentences'], () => void order.push('nlp')),
      stage('actors', ['tokens'], ['mentions'], (doc) => {
        order.push('actors');
        doc.messages.push({ severity: 'info', ruleId: 'test', reason: 'ran' });
      }),
    ]);
    const doc = pipeline.run({ id: 'a', url: null, title: null, published: null, source: null, text: 'x', origin: 'test' });
    expect(order).toEqual(['nlp', 'actors']);
    expect(doc.messages).toHaveLength(1);
  });
});
