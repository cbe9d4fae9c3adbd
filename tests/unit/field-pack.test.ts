/**
 * The GPU stores the fields two to a u32 word: packing and unpacking must give back every value
 * exactly, put each field in the half the shaders read (field-pack.wgsl), and refuse a value that
 * would spill into its neighbour's half.
 */
import { expect, it } from 'vitest';
import { packFields, unpackFields } from '../../src/engine/field-pack';
import {
  FIELD_COUNT,
  FIELD_DRUG,
  FIELD_MAX,
  FIELD_NANO,
  FIELD_O2,
  FIELD_SUPPRESSIVE,
  FIELD_WORDS,
} from '../../src/model/fields';
import { pcg } from '../../src/model/rng';

const SITES = 37;

it('packs FIELD_COUNT planes into FIELD_WORDS word planes and unpacks them exactly', () => {
  const fields = Uint32Array.from({ length: SITES * FIELD_COUNT }, (_, k) => pcg(k) & FIELD_MAX);
  fields[0] = FIELD_MAX;
  fields[SITES] = FIELD_MAX;
  const words = packFields(fields, SITES);
  expect(words.length).toBe(SITES * FIELD_WORDS);
  expect(unpackFields(words, SITES)).toEqual(fields);
});

it('puts an even field in the low half and the next one in the high half of the same word', () => {
  const fields = new Uint32Array(SITES * FIELD_COUNT);
  const site = 5;
  fields[FIELD_O2 * SITES + site] = 0x1234;
  fields[FIELD_SUPPRESSIVE * SITES + site] = 0xabcd;
  fields[FIELD_DRUG * SITES + site] = 1;
  fields[FIELD_NANO * SITES + site] = FIELD_MAX;
  const words = packFields(fields, SITES);
  expect(words[0 * SITES + site]).toBe(0x1234);
  expect(words[1 * SITES + site]).toBe(0xabcd0000);
  expect(words[2 * SITES + site]).toBe(0xffff0001);
  expect(words.filter((w) => w !== 0)).toHaveLength(3);
});

it('refuses a value above FIELD_MAX', () => {
  const fields = new Uint32Array(SITES * FIELD_COUNT);
  fields[FIELD_DRUG * SITES + 2] = FIELD_MAX + 1;
  expect(() => packFields(fields, SITES)).toThrow(RangeError);
});
