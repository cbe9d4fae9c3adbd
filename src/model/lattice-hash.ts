/**
 * A short fingerprint of a complete lattice (state words, fields, hour), the same for the GPU engine
 * and the CPU twin when they agree bit for bit: the CLI prints it so two runs can be compared by eye.
 */
import type { Lattice } from './lattice';

/** Hex digits kept of the SHA-256 digest: 64 bits are plenty to tell runs apart, and short to read. */
const HASH_HEX_DIGITS = 16;

/**
 * SHA-256 over a canonical byte encoding — width, height and hour, then every state word, then every
 * field word, each a little-endian u32 — as the first 16 hex digits. Works in Node 20 and browsers.
 */
export async function latticeHash(lattice: Lattice): Promise<string> {
  const header = [lattice.width, lattice.height, lattice.hour];
  const words = header.length + lattice.state.length + lattice.fields.length;
  const bytes = new DataView(new ArrayBuffer(words * 4));
  let offset = 0;
  // DataView fixes the byte order, so the hash does not depend on the host's endianness.
  const put = (word: number): void => {
    bytes.setUint32(offset, word >>> 0, true);
    offset += 4;
  };
  header.forEach(put);
  for (const word of lattice.state) put(word);
  for (const word of lattice.fields) put(word);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes.buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, HASH_HEX_DIGITS);
}
