import type { Token } from '../model/index.js';

/** Past forms the tagger often takes for nouns or adjectives ("troops shot dead", "Egypt mediated talks"). */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(Object.entries({
  shot: 'shoot', hit: 'hit', fled: 'flee', struck: 'strike', fought: 'fight', led: 'lead', held: 'hold', met: 'meet',
  sent: 'send', left: 'leave', seized: 'seize', killed: 'kill', wounded: 'wound', shelled: 'shell', bombed: 'bomb',
  mediated: 'mediate', sheltered: 'shelter', stormed: 'storm', raided: 'raid', ambushed: 'ambush', kidnapped: 'kidnap',
  abducted: 'abduct', arrested: 'arrest', detained: 'detain', banned: 'ban', sanctioned: 'sanction', rallied: 'rally',
  protested: 'protest', marched: 'march', clashed: 'clash', torched: 'torch', looted: 'loot', hurled: 'hurl', threw: 'throw',
  burned: 'burn', burnt: 'burn', blew: 'blow', captured: 'capture', recaptured: 'recapture', overran: 'overrun', beat: 'beat',
}));
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON', 'ADV', 'ADP', 'NOUN']);

/**
 * Mend the tagger's commonest slip on news: a past-tense verb between a subject and its object tagged as a
 * noun or adjective. Only known forms are mended, and only in that position.
 */
export function repairVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') continue;
    // A map, not an object: "constructor" is no past form.
    const lemma = IRREGULAR_PAST.get(t.lower);
    if (!lemma) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    if (!SUBJECT_END.has(prev.pos) || prev.lower === "'s") continue;
    if (!OBJECT_START.has(next.pos) && next.lower !== 'dead') continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}
