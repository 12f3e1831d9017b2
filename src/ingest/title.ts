/** Longest line still taken for a title, in characters. */
const MAX_TITLE = 160;

/**
 * The title of a plain text, or null: the first non-blank line is the title when it is a paragraph of its own
 * (a blank line follows, and then more text), is shorter than 160 characters, and does not end like a sentence
 * part (`.`, `,`, `;`, `:`), as headlines do not. The text itself is never changed.
 * @example titleFromText('Talks resume in Doha\n\nNegotiators met on Monday.') // 'Talks resume in Doha'
 */
export function titleFromText(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return null;
  const title = (lines[first] ?? '').trim();
  const next = lines[first + 1];
  if (title.length >= MAX_TITLE || /[.,;:]$/.test(title)) return null;
  if (next == null || next.trim() !== '') return null;
  return lines.slice(first + 2).some((line) => line.trim() !== '') ? title : null;
}
