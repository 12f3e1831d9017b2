/** A MinHash signature as a blob: 32-bit words, little-endian whatever the machine. */
export function toBlob(signature: Uint32Array): Buffer {
  const blob = Buffer.allocUnsafe(signature.length * 4);
  signature.forEach((word, i) => blob.writeUInt32LE(word, i * 4));
  return blob;
}

/** The signature a blob holds. */
export function fromBlob(blob: Buffer): Uint32Array {
  const signature = new Uint32Array(blob.length >>> 2);
  for (let i = 0; i < signature.length; i++) signature[i] = blob.readUInt32LE(i * 4);
  return signature;
}
