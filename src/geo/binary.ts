import type { IndexData, IndexMeta } from './build.js';

const MAGIC = 'ANNALSGZ';

type Arrays = Omit<IndexData, 'meta' | 'keys'>;
const SECTIONS = [
  'ids', 'lat', 'lon', 'population', 'country', 'admin1', 'feature', 'names', 'nameOffsets', 'keyOffsets', 'postings',
  'postingOffsets', 'table',
] as const satisfies readonly (keyof Arrays)[];

const pad8 = (n: number) => (n + 7) & ~7;

/** Serialise an index: magic, header length, JSON header (meta and section sizes), then 8-byte aligned sections. */
export function encodeIndex(data: IndexData): Buffer {
  const keys = Buffer.from(data.keys, 'latin1');
  const sizes = [...SECTIONS.map((s) => data[s].byteLength), keys.length];
  const header = Buffer.from(JSON.stringify({ meta: data.meta, sizes }), 'utf8');
  const start = pad8(MAGIC.length + 4 + header.length);
  const total = sizes.reduce((at, size) => at + pad8(size), start);
  const out = Buffer.alloc(total);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  let at = start;
  SECTIONS.forEach((s, i) => {
    const view = data[s];
    Buffer.from(view.buffer, view.byteOffset, view.byteLength).copy(out, at);
    at += pad8(sizes[i]!);
  });
  keys.copy(out, at);
  return out;
}

/** The signature written in a cache file, without reading the rest; null when it is not one. */
export function signatureOf(head: Buffer): string | null {
  if (head.length < MAGIC.length + 4 || head.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const length = head.readUInt32LE(MAGIC.length);
  if (head.length < MAGIC.length + 4 + length) return null;
  try {
    const { meta } = JSON.parse(head.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length)) as { meta: IndexMeta };
    return meta.signature;
  } catch {
    return null;
  }
}

/** Read an index back: the sections are views over the file's bytes, not copies. */
export function decodeIndex(file: Buffer): IndexData {
  if (file.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a gazetteer index');
  // Typed-array views need aligned offsets: a pooled Buffer may not start on 8 bytes.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const length = bytes.readUInt32LE(MAGIC.length);
  const { meta, sizes } = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length)) as { meta: IndexMeta; sizes: number[] };
  let at = bytes.byteOffset + pad8(MAGIC.length + 4 + length);
  const buffer = bytes.buffer;
  const take = <T>(make: (b: ArrayBufferLike, offset: number, count: number) => T, width: number, size: number): T => {
    const view = make(buffer, at, size / width);
    at += pad8(size);
    return view;
  };
  const s = (i: number) => sizes[i]!;
  const data = {
    meta,
    ids: take((b, o, n) => new Int32Array(b, o, n), 4, s(0)),
    lat: take((b, o, n) => new Float32Array(b, o, n), 4, s(1)),
    lon: take((b, o, n) => new Float32Array(b, o, n), 4, s(2)),
    population: take((b, o, n) => new Uint32Array(b, o, n), 4, s(3)),
    country: take((b, o, n) => new Uint16Array(b, o, n), 2, s(4)),
    admin1: take((b, o, n) => new Uint16Array(b, o, n), 2, s(5)),
    feature: take((b, o, n) => new Uint8Array(b, o, n), 1, s(6)),
    names: take((b, o, n) => new Uint8Array(b, o, n), 1, s(7)),
    nameOffsets: take((b, o, n) => new Uint32Array(b, o, n), 4, s(8)),
    keyOffsets: take((b, o, n) => new Uint32Array(b, o, n), 4, s(9)),
    postings: take((b, o, n) => new Int32Array(b, o, n), 4, s(10)),
    postingOffsets: take((b, o, n) => new Uint32Array(b, o, n), 4, s(11)),
    table: take((b, o, n) => new Int32Array(b, o, n), 4, s(12)),
    keys: '',
  };
  data.keys = Buffer.from(buffer, at, s(13)).toString('latin1');
  return data;
}
