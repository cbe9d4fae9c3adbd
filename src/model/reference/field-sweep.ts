/**
 * Red-black SOR sweep of every field towards D∇²c − κc + σ = 0 (model.md §3), in integers.
 * Twin of shaders/passes/field-sweep.wgsl.
 */
import { relax } from '../fixed';
import { cellType, field, LEAKY_MASK, LEAKY_SHIFT, secretorIndex, TYPE_VESSEL } from '../layout';
import { VON_NEUMANN, neighbourOf } from '../lattice';
import { LUT_OFFSETS } from '../luts';
import { FIELD_COUNT, FIELD_DRUG, FIELD_NANO, FIELD_O2 } from '../fields';
import { FIELD_CLEAR, FIELD_SKIP, FIELD_SOLVE } from '../therapy/exposure';
import type { TwinContext } from './context';

const { LUT_KAPPA, LUT_SIGMA, SECRETOR_ROWS } = LUT_OFFSETS;

/** The value a vessel site holds field f at, or null when the field relaxes there. */
export function heldAt(ctx: TwinContext, f: number, a: number): number | null {
  if (cellType(a) !== TYPE_VESSEL) return null;
  if (f === FIELD_O2) return ctx.params.o2VesselQ16;
  if (f === FIELD_DRUG) return ctx.dose.drugPlasmaQ16;
  if (f === FIELD_NANO && field(a, LEAKY_SHIFT, LEAKY_MASK) === 1) return ctx.dose.nanoPlasmaQ16;
  return null;
}

/** How a half-sweep treats field f this hour: solve, skip (no drug around) or clear (sweep-word.wgsl). */
export const fieldMode = (ctx: TwinContext, f: number): number =>
  f === FIELD_DRUG ? ctx.dose.drugMode : f === FIELD_NANO ? ctx.dose.nanoMode : FIELD_SOLVE;

export function fieldSweep(ctx: TwinContext, parity: number): void {
  const { width, height, state, fields } = ctx.lattice;
  const n = width * height;
  for (let y = 0; y < height; y++) {
    for (let x = (y + parity) & 1; x < width; x += 2) {
      const i = y * width + x;
      const a = state[2 * i];
      const secretor = secretorIndex(a);
      for (let f = 0; f < FIELD_COUNT; f++) {
        const plane = f * n;
        const mode = fieldMode(ctx, f);
        if (mode === FIELD_SKIP) continue;
        const held = heldAt(ctx, f, a);
        if (mode === FIELD_CLEAR || held !== null) {
          fields[plane + i] = mode === FIELD_CLEAR ? 0 : held!;
          continue;
        }
        const c = fields[plane + i];
        let sum = 0;
        for (const k of VON_NEUMANN) {
          const j = neighbourOf(width, height, x, y, k);
          sum += j < 0 ? c : fields[plane + j]; // zero flux across the closed boundary
        }
        const kappa = ctx.lut[LUT_KAPPA + f * SECRETOR_ROWS + secretor];
        const sigma = ctx.lut[LUT_SIGMA + f * SECRETOR_ROWS + secretor];
        fields[plane + i] = relax(c, sum, kappa, sigma, ctx.params.omegaQ8, f === FIELD_O2 ? 0 : 1);
      }
    }
  }
}
