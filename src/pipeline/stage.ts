import type { AnnalsDocument } from '../model/index.js';

/** What a stage reads and writes on the document: the pipeline checks the order once, when it is built. */
export type Capability = 'tokens' | 'sentences' | 'mentions' | 'dates' | 'events' | 'places';

/** One pipeline step: a named function over the document, with what it needs and what it adds. */
export interface Stage {
  name: string;
  requires: Capability[];
  assigns: Capability[];
  run(doc: AnnalsDocument): void;
}
