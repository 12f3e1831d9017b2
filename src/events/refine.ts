import type { ActorRef, CodedEvent, EventDate, Mention, Sentence, Token } from '../model/index.js';
import type { CameoTable } from '../cameo/index.js';
import type { Candidate } from './candidates.js';
import type { RoleResolver } from './index.js';
import { STANDALONE_ROOTS } from './standalone.js';

const HOW_CERTAINTY: Record<string, number> = {
  dictionary: 1, composed: 0.95, 'role-by-date': 1, coreference: 0.9, surname: 0.85, metonymy: 0.85, capital: 0.8,
  group: 0.85, 'former-role': 0.9,
};
const SOURCE_HOW_CERTAINTY: Record<string, number> = {
  subject: 1, slot: 1, 'by-agent': 1, possessor: 0.95, relative: 0.9, inherited: 0.85, elaborated: 0.85, implied: 0.75, none: 0.6,
};

/**
 * Codes whose parties act as states or armed forces: military cooperation (062) and military aid (072). A person
 * named in one, with no date to choose a role by, is coded by the last office held ("Russia's years of military
 * support for Assad": SYRGOV, not the SYR of the former president).
 */
const OFFICE_CODES = new Set(['062', '072']);

/**
 * Events where two subjects act on each other: "Putin and Xi met", "Thai and Cambodian troops clashed", "Thailand and
 * Cambodia agreed to a ceasefire" (0871; other yielding, "X and Y withdrew troops", is each side's own).
 */
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06', '19']);
const isReciprocal = (code: string): boolean => RECIPROCAL_ROOTS.has(code.slice(0, 2)) || code === '0871';

type Side = readonly [number, number] | null;

/** Source-target pairs: every source with every target; coordinated subjects of a reciprocal event, each way. */
function pairs(sources: Side[], targets: Side[], code: string): [Side, Side][] {
  const actors = sources.filter((x): x is readonly [number, number] => x !== null);
  if (targets.length === 1 && targets[0] === null && actors.length >= 2 && isReciprocal(code)) {
    return actors.flatMap((a) => actors.filter((b) => b[0] !== a[0]).map((b): [Side, Side] => [a, b]));
  }
  return sources.flatMap((a) => targets.map((b): [Side, Side] => [a, b]));
}

/** The actors a mention stands for: itself, or the members of "the two leaders". */
function expand(mentions: Mention[], m: number): number[] {
  const members = mentions[m]!.members;
  return members && members.length > 0 ? members : [m];
}

/** The day an event date starts, for choosing roles: 2024-12 → 2024-12-01, late 2024 → 2024-09-01. */
function firstDay(date: EventDate): string | null {
  if (!date.value || date.from === 'published' || date.from === 'unresolved') return null;
  const v = date.start ?? date.value;
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
}

function actorRef(
  text: string, mentions: Mention[], m: number, shownAs: number, roleDay: string | null, roleAt: RoleResolver | null, inOffice: boolean,
): ActorRef {
  const mention = mentions[m]!;
  const shown = mentions[shownAs]!;
  const ref = {
    text: text.slice(shown.start, shown.end), start: shown.start, end: shown.end, name: mention.kind === 'place' ? null : mention.name,
  };
  // A place standing in a slot stands for its country: "travel to Moscow" is a visit to Russia.
  if (mention.kind === 'place') return { ...ref, code: mention.country, country: mention.country, sectors: [] };
  // A named actor in an event of another date is coded with the role held then: HTS toppling Assad in 2024. In an
  // undated event that only an office-holder takes part in, the last office held: military support for Assad.
  const named = mention.entity && (mention.kind === 'person' || mention.kind === 'organization');
  const day = roleDay ?? (inOffice ? null : undefined);
  const then = named && day !== undefined && roleAt ? roleAt(mention.entity!, day) : null;
  if (then) return { ...ref, ...then, sectors: [...then.sectors] };
  return { ...ref, code: mention.code, country: mention.country, sectors: [...mention.sectors] };
}

/** Words before a place that say an event happened there: "in Syria", "across the country". */
const LOCATIVE = new Set(['in', 'inside', 'across', 'throughout']);

/**
 * The country each sentence sets its events in: the one country of the places it names after "in" ("airstrikes
 * against opposition groups ... in Syria"), a capital standing for its government aside; absent when it names none
 * or several.
 */
function settings(tokens: Token[], mentions: Mention[]): Map<number, string> {
  const found = new Map<number, string | null>();
  for (const m of mentions) {
    if ((m.kind !== 'place' && m.kind !== 'country') || !m.country || m.how.includes('metonymy')) continue;
    if (!LOCATIVE.has(tokens[m.tokenStart - 1]?.lower ?? '')) continue;
    const have = found.get(m.sentence);
    found.set(m.sentence, have === undefined || have === m.country ? m.country : null);
  }
  return new Map([...found].filter((e): e is [number, string] => e[1] !== null));
}

/** Sectors that belong to no one country: international and non-governmental organisations, multinationals. */
const TRANSNATIONAL = new Set(['IGO', 'NGO', 'MNC']);

/**
 * A group named only by its sector ("opposition groups", "rebels", "the army") belongs to the country its event is
 * set in; an opposition in a fight (root 19, conventional military force) is armed opposition, REB. Named
 * organisations keep their own codes.
 */
function situated(ref: ActorRef | null, setting: string | undefined, root: string): ActorRef | null {
  if (!ref?.code || ref.country !== null || ref.name !== null || TRANSNATIONAL.has(ref.sectors[0] ?? '')) return ref;
  const sectors = root === '19' && ref.sectors[0] === 'OPP' ? ['REB', ...ref.sectors.slice(1)] : ref.sectors;
  if (!setting) return sectors === ref.sectors ? ref : { ...ref, code: sectors.join(''), sectors };
  return { ...ref, code: setting + sectors.join(''), country: setting, sectors };
}

function certainty(mention: Mention): number {
  let c = 1;
  for (const how of mention.how) c = Math.min(c, HOW_CERTAINTY[how] ?? 1);
  if (mention.kind === 'place') c = Math.min(c, 0.75);
  return c;
}

function sameActor(a: ActorRef | null, b: ActorRef | null): boolean {
  return a !== null && b !== null && a.code === b.code && a.name === b.name;
}

/**
 * Turn candidates into events: one per source-target pair, coded from the CAMEO table; self-directed and
 * actorless pairs dropped; the same event proposed twice in a sentence kept once (verbal over nominal).
 */
export function refineCandidates(
  text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], candidates: Candidate[], cameo: CameoTable,
  dateOf: (candidate: Candidate) => EventDate,
  roleAt: RoleResolver | null = null,
): CodedEvent[] {
  const events: (CodedEvent & { key: string; nominal: boolean })[] = [];
  const settingOf = settings(tokens, mentions);
  for (const c of candidates) {
    const info = cameo.get(c.match.pattern.cameo);
    if (!info) continue;
    const sources = c.sources.length > 0 ? c.sources.flatMap((m) => expand(mentions, m).map((x) => [x, m] as const)) : [null];
    const targets = c.targets.length > 0 ? c.targets.flatMap((m) => expand(mentions, m).map((x) => [x, m] as const)) : [null];
    const trigger = tokens[c.trigger]!;
    const sentence = sentences[c.sentence]!;
    const date = dateOf(c);
    const roleDay = firstDay(date);
    const inOffice = OFFICE_CODES.has(info.code);
    for (const [s, t] of pairs(sources, targets, info.code)) {
      {
        const setting = settingOf.get(c.sentence);
        const source = situated(s ? actorRef(text, mentions, s[0], s[1], roleDay, roleAt, inOffice) : null, setting, info.root);
        const target = situated(t ? actorRef(text, mentions, t[0], t[1], roleDay, roleAt, inOffice) : null, setting, info.root);
        // With no actor named, only a material event specific enough to stand alone is kept
        // ("a stash of weapons was seized", "a car bomb exploded"), with low confidence.
        const actorless = !source?.code && !target?.code;
        // A pattern whose inner slot named no actor ("forced residents to flee") needs an actor elsewhere.
        if (actorless && (c.match.open || !(STANDALONE_ROOTS.has(info.root) && (c.nominal || c.match.pattern.specificity >= 2 || c.patient)))) continue;
        if (sameActor(source, target) || (s && t && s[0] === t[0])) continue;
        // A place stands for its country, which does not visit or cooperate with itself ("Palestinians arrived in the
        // West Bank"); force used or shown at home ("deployed forces to Jerusalem") is still news.
        const placeSide = (s !== null && mentions[s[0]]!.kind === 'place') || (t !== null && mentions[t[0]]!.kind === 'place');
        if (placeSide && info.quadClass <= 2 && source?.code != null && source.code === target?.code) continue;
        const actorCertainty = Math.min(s ? certainty(mentions[s[0]]!) : 0.6, t ? certainty(mentions[t[0]]!) : 0.7);
        const specificity = Math.min(c.match.pattern.specificity, 5);
        const confidence = (0.55 + 0.08 * specificity) * actorCertainty * (SOURCE_HOW_CERTAINTY[c.sourceHow] ?? 0.8)
          * (c.nominal ? 0.9 : 1) * (actorless ? 0.6 : 1);
        const key = `${c.sentence}|${source?.code}|${source?.name}|${target?.code}|${target?.name}|${info.root}`;
        events.push({
          sentence: c.sentence,
          evidence: { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end },
          trigger: { text: trigger.text, start: trigger.start, end: trigger.end },
          source, target, cameo: info.code, plover: info.plover, ploverMode: c.match.pattern.mode ?? info.ploverMode,
          quadClass: info.quadClass, goldstein: info.goldstein, status: c.status,
          date: { ...date },
          location: null, confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100,
          pattern: c.match.pattern.text, key, nominal: c.nominal,
          why: { source: s ? c.sourceHow : 'none', target: t ? (c.targetHow ?? 'slot') : 'none' },
        });
      }
    }
  }
  // A statement stands only where its sentence codes nothing else.
  const coded = new Set(events.filter((e) => e.pattern.endsWith('(statement)') === false).map((e) => e.sentence));
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i]!.pattern.endsWith('(statement)') && coded.has(events[i]!.sentence)) events.splice(i, 1);
  }
  dropGeneralReadings(events);
  events.push(...hostsOfVisits(events, cameo));
  // One event per sentence, dyad and root: a verbal reading beats a nominal one, then the more specific pattern.
  const kept = new Map<string, (typeof events)[number]>();
  for (const e of events) {
    const have = kept.get(e.key);
    if (!have || (have.nominal && !e.nominal) || (have.nominal === e.nominal && e.confidence > have.confidence)) kept.set(e.key, e);
  }
  return [...kept.values()].map(({ key: _key, nominal: _nominal, ...event }) => event);
}

/** Codes that say only that force was used: "carried out an attack", "raids", "fighting". */
const GENERAL_FORCE = new Set(['14', '140', '15', '150', '17', '170', '18', '180', '19', '190']);

/**
 * One happening reported in general and in specific words is coded by the specific ones: "a grenade attack was
 * carried out" is 183, not also 190; "arrested 100 people during raids" is an arrest, the raids its setting.
 * A general material-conflict event is dropped when its sentence codes a specific one from the same source.
 */
function dropGeneralReadings(events: CodedEvent[]): void {
  const specific = events.filter((e) => e.quadClass === 4 && !GENERAL_FORCE.has(e.cameo));
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.quadClass !== 4 || !GENERAL_FORCE.has(e.cameo)) continue;
    const covered = specific.some((x) => x.sentence === e.sentence
      && (e.source?.code == null || x.source?.code == null || x.source.code === e.source.code)
      && (e.target?.code == null || x.target?.code === e.target.code || x.target?.code == null));
    if (covered) events.splice(i, 1);
  }
}

/**
 * A visit has a host: "Sharaa is set to travel to Moscow for talks with Putin" is also Putin hosting Sharaa (043),
 * with the visit's status and date.
 */
function hostsOfVisits<E extends CodedEvent & { key: string; nominal: boolean }>(events: E[], cameo: CameoTable): E[] {
  const host = cameo.get('043');
  if (!host) return [];
  return events
    .filter((e) => e.cameo === '042' && e.source?.code && e.target?.code && e.target.name !== null)
    .map((e) => ({
      ...e, source: e.target, target: e.source, cameo: host.code, plover: host.plover, ploverMode: e.ploverMode, quadClass: host.quadClass,
      goldstein: host.goldstein, pattern: `${e.pattern} (the host of the visit)`, confidence: Math.round(e.confidence * 90) / 100,
      key: `${e.key}|host`, why: { source: 'visited', target: 'visitor' },
    }));
}
