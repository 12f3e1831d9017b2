/** A Content-Type header read: the media type in lower case, and its charset when it names one. */
export interface MediaType {
  type: string;
  charset: string | null;
}

/**
 * Read a Content-Type header value; null when there is none or it names no type.
 * @example parseMediaType('Text/HTML; charset="ISO-8859-1"') // { type: 'text/html', charset: 'iso-8859-1' }
 */
export function parseMediaType(header: string | null): MediaType | null {
  if (header == null) return null;
  const [type = '', ...params] = header.split(';');
  const clean = type.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(clean)) return null;
  let charset: string | null = null;
  for (const param of params) {
    const [key, value] = param.split('=');
    if (key?.trim().toLowerCase() === 'charset' && value != null) {
      charset = value.trim().replace(/^"(.*)"$/, '$1').toLowerCase() || null;
    }
  }
  return { type: clean, charset };
}

/** Types that say nothing about the content: the name or the first bytes decide. */
const UNTYPED = new Set(['application/octet-stream', 'binary/octet-stream', 'text/plain']);

/**
 * Whether a response of this media type may hold something annals reads: a type some reader names, a text or
 * untyped body (decided by its name and bytes), or any `+xml` and `+json` type. Images, audio, video, PDF and
 * other documents are refused before their body is read.
 */
export function readableMediaType(type: string, named: ReadonlySet<string>): boolean {
  return named.has(type) || UNTYPED.has(type) || type.startsWith('text/') || /\+(xml|json)$/.test(type);
}

/** Whether a type is one of those that say nothing about the content. */
export function untypedMediaType(type: string | null | undefined): boolean {
  return type == null || UNTYPED.has(type);
}
