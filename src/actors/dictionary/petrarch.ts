/**
 * What the PETRARCH / TABARI dictionary readers share: comment stripping, phrases, codes and dates, written from
 * the formats' public description (PETRARCH's `dictionaries.rst`, the TABARI manual). See docs/dictionaries.md.
 */

/** One line of a PETRARCH file with its comments removed; `indented` when it began with a tab or spaces. */
export interface PetrarchLine {
  line: number;
  text: string;
  indented: boolean;
}

/**
 * The meaningful lines of a PETRARCH file: `<!-- ... -->` comments (also across lines), `#` comments and the
 * legacy `;` comments removed; blank lines dropped.
 */
export function petrarchLines(raw: string): PetrarchLine[] {
  const out: PetrarchLine[] = [];
  let inComment = false;
  const lines = raw.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    let kept = '';
    while (text.length > 0) {
      if (inComment) {
        const close = text.indexOf('-->');
        if (close < 0) {
          text = '';
          break;
        }
        inComment = false;
        text = text.slice(close + 3);
        continue;
      }
      const open = text.indexOf('<!--');
      if (open < 0) {
        kept += text;
        break;
      }
      kept += text.slice(0, open);
      inComment = true;
      text = text.slice(open + 4);
    }
    const cut = kept.search(/[#;]/);
    if (cut >= 0) kept = kept.slice(0, cut);
    if (kept.trim() === '') continue;
    out.push({ line: i + 1, text: kept.trim(), indented: /^[\t ]/.test(kept) });
  }
  return out;
}

/** The words of a phrase string: words are separated by blanks or underscores ("JAMES_BYRNES_"). */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/[\s_]+/).filter((w) => w !== '');
}

/**
 * How a PETRARCH phrase is written in annals: PETRARCH writes everything in capitals, annals matches case, so a
 * short single word stays an acronym ("UN", "EU") and anything else is written as a name ("Hamid Karzai").
 */
export function displayForm(phrase: string): string {
  const words = phraseWords(phrase);
  if (words.length === 1 && words[0]!.replace(/[^A-Za-z]/g, '').length <= 3) return words[0]!.toUpperCase();
  return words.map((w) => w.toLowerCase().replace(/(^|[-'.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())).join(' ');
}

/** A CAMEO code as PETRARCH writes it: groups of three capitals ("AFGGOV", "IGOUNO"); `---` is the null code. */
export function checkPetrarchCode(code: string): string | null | 'null' {
  if (/^-+$/.test(code)) return 'null';
  if (!/^(?:[A-Z]{3})+$/.test(code)) return null;
  return code;
}

/** `YYYYMMDD` or `YYMMDD` as `YYYY-MM-DD`; two-digit years up to 30 are 20xx, later ones 19xx. Null when invalid. */
export function petrarchDate(text: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(text)) {
    y = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The day after a `YYYY-MM-DD` date: PETRARCH bounds are inclusive, annals' `until` is exclusive. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A lower-case, hyphenated id from a phrase: "HAMID_KARZAI_" gives "hamid-karzai". */
export function phraseId(phrase: string): string {
  return phraseWords(phrase).join('-').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/** CAMEO's three-letter sector and organisation codes: a bare one of these is not a country. */
export const SECTOR_CODES = new Set([
  'GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'LEG', 'MED', 'BUS', 'CVL', 'EDU', 'HLH', 'REF', 'IGO', 'NGO', 'SPY',
  'ELI', 'LAB', 'REL', 'UAF', 'INS', 'SEP', 'HRI', 'ENV', 'AGR', 'DEV', 'RAD', 'CRM', 'MNC', 'IMG', 'NGM', 'UIS', 'MOD',
]);
