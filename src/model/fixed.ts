/**
 * Fixed-point helpers shared by the CPU twin's passes; the WGSL twins are in
 * shaders/common/fixed.wgsl. Every product stays below 2^32 so WGSL u32 arithmetic gives the same
 * result as these (exact) JS numbers.
 */
import { FIELD_MAX } from './fields';

/** round(c · k / 2^24) for c < 2^16, k < 2^24 (k split in two 12-bit halves; one rounding, exact). */
export function mulQ24(c: number, k: number): number {
  const hi = k >>> 12;
  const lo = k & 0xfff;
  const r = c * hi + ((c * lo + 0x800000) >>> 12);
  return r >>> 12;
}

/** round(x · m / 2^16) for x, m < 2^16 (x split in two bytes). */
export function mulQ16(x: number, m: number): number {
  const r = (x >>> 8) * m + (((x & 0xff) * m + 128) >>> 8);
  return (r + 128) >>> 8;
}

/** floor(a · m / 2^16) for a < 2^24, m < 2^16 (a split at bit 16). */
export function scaleQ16(a: number, m: number): number {
  return (((a >>> 16) * m) >>> 0) + ((((a & 0xffff) * m) >>> 16) >>> 0);
}

/** a scaled by a Q16 multiplier m in which 65536 means exactly 1 (twin of scaleBy in fixed.wgsl). */
export const scaleBy = (a: number, m: number): number => (m >= 65536 ? a : scaleQ16(a, m));

/**
 * One SOR update of value c given its four neighbours' sum; returns the clamped new value.
 * `minSink` (0 or 1) is the least a non-zero value loses: for fields that must fade to zero once
 * their sources stop (all but O2), a sink that rounds to 0 would otherwise freeze small values.
 */
export function relax(
  c: number,
  sumNeighbours: number,
  kappa: number,
  sigma: number,
  omegaQ8: number,
  minSink = 0,
): number {
  const sink = c > 0 ? Math.max(mulQ24(c, kappa), minSink) : 0;
  const relaxed = (sumNeighbours - sink + sigma + 2) >> 2;
  const next = c + (((relaxed - c) * omegaQ8 + 128) >> 8);
  return Math.min(FIELD_MAX, Math.max(0, next));
}
