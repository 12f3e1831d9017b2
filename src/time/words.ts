/** Month names and their news abbreviations, to month numbers 1-12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** A month name as a regular expression source (capitalised: lower-case "may" and "march" are verbs). */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** Month tokens as the tokenizer lower-cases them ("sept."), for waking parsers on capitalised month names. */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS).flatMap((k) => (k.length <= 4 && k !== 'may' && k !== 'june' && k !== 'july' ? [k, `${k}.`] : [k]));

/** The month number of a name as written ("Sept.", "October"), or 0. */
export function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Small numbers as written in news copy. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'a couple of': 2, 'a dozen': 12,
};

/** A count as a regular expression source: digits or a number word. */
export const COUNT = '(\\d{1,3}|a couple of|a dozen|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

/** The value of a count as written ("three", "12", "a"), or NaN. */
export function countOf(word: string): number {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? Number.NaN);
}

/** Ordinals of quarters and halves. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

/** Seasons as months of the northern-hemisphere news year; winter starts in December of the year before. */
export const SEASONS: Readonly<Record<string, { code: string; first: number; last: number }>> = {
  spring: { code: 'SP', first: 3, last: 5 },
  summer: { code: 'SU', first: 6, last: 8 },
  fall: { code: 'FA', first: 9, last: 11 },
  autumn: { code: 'FA', first: 9, last: 11 },
  winter: { code: 'WI', first: 12, last: 2 },
};

/** Decades written as words ("the nineties"), to the decade's first year within a century. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};
