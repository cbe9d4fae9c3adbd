/**
 * Reading the host tables in tests: slices of the lookup-table buffer, monotonicity, registry
 * defaults with overrides, and the kill chance as the kernels compose it.
 */
import { buildLuts, LUT_OFFSETS } from '../../src/model/luts';
import { defaultValues, type ParamValues } from '../../src/model/registry';

const L = LUT_OFFSETS;

/** A lattice size for packing (not square, to catch width/height swaps). */
export const PACK_SIZE = { width: 96, height: 80 };
export const slice = (lut: Uint32Array, offset: number, length = 256): number[] =>
  Array.from(lut.subarray(offset, offset + length));
export const nonIncreasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x <= xs[i - 1]);
export const nonDecreasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x >= xs[i - 1]);
export const values = (overrides: Partial<ParamValues> = {}): ParamValues =>
  ({ ...defaultValues(), ...overrides }) as ParamValues;
/** The tables at the registry defaults. */
export const defaultLuts = (): Uint32Array => buildLuts(values());

/** The kill threshold as the kernels compose it (immune-intent): three Q8 factors whose product (Q12) indexes LUT_KILL. */
export const killThreshold = (lut: Uint32Array, antigenByte: number, pdl1Q16: number, sQ16: number): number =>
  lut[
    L.LUT_KILL +
      ((lut[L.LUT_ANTIGEN_DRIVE + antigenByte] *
        lut[L.LUT_PDL1_PERMIT + (pdl1Q16 >>> 8)] *
        lut[L.LUT_S_PERMIT + (sQ16 >>> 8)]) >>>
        12)
  ];
