import type { CountryEntry, DictionaryProblem, NamedEntry, Role } from './types.js';
import {
  SECTOR_CODES, checkPetrarchCode, dayAfter, displayForm, petrarchDate, petrarchLines, phraseId, phraseWords,
} from './petrarch.js';

/** One record of a `.actors` file as read: its phrases, default code and dated restrictions. */
interface ActorRecord {
  line: number;
  phrases: string[];
  roles: Role[];
  broken: string | null;
  brokenLine: number;
}

const BRACKET = /\[([^\]]*)\]/g;

/**
 * One `[CODE restriction]` group: `[AFGGOV]` (a default), `[AFGGOV <20011222]` (until and including the day),
 * `[AFGGOV >20011222]` (from the day), `[AFGGOV 20011222-20141229]` (both days included).
 */
function readRestriction(inner: string): Role | string | null {
  const [rawCode = '', restriction, ...extra] = inner.trim().split(/\s+/);
  if (extra.length > 0) return `"[${inner}]" has more than a code and one date restriction`;
  const code = checkPetrarchCode(rawCode);
  if (code === null) return `bad code "${rawCode}" (groups of three capital letters, or --- for none)`;
  if (code === 'null') return null;
  if (restriction === undefined) return { code, fallback: true };
  const date = (text: string) => {
    const d = petrarchDate(text);
    if (d === null) throw new Error(`bad date "${text}" in "[${inner}]" (YYYYMMDD or YYMMDD)`);
    return d;
  };
  try {
    if (restriction.startsWith('<')) return { code, until: dayAfter(date(restriction.slice(1))) };
    if (restriction.startsWith('>')) return { code, from: date(restriction.slice(1)) };
    const range = /^(\d*)-(\d*)$/.exec(restriction);
    if (!range) return `bad date restriction "${restriction}" (<date, >date or date-date)`;
    const role: Role = { code };
    if (range[1]) role.from = date(range[1]);
    if (range[2]) role.until = dayAfter(date(range[2]));
    if (role.from && role.until && role.from >= role.until) return `date range "${restriction}" ends before it starts`;
    return role;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Read the bracket groups of a line into `record`; text outside the brackets breaks the record. */
function readBrackets(text: string, record: ActorRecord, line: number): void {
  if (text.replace(BRACKET, '').trim() !== '') {
    record.broken ??= `unexpected text "${text.replace(BRACKET, ' ').trim()}" beside the [code] groups`;
    record.brokenLine = line;
    return;
  }
  for (const match of text.matchAll(BRACKET)) {
    const role = readRestriction(match[1]!);
    if (typeof role === 'string') {
      record.broken ??= role;
      record.brokenLine = line;
    } else if (role) record.roles.push(role);
  }
}

/**
 * Read a PETRARCH / TABARI actors dictionary (`*.actors.txt`): a primary phrase with an optional default
 * `[CODE]`, `+synonym` lines, and tab-indented `[CODE date-date]` restrictions. A record that cannot be read is a
 * problem naming file, line and reason; the others load. A bare country code with no dates adds the phrases to
 * that country; dated records are people, the rest organisations.
 */
export function readPetrarchActors(raw: string, file: string, problems: DictionaryProblem[]): { countries: CountryEntry[]; named: NamedEntry[] } {
  const countries: CountryEntry[] = [];
  const named: NamedEntry[] = [];
  let current: ActorRecord | null = null;
  const finish = () => {
    if (!current) return;
    const rec = current;
    current = null;
    if (rec.broken) {
      problems.push({ file, line: rec.brokenLine, reason: rec.broken });
      return;
    }
    const forms = [...new Set(rec.phrases.map(displayForm))];
    rec.roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    const dated = rec.roles.some((r) => !r.fallback);
    const only = rec.roles.length === 1 ? rec.roles[0]! : null;
    if (only && !dated && only.code.length === 3 && !SECTOR_CODES.has(only.code)) {
      countries.push({ code: only.code, name: forms[0]!, names: forms, demonyms: [], capitals: [], seats: [], merge: true });
      return;
    }
    named.push({ id: phraseId(rec.phrases[0]!), kind: dated ? 'person' : 'organization', name: forms[0]!, aliases: forms.slice(1), roles: rec.roles });
  };

  for (const { line, text, indented } of petrarchLines(raw)) {
    if (text.startsWith('+')) {
      if (!current) problems.push({ file, line, reason: `synonym "${text}" has no entry above it` });
      else if (phraseWords(text.slice(1)).length === 0) {
        current.broken ??= 'empty synonym';
        current.brokenLine = line;
      } else current.phrases.push(text.slice(1));
      continue;
    }
    if (text.startsWith('[')) {
      if (!current) problems.push({ file, line, reason: `date restriction "${text}" has no entry above it` });
      else readBrackets(text, current, line);
      continue;
    }
    if (indented && current && !text.includes('[')) {
      current.broken ??= `indented line "${text}" is neither a +synonym nor a [code] restriction`;
      current.brokenLine = line;
      continue;
    }
    finish();
    const bracket = text.indexOf('[');
    const phrase = bracket < 0 ? text : text.slice(0, bracket);
    current = { line, phrases: [phrase], roles: [], broken: null, brokenLine: line };
    if (phraseWords(phrase).length === 0) {
      current.broken = `line "${text}" has a code but no phrase`;
      continue;
    }
    if (bracket >= 0) readBrackets(text.slice(bracket), current, line);
  }
  finish();
  return { countries, named };
}
