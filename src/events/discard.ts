import { readFileSync } from 'node:fs';
import type { AnnalsDocument, Token } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';

/** The built-in discard list in the package's `data/discard/`. */
export const BUILTIN_DISCARD_FILE = new URL('../../data/discard/discard.txt', import.meta.url).pathname;

/** One entry of the discard list: a phrase of lower-case words, its scope and topic. */
interface Entry {
  words: string[];
  scope: 'story' | 'sentence';
  topic: string;
}

/** The discard list, indexed by the first word of each phrase. */
export interface DiscardList {
  byFirst: Map<string, Entry[]>;
  size: number;
}

/** Load a discard list; a line outside a section or a bad header throws with its file and line. */
export function loadDiscardList(file: string = BUILTIN_DISCARD_FILE): DiscardList {
  const byFirst = new Map<string, Entry[]>();
  let section: { scope: 'story' | 'sentence'; topic: string } | null = null;
  let size = 0;
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const header = line.match(/^\[(story|sentence):([a-z-]+)\]$/);
    if (header) {
      section = { scope: header[1] as 'story' | 'sentence', topic: header[2]! };
      return;
    }
    if (line.startsWith('[')) throw new Error(`${file}:${i + 1}: bad section header "${line}"`);
    if (!section) throw new Error(`${file}:${i + 1}: "${line}" is outside any section`);
    const words = line.toLowerCase().split(/\s+/);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, ...section });
    byFirst.set(words[0]!, list);
    size++;
  });
  return { byFirst, size };
}

function fits(token: Token | undefined, word: string): boolean {
  return token !== undefined && (token.lower === word || token.lemma === word);
}

/** One phrase of the list found in the text, at a token. */
interface Hit {
  entry: Entry;
  at: number;
}

function phrasesAt(candidates: Entry[] | undefined, tokens: Token[], i: number, hits: Hit[]): void {
  if (!candidates) return;
  for (const entry of candidates) {
    let all = true;
    for (let k = 0; all && k < entry.words.length; k++) all = fits(tokens[i + k], entry.words[k]!);
    if (all) hits.push({ entry, at: i });
  }
}

/** Every place a phrase of the list occurs in tokens `[from, to)`, in text order. */
function hitsIn(list: DiscardList, tokens: Token[], from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  for (let i = from; i < to; i++) {
    const { lower, lemma } = tokens[i]!;
    phrasesAt(list.byFirst.get(lower), tokens, i, hits);
    if (lemma !== lower) phrasesAt(list.byFirst.get(lemma), tokens, i, hits);
  }
  return hits;
}

/** The distinct entries of some hits, in the order first found. */
function entriesOf(hits: Hit[]): Entry[] {
  return [...new Set(hits.map((h) => h.entry))];
}

const STORY_THRESHOLD = 3;

/**
 * Drop the events of a story about sport, markets, entertainment or weather, and of any sentence with a discard
 * phrase; say why in a message.
 */
export function applyDiscards(doc: AnnalsDocument, list: DiscardList, titleTokens: Token[]): void {
  if (doc.events.length === 0) return;
  // One pass over the story finds every phrase; sentences take theirs from it.
  const hits = hitsIn(list, doc.tokens, 0, doc.tokens.length);
  const storyHits = entriesOf(hits).filter((e) => e.scope === 'story');
  const titleHits = entriesOf(hitsIn(list, titleTokens, 0, titleTokens.length)).filter((e) => e.scope === 'story');
  const byTopic = new Map<string, number>();
  for (const e of storyHits) byTopic.set(e.topic, (byTopic.get(e.topic) ?? 0) + 1);
  const topic = titleHits[0]?.topic ?? [...byTopic].find(([, n]) => n >= STORY_THRESHOLD)?.[0];
  if (topic) {
    doc.messages.push({
      severity: 'info', ruleId: 'events/discarded-story',
      reason: `${doc.article.origin}: a ${topic} story (${(titleHits.length ? titleHits : storyHits.filter((e) => e.topic === topic)).map((e) => `"${e.words.join(' ')}"`).slice(0, 4).join(', ')}); its ${doc.events.length} event(s) dropped`,
    });
    doc.events = [];
    return;
  }
  const withEvents = new Set(doc.events.map((e) => e.sentence));
  const dropped = new Set<number>();
  for (const { entry, at } of hits) {
    const sentence = doc.sentences[doc.tokens[at]!.sentence];
    if (!sentence || entry.scope !== 'sentence' || dropped.has(sentence.index) || !withEvents.has(sentence.index)) continue;
    dropped.add(sentence.index);
    doc.messages.push({
      severity: 'info', ruleId: 'events/discarded-sentence', place: { start: sentence.start, end: sentence.end },
      reason: `${doc.article.origin}: sentence ${sentence.index} is about ${entry.topic} ("${entry.words.join(' ')}"); its events dropped`,
    });
  }
  if (dropped.size > 0) doc.events = doc.events.filter((e) => !dropped.has(e.sentence));
}

/** Plain lower-case tokens of a short text (a headline), enough for discard matching. */
function headlineTokens(title: string | null): Token[] {
  if (!title) return [];
  return title.toLowerCase().split(/[^a-z0-9&'-]+/).filter(Boolean).map((w, index) => ({
    index, start: 0, end: 0, text: w, lower: w, lemma: w, pos: 'X', sentence: 0,
  }));
}

/** The discard stage: after events, drop those of sport, market, entertainment and weather stories and sentences. */
export function discards(list: DiscardList = loadDiscardList()): Stage {
  return {
    name: 'discards',
    requires: ['events'],
    assigns: [],
    run: function discards(doc: AnnalsDocument) {
      applyDiscards(doc, list, headlineTokens(doc.article.title));
    },
  };
}
