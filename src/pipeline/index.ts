import { createDocument, type AnnalsDocument, type Article } from '../model/index.js';
import type { Capability, Stage } from './stage.js';

export type { Capability, Stage } from './stage.js';

/** An ordered list of stages, checked once: each stage's needs are met by the stages before it. */
export interface Pipeline {
  stages: readonly Stage[];
  run(article: Article): AnnalsDocument;
}

const NEED_NAMES: Record<Capability, string> = {
  tokens: 'tokens (add the nlp stage first)',
  sentences: 'sentences (add the nlp stage first)',
  mentions: 'actors (add the actors stage first)',
  dates: 'dates (add the time stage first)',
  events: 'events (add the events stage first)',
  places: 'places (add the geo stage first)',
};

/** Build a pipeline; throws a plain instruction when a stage comes before what it needs. */
export function createPipeline(stages: Stage[]): Pipeline {
  const have = new Set<Capability>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) throw new Error(`Cannot run the ${stage.name} stage without ${NEED_NAMES[need]}`);
    }
    for (const gives of stage.assigns) have.add(gives);
  }
  return {
    stages,
    run(article) {
      const doc = createDocument(article);
      for (const stage of stages) stage.run(doc);
      return doc;
    },
  };
}
