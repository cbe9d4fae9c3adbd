/**
 * Red-black SOR sweep of every field towards D∇²c − κc + σ = 0 (model.md §3), in integers.
 * Twin of shaders/passes/field-sweep.wgsl.
 */
import { cellType, TYPE_COUNT, TYPE_VESSEL } from '../layout';
import { VON_NEUMANN, neighbourOf } from '../lattice';
import { FIELD_COUNT, FIELD_MAX, FIELD_O2, LUT_KAPPA, LUT_SIGMA } from '../tables';
import type { TwinContext } from './context';

/** round(c · k / 2^24) for c < 2^16, k < 2^24 without leaving 32 bits (k split in two 12-bit halves). */
export function mulQ24(c: number, k: number): number {
  const hi = k >>> 12;
  const lo = k & 0xfff;
  const r = c * hi + ((c * lo + 2048) >>> 12);
  return (r + 2048) >>> 12;
}

/** One SOR update of value c given its four neighbours' sum; returns the clamped new value. */
export function relax(c: number, sumNeighbours: number, kappa: number, sigma: number, omegaQ8: number): number {
  const relaxed = (sumNeighbours - mulQ24(c, kappa) + sigma + 2) >> 2;
  const next = c + (((relaxed - c) * omegaQ8 + 128) >> 8);
  return Math.min(FIELD_MAX, Math.max(0, next));
}

export function fieldSweep(ctx: TwinContext, parity: number): void {
  const { width, height, state, fields } = ctx.lattice;
  const n = width * height;
  for (let y = 0; y < height; y++) {
    for (let x = (y + parity) & 1; x < width; x += 2) {
      const i = y * width + x;
      const type = cellType(state[2 * i]);
      for (let f = 0; f < FIELD_COUNT; f++) {
        const plane = f * n;
        if (f === FIELD_O2 && type === TYPE_VESSEL) {
          fields[plane + i] = ctx.params.o2VesselQ16;
          continue;
        }
        const c = fields[plane + i];
        let sum = 0;
        for (const k of VON_NEUMANN) {
          const j = neighbourOf(width, height, x, y, k);
          sum += j < 0 ? c : fields[plane + j]; // zero flux across the closed boundary
        }
        const kappa = ctx.lut[LUT_KAPPA + f * TYPE_COUNT + type];
        const sigma = ctx.lut[LUT_SIGMA + f * TYPE_COUNT + type];
        fields[plane + i] = relax(c, sum, kappa, sigma, ctx.params.omegaQ8);
      }
    }
  }
}
