/**
 * The matching key of a name or token: lower case, accents and curly quotes folded, so "Erdoğan", "Erdogan"
 * and "ERDOGAN" share a key. Pure ASCII text (the common case) skips normalisation.
 */
export function foldKey(text: string, lowered = false): string {
  const lower = lowered ? text : text.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length && ascii; i++) if (lower.charCodeAt(i) > 127) ascii = false;
  if (ascii) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/ı/g, 'i');
}

/** The key of a dictionary string: folded, runs of spaces collapsed. */
export function nameKey(name: string): string {
  return foldKey(name.trim()).replace(/\s+/g, ' ');
}
