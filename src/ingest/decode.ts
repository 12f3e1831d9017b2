/** How many leading bytes are inspected to tell text from binary. */
export const HEAD_BYTES = 8192;

/** Share of control characters in the head above which an input is taken for binary. */
const CONTROL_SHARE = 0.1;

/** The UTF-8 byte order mark. */
export const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Whether bytes look binary rather than text: a NUL byte, or more than 10% control characters
 * (tab, line feed, form feed and carriage return excepted) among the first 8 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, HEAD_BYTES);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) control++;
  }
  return head.length > 0 && control / head.length > CONTROL_SHARE;
}

/** Whether bytes start with a UTF-8 byte order mark. */
export function hasBom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte);
}

/** Decode UTF-8 strictly, dropping a leading byte order mark; null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false (the default) makes the decoder drop a leading BOM; everything else is kept as given.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A check of the head common to every text format: the reason it cannot be read as text, or null. */
export function textProblem(head: Uint8Array): string | null {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return 'is UTF-16, not UTF-8; convert it first';
  }
  return looksBinary(head) ? 'looks binary, not text' : null;
}

/** The reason given for a text over the limit: "is 20.0 MB, over the 10.0 MB limit; raise it with --max-bytes". */
export function tooLarge(size: number, maxBytes: number, subject = 'is'): string {
  return `${subject} ${formatSize(size)}, over the ${formatSize(maxBytes)} limit; raise it with --max-bytes`;
}

/** A size for people: `512 bytes`, `3.5 KB`, `20.0 MB` (binary units, 1 MB = 1,048,576 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
