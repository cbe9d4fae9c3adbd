/**
 * Red-black SOR sweep of every field towards D∇²c − κc + σ = 0 (model.md §3), in integers.
 * Twin of shaders/passes/field-sweep.wgsl.
 */
import { relax } from '../fixed';
import { cellType, secretorIndex, TYPE_VESSEL } from '../layout';
import { VON_NEUMANN, neighbourOf } from '../lattice';
import { LUT_OFFSETS } from '../luts';
import { FIELD_COUNT, FIELD_O2 } from '../tables';
import type { TwinContext } from './context';

const { LUT_KAPPA, LUT_SIGMA, SECRETOR_ROWS } = LUT_OFFSETS;

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
        if (f === FIELD_O2 && cellType(a) === TYPE_VESSEL) {
          fields[plane + i] = ctx.params.o2VesselQ16;
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
