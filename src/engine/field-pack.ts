/**
 * The fields as the GPU stores them: the model's FIELD_COUNT planes of one u32 per value (each
 * 0..FIELD_MAX), two to a word — field 2p in the low half of word plane p, field 2p + 1 in the
 * high half (src/model/fields.ts, FIELD_PACKING; shaders/common/field-pack.wgsl unpacks).
 */
import { FIELD_COUNT, FIELD_HALF_BITS, FIELD_MAX, FIELD_WORDS } from '../model/fields';

/** FIELD_WORDS word planes of `sites` words from FIELD_COUNT planes of values; throws on a value above FIELD_MAX. */
export function packFields(fields: Uint32Array, sites: number): Uint32Array<ArrayBuffer> {
  const words = new Uint32Array(sites * FIELD_WORDS);
  for (let p = 0; p < FIELD_WORDS; p++) {
    const lo = 2 * p * sites;
    const hi = lo + sites;
    for (let i = 0; i < sites; i++) {
      const a = fields[lo + i];
      const b = fields[hi + i];
      if (a > FIELD_MAX || b > FIELD_MAX)
        throw new RangeError(`packFields: field value ${Math.max(a, b)} at site ${i} is above ${FIELD_MAX}`);
      words[p * sites + i] = (a | (b << FIELD_HALF_BITS)) >>> 0;
    }
  }
  return words;
}

/** The FIELD_COUNT planes of values that packFields packed into `words`. */
export function unpackFields(words: Uint32Array, sites: number): Uint32Array<ArrayBuffer> {
  const fields = new Uint32Array(sites * FIELD_COUNT);
  for (let p = 0; p < FIELD_WORDS; p++) {
    const lo = 2 * p * sites;
    for (let i = 0; i < sites; i++) {
      const w = words[p * sites + i];
      fields[lo + i] = w & FIELD_MAX;
      fields[lo + sites + i] = w >>> FIELD_HALF_BITS;
    }
  }
  return fields;
}
