/**
 * annals' mentions converted to a NER set's conventions (see `SETS` in `ner-conll.ts`): the label `annals annotate`
 * prints, a country as an organisation where it acts (re3d), a building housing a sector as a location (re3d), names
 * apart from descriptions and pronouns (wikigold), an article in or out of the span, a person's title in or out of
 * it, re3d's outermost noun phrase where annals keeps a name inside the phrase as its own mention, and no predicate of
 * a verb of being in re3d ("Qanbar was a commander").
 */
import { annotatedMention } from '../../src/cli/commands/annotate.js';
import type { CompiledActors } from '../../src/actors/index.js';
import type { AnnalsDocument, Mention, Token } from '../../src/index.js';
import { singular } from '../../src/actors/descriptions.js';
import type { ConllDoc, Convention, Entity, Label } from './ner-conll.js';

/**
 * The NER label of a mention as annotate prints it; null for dates and bare nationality adjectives. Where a set
 * counts acting countries as organisations (re3d), a country not read as a location (`how` has `locative`: "strikes
 * in Syria") is an organisation ("Russia said", "the UK's commitment").
 */
export function labelOf(m: Mention, set?: Convention, placeNouns?: ReadonlySet<string>): Label | null {
  const kind = annotatedMention(m).kind;
  // re3d marks a building or site as a location ("the hospital", "a mosque"); annals codes the sector it houses as an
  // actor (MED, REL). A sector body, or a name no dictionary knows, headed by a place noun is a location there
  // ("Al Assad University Hospital").
  if (kind === 'organization' && (m.kind === 'agent' || m.how[0] === 'unknown') && set?.phrases === 'outer' && placeNouns?.has(singular(m.text.split(' ').pop()!.toLowerCase()))) return 'LOC';
  if (kind === 'person') return 'PER';
  if (kind === 'organization') return 'ORG';
  if (kind === 'country' && set?.countries === 'actors' && !m.how.includes('locative')) {
    // A demonym in the plural is people ("Syrians fled"), an organisation in re3d; in the singular, an adjective.
    if (!m.how.includes('demonym') || /s$/.test(m.text)) return 'ORG';
  }
  if (kind === 'country' || kind === 'place') return m.how.includes('demonym') && m.sectors.length === 0 ? null : 'LOC';
  return null;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** A mention made of a name, not of sector words, a title or a pronoun ("Putin", "Mosul", "Syrian President Putin"). */
export function isName(m: Mention): boolean {
  if (m.how.includes('pronoun') || m.how.includes('group') || m.how.includes('title') || m.how.includes('description')) return false;
  return m.kind !== 'agent' && !(m.kind === 'person' && m.entity === null && m.how[0] === 'dictionary' && !m.how.includes('composed'));
}

/** How many tokens of a title or office open `words` at `i` ("Brigadier General", "Dr.", "Syrian President"), or 0. */
export type TitleAt = (words: string[], i: number) => number;

/** Titles as the dictionaries know them: sector words, person titles ("Mr.", "Gen.") and demonyms before a title. */
export function titleMatcher(compiled: CompiledActors): TitleAt {
  const isTitle = (key: string) => compiled.clues['person-title'].has(key)
    || (compiled.senses.get(key) ?? []).some((s) => s.type === 'agent' || (s.type === 'country' && s.via === 'demonym'));
  return (words, i) => {
    for (let n = Math.min(3, words.length - i); n > 0; n--) if (isTitle(words.slice(i, i + n).join(' ').toLowerCase())) return n;
    return 0;
  };
}

/** A predicted entity and the mention it came from. */
export interface Prediction extends Entity {
  mention: Mention;
}

const DEMONSTRATIVES = new Set(['this', 'that']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const DISTANCE = /^\d+(?:\.\d+)?(?:km|mi|miles|kilometres|kilometers)$/;
const UNITS = new Set(['km', 'mi', 'miles', 'kilometres', 'kilometers']);
const QUANTIFIERS = new Set(['all', 'some', 'many', 'most', 'these', 'those', 'this', 'that', 'another', 'other', 'both', 'each', 'every', 'several', 'his', 'her', 'its', 'our', 'their', 'my', 'your']);

/**
 * A mention whose head is a common noun: sector words, titles alone and descriptions ("forces", "spokesman", "the
 * city"), not a name or a pronoun.
 */
function headedByNoun(m: Mention): boolean {
  if (m.how.includes('pronoun')) return false;
  return m.kind === 'agent' || m.how.includes('description') || (m.kind === 'person' && m.entity === null && m.name === null && m.how[0] === 'dictionary');
}

/**
 * re3d marks the outermost noun phrase as one entity, labelled by its head; annals keeps each name inside a phrase as
 * its own mention. A titled person's span takes in capitalised words no mention covers before it ("Deputy Secretary
 * of State Antony Blinken"). Spans in `coded.tokens` of the phrases a noun-headed mention, or a body's name no dictionary knows
 * headed by a body word ("Computer Society" in "the Syrian Computer Society", "Small Group" in "the Coalition's
 * Small Group"), heads: over lower-case modifiers
 * and quantifiers ("ISIL tactical units", "all parties", "religious and civic leaders"), but not over a number before them, which re3d mostly
 * marks as a Quantity entity of its own ("three [ISIL tactical units]"; a number annals' own span starts with stays,
 * as re3d is split on those: "139 [insurgents]", "[97 civilians]"), nor over "that" opening a clause ("reports that
 * [ISIL forces]"); over hyphenated modifiers and a name or possessive before it ("ISIL-held buildings", "Assad's
 * regime", "Karim's own family", "pro-Assad forces") and capitalised modifiers no mention covers ("the Assad regime", "Shia Muslim worshippers"); a place
 * description with "of" and the place ("the city of Mosul"); people or a group described with "of" and the place or body they belong to
 * ("the people of Mosul", "members of the Al Bu Nimr tribe"); a title with "for" and its portfolio, and the name
 * after it ("Minister for the Middle East Tobias Ellwood"); a place name with a lower-case adjective before it or a
 * place noun after it ("eastern Aleppo", "Mosul district"); and a place with the country after a comma ("Palmyra,
 * Syria") or its first-level division ("Cibolo, Texas"). The names taken in are `absorbed`: re3d does not mark them apart. A name that opens a longer name no
 * mention covers is `inName` (see `opensLongerName`); one before a place noun no mention covers heads a site, a location
 * in re3d (`sites`: "a VBIED facility").
 */
function outerPhrases(
  coded: AnnalsDocument, placeNouns?: ReadonlySet<string>,
): { spans: Map<Mention, [number, number]>; absorbed: Set<Mention>; inName: Set<Mention>; sites: Set<Mention> } {
  const { tokens, mentions } = coded;
  const byEnd = new Map<number, Mention>();
  const byStart = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.kind === 'date') continue;
    byEnd.set(m.tokenEnd, m);
    if (!byStart.has(m.tokenStart)) byStart.set(m.tokenStart, m);
  }
  const spans = new Map<Mention, [number, number]>();
  const absorbed = new Set<Mention>();
  const inName = new Set<Mention>();
  const sites = new Set<Mention>();
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  const same = (a: Token | undefined, b: Token) => a !== undefined && a.sentence === b.sentence;
  for (const m of mentions) {
    if (absorbed.has(m)) continue;
    let s = m.tokenStart;
    let e = m.tokenEnd;
    // "eastern Aleppo", "northern Syria", "Mosul district", "Hasaka Province": a place named with an adjective before
    // it or a place noun after it.
    if ((m.kind === 'place' || (m.kind === 'country' && m.how.includes('locative'))) && !m.how.includes('description')) {
      while (same(tokens[s - 1], tokens[s]!) && tokens[s - 1]!.pos === 'ADJ' && /^[a-z]/.test(tokens[s - 1]!.text)) s--;
      const noun = tokens[e];
      if (noun && same(noun, tokens[s]!) && !covered[e] && placeNouns?.has(singular(noun.lower))) e++;
    }
    // "the Karrada district of Baghdad", "the Yazidi village of Ba'idn": a place noun no mention covers, with the
    // names and adjectives before it, and "of" the place, are one place.
    if ((m.kind === 'place' || (m.kind === 'country' && m.how.includes('locative'))) && tokens[s - 1]?.lower === 'of') {
      const noun = tokens[s - 2];
      if (noun && same(noun, tokens[s]!) && !covered[s - 2] && noun.pos === 'NOUN' && /^[a-z]/.test(noun.text) && placeNouns?.has(singular(noun.lower))) {
        let k = s - 2;
        while (same(tokens[k - 1], tokens[s]!) && !covered[k - 1] && (/^\p{Lu}/u.test(tokens[k - 1]!.text) || tokens[k - 1]!.pos === 'ADJ')) k--;
        if (k < s - 2) s = k;
      }
    }
    // ", northeast of the city", "about 35km south of Mosul": a bearing set apart by a comma, or after a distance, is
    // a location of its own, not the place it is taken from ("located south of Baghdad").
    if (m.kind === 'place' || (m.kind === 'country' && m.how.includes('locative'))) {
      let k = s - 1;
      if (tokens[k]?.lower === 'the') k--;
      const bearing = tokens[k - 1];
      if (tokens[k]?.lower === 'of' && bearing && same(bearing, tokens[s]!) && COMPASS.has(bearing.lower)) {
        const before = tokens[k - 2];
        if (before?.text === ',') s = k - 1;
        else if (before && same(before, tokens[s]!) && DISTANCE.test(before.text)) s = k - 2;
        // "35 km south of Mosul", as the tokenizer may cut it.
        else if (before && same(before, tokens[s]!) && UNITS.has(before.lower) && /^\d/.test(tokens[k - 3]?.text ?? '') && before.start === tokens[k - 3]!.end) s = k - 3;
      }
    }
    // "Deputy Secretary of State Antony Blinken", "FCO Minister Tobias Ellwood": capitalised words no mention covers
    // before a titled person's name open the title.
    if (m.kind === 'person' && !headedByNoun(m) && !m.how.includes('pronoun') && /^\p{Lu}/u.test(tokens[s]!.text)) {
      while (same(tokens[s - 1], tokens[s]!) && !covered[s - 1] && /^\p{Lu}/u.test(tokens[s - 1]!.text) && (tokens[s - 1]!.pos === 'PROPN' || tokens[s - 1]!.pos === 'ADJ')) s--;
    }
    if (headedByNoun(m) || m.how.includes('guess:organization-word')) {
      const head = tokens[m.tokenEnd - 1]!.lower;
      const plural = singular(head) !== head;
      for (;;) {
        const t = tokens[s - 1];
        if (!same(t, tokens[s]!)) break;
        const name = byEnd.get(s);
        const owner = /^['’]s$/.test(t!.lower) ? byEnd.get(s - 1) : undefined;
        if (name && name.kind !== 'date' && !name.how.includes('pronoun')) {
          absorbed.add(name);
          s = name.tokenStart;
        } else if (owner && !owner.how.includes('pronoun')) {
          absorbed.add(owner);
          s = owner.tokenStart;
        } else if (/^['’]s$/.test(t!.lower) && !covered[s - 2] && tokens[s - 2]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[s - 2]!.text) && same(tokens[s - 2], tokens[s]!)) {
          // "Assad's brutal regime": a name no mention covers as the possessor.
          s -= 2;
        } else if (t!.text === '-' && t!.end === tokens[s]!.start && s >= 2) s--;
        // "pro-Assad forces": a compound closed up with a hyphen in one token.
        else if (/^[a-z]+-\p{L}/u.test(t!.text)) s--;
        else if (t!.pos === 'NUM' || /^\d/.test(t!.text)) break;
        // "reports that ISIL forces": "this" and "that" before a plural head open a clause, not the phrase.
        else if (DEMONSTRATIVES.has(t!.lower) && plural) break;
        else if (/^[a-z]/.test(t!.text) && (t!.pos === 'ADJ' || t!.pos === 'NOUN' || (QUANTIFIERS.has(t!.lower) && t!.pos !== 'SCONJ'))) s--;
        // "This great building", "Some members": a quantifier capitalised as the first word of its sentence.
        else if (QUANTIFIERS.has(t!.lower) && !same(tokens[s - 2], t!) && t!.pos !== 'SCONJ') s--;
        // "religious and civic leaders": adjectives joined by "and" or "or" before the noun.
        else if ((t!.lower === 'and' || t!.lower === 'or') && tokens[s]!.pos === 'ADJ' && tokens[s - 2]?.pos === 'ADJ' && /^[a-z]/.test(tokens[s - 2]!.text) && same(tokens[s - 2], tokens[s]!)) s -= 2;
        // "ISIL-held buildings", "bomb-damaged": a word closed up after a hyphen.
        else if (/^[a-z]/.test(t!.text) && tokens[s - 2]?.text === '-' && tokens[s - 2]!.end === t!.start) s--;
        // "the Assad regime", "Shia Muslim worshippers": capitalised modifiers no mention covers.
        else if (/^\p{Lu}/u.test(t!.text) && (t!.pos === 'PROPN' || t!.pos === 'ADJ') && !covered[s - 1]) s--;
        else break;
        if (QUANTIFIERS.has(tokens[s]!.lower)) break;
      }
      // "the so-called caliphate": a phrase never opens with a hyphen; the word closed up before it belongs with it.
      if (tokens[s]!.text === '-' && s < m.tokenStart) {
        if (same(tokens[s - 1], tokens[s]!) && tokens[s - 1]!.end === tokens[s]!.start) s--;
        else s++;
      }
    }
    const next = tokens[e];
    const after = byStart.get(e + 1);
    const owner = after ?? (tokens[e + 1]?.lower === 'the' ? byStart.get(e + 2) : undefined);
    // "the city of Mosul": a place description and the place it names.
    if (m.kind === 'place' && m.how.includes('description') && next?.lower === 'of' && after && (after.kind === 'place' || after.kind === 'country')) {
      absorbed.add(after);
      e = after.tokenEnd;
    } else if (m.kind === 'person' && headedByNoun(m) && next?.lower === 'for' && owner && (owner.kind === 'place' || owner.kind === 'country')) {
      // "Minister for the Middle East Tobias Ellwood": a title with its portfolio, and the name after it.
      absorbed.add(owner);
      e = owner.tokenEnd;
      const name = byStart.get(e);
      if (name?.kind === 'person' && name.sentence === m.sentence) {
        absorbed.add(name);
        e = name.tokenEnd;
      }
    } else if ((m.kind === 'agent' || (m.kind === 'organization' && m.how.includes('description'))) && !m.how.includes('pronoun') && next?.lower === 'of' && owner && owner.kind !== 'date' && owner.kind !== 'person' && !owner.how.includes('pronoun') && !owner.how.includes('demonym')) {
      // "the people of Mosul", "members of the Al Bu Nimr tribe", "the group of Reserve Airmen": people, or a group
      // described, and the place or body they belong to.
      absorbed.add(owner);
      e = owner.tokenEnd;
    } else if ((m.kind === 'place' && !m.how.includes('description')) && next?.text === ',' && !after?.how.includes('demonym')
      && (after?.kind === 'country' || (after?.kind === 'place' && after.place?.precision === 'admin1' && m.place?.precision !== 'admin1'))) {
      // "Palmyra, Syria", "Cibolo, Texas": a place and its country or first-level division.
      absorbed.add(after);
      e = after.tokenEnd;
    }
    if (e === m.tokenEnd && isBareName(m) && opensLongerName(tokens, e, covered)) inName.add(m);
    else if (e === m.tokenEnd && isBareName(m) && tokens[e]?.sentence === m.sentence && !covered[e] && tokens[e]!.pos === 'NOUN'
      && /^[a-z]/.test(tokens[e]!.text) && placeNouns?.has(singular(tokens[e]!.lower))) {
      // "a VBIED facility", "IED facilities": a site named by what it serves, a location.
      e++;
      sites.add(m);
    }
    if (s !== m.tokenStart || e !== m.tokenEnd) spans.set(m, [s, e]);
  }
  return { spans, absorbed, inName, sites };
}

/**
 * Is a bare actor noun one item of a list of things ("attack, bomber, fighter and remotely piloted aircraft",
 * "musicals, children, entertainment")? Coordinated words are alike: with a common noun no mention covers before
 * the comma and after it, the word names a kind of thing too.
 */
function inThingList(coded: AnnalsDocument, m: Mention): boolean {
  if (!headedByNoun(m) || (m.kind !== 'person' && m.kind !== 'agent') || m.tokenEnd - m.tokenStart !== 1) return false;
  const { tokens, mentions } = coded;
  const thing = (i: number) => {
    const t = tokens[i];
    return t !== undefined && t.sentence === m.sentence && t.pos === 'NOUN' && /^[a-z]/.test(t.text) && !mentions.some((o) => o.tokenStart <= i && i < o.tokenEnd);
  };
  const before = tokens[m.tokenStart - 1];
  const after = tokens[m.tokenEnd];
  return before?.text === ',' && thing(m.tokenStart - 2) && (after?.text === ',' || after?.lower === 'and' || after?.lower === 'or');
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'become', 'became']);

/**
 * Is a noun-headed mention the predicate of a verb of being ("Qanbar was a commander", "Hibhib is a village", "one
 * of the largest groups")? re3d marks the things a sentence refers to, not what it says they are.
 */
function isPredicate(coded: AnnalsDocument, m: Mention): boolean {
  if (!headedByNoun(m)) return false;
  const { tokens } = coded;
  let k = m.tokenStart - 1;
  if (tokens[k]?.lower === 'of' && tokens[k - 1]?.lower === 'one') k -= 2;
  else if (tokens[k]?.lower === 'the' && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'one') k -= 3;
  else if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  else return false;
  const verb = tokens[k];
  return verb !== undefined && verb.sentence === m.sentence && COPULAS.has(verb.lower);
}

/**
 * Is a noun-headed person mention a bare title in apposition to the person named before it, between commas ("Gen.
 * Joseph Votel, commander, U.S. Central Command")? Without an article or a complement it says what the person is, as a
 * predicate does, and re3d leaves it unmarked; "commander of U.S. Central Command" it marks.
 */
function isBareApposition(coded: AnnalsDocument, m: Mention): boolean {
  if (!headedByNoun(m) || m.kind !== 'person') return false;
  const { tokens, mentions } = coded;
  const first = tokens[m.tokenStart]!;
  if (tokens[m.tokenStart - 1]?.text !== ',' || tokens[m.tokenEnd]?.text !== ',' || ARTICLES.has(first.lower) || !/^[a-z]/.test(first.text)) return false;
  return mentions.some((o) => o.kind === 'person' && o.tokenEnd === m.tokenStart - 1 && o.sentence === m.sentence && !headedByNoun(o));
}

/** A body or country named as itself, not described, not a pronoun ("ISIL", "the UN", "Syria"). */
function isBareName(m: Mention): boolean {
  return (m.kind === 'organization' || m.kind === 'country') && !m.how.includes('pronoun') && !m.how.includes('description')
    && !m.how.includes('demonym') && !m.how.includes('composed') && !m.how.includes('locative');
}

/**
 * Is the name ending before token `i` part of a longer one, a capitalised word no mention covers following it ("the
 * Syria Recovery Trust Fund", "US Special Operations")? re3d marks the longer name whole or not at all, never the
 * inner name alone.
 */
function opensLongerName(tokens: Token[], i: number, covered: Uint8Array): boolean {
  const next = tokens[i];
  return next !== undefined && next.sentence === tokens[i - 1]!.sentence && !covered[i] && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
}

/** Predicted entities as token spans, converted to the set's conventions; unaligned spans (null) never match. */
export function predicted(
  doc: ConllDoc, coded: AnnalsDocument, set: Convention, titleAt?: TitleAt, placeNouns?: ReadonlySet<string>,
): (Prediction | null)[] {
  const byStart = new Map(doc.starts.map((s, i) => [s, i]));
  const byEnd = new Map(doc.ends.map((e, i) => [e, i + 1]));
  const out = new Map<string, Prediction | null>();
  const outer = set.phrases === 'outer' ? outerPhrases(coded, placeNouns) : null;
  for (const m of coded.mentions) {
    const label = outer?.sites.has(m) ? 'LOC' : labelOf(m, set, placeNouns);
    if (outer && (inThingList(coded, m) || isPredicate(coded, m) || isBareApposition(coded, m))) continue;
    if (!label || (set.mentions === 'names' && !isName(m)) || outer?.absorbed.has(m) || outer?.inName.has(m)) continue;
    const span = outer?.spans.get(m);
    const from = span ? coded.tokens[span[0]]!.start : m.start;
    const to = span ? coded.tokens[span[1] - 1]!.end : m.end;
    let start = byStart.get(from);
    const end = byEnd.get(to);
    if (start === undefined || end === undefined) {
      out.set(`x${m.start}:${m.end}`, null);
      continue;
    }
    // An article belongs to the mention when the mention heads its noun phrase ("the Mosul operation" is not "the Mosul").
    const next = coded.tokens.find((t) => t.start >= to && t.start <= to + 1);
    // A hyphen closed up after it makes the mention part of a compound modifier ("an ISIL-held tank"), which does not head.
    const heads = !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ' && !(next.text === '-' && next.start === to));
    if (set.determiners === 'include' && heads && start > 0 && ARTICLES.has(doc.tokens[start - 1]!.toLowerCase())) start--;
    if (set.determiners === 'exclude' && end - start > 1 && doc.tokens[start]!.toLowerCase() === 'the') start++;
    // CoNLL marks a person's name without the title before it: "Colonel [Jesse Auton]", "Dr. [Don Wright]".
    if (set.titles === 'apart' && titleAt && label === 'PER') {
      for (let n = titleAt(doc.tokens, start); n > 0 && end - start - n > 0; n = titleAt(doc.tokens, start)) start += n;
    }
    out.set(`${start}:${end}:${label}`, { start, end, label, mention: m });
  }
  return [...out.values()];
}
