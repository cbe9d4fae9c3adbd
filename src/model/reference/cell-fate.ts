/**
 * Hourly fates that need no neighbour (model.md §4): tumour apoptosis and hypoxic necrosis, debris
 * clearance, CTL death and engagement countdown. Twin of shaders/passes/cell-fate.wgsl.
 */
import { cellType, ENGAGED_MASK, ENGAGED_SHIFT, field, SITE_BITS, TYPE_CTL, TYPE_NECROTIC, TYPE_TUMOR, withField } from '../layout';
import { draw, PURPOSE_APOPTOSIS, PURPOSE_CLEARANCE, PURPOSE_CTL_DEATH, PURPOSE_NECROSIS } from '../rng';
import { FIELD_O2, LUT_NECROSIS } from '../tables';
import type { TwinContext } from './context';

export function cellFate(ctx: TwinContext, key: number): void {
  const { width, height, state, fields } = ctx.lattice;
  const { params: P, lut, next } = ctx;
  const n = width * height;
  for (let i = 0; i < n; i++) {
    let a = state[2 * i];
    let b = state[2 * i + 1];
    const site = a & SITE_BITS;
    switch (cellType(a)) {
      case TYPE_TUMOR: {
        const o2 = fields[FIELD_O2 * n + i];
        if (draw(key, i, PURPOSE_APOPTOSIS) < P.thrApoptosis) {
          a = site;
          b = 0;
        } else if (draw(key, i, PURPOSE_NECROSIS) < lut[LUT_NECROSIS + (o2 >>> 8)]) {
          a = (site | TYPE_NECROTIC) >>> 0;
          b = 0;
        }
        break;
      }
      case TYPE_NECROTIC:
        if (draw(key, i, PURPOSE_CLEARANCE) < P.thrClearance) a = site;
        break;
      case TYPE_CTL: {
        const engaged = field(a, ENGAGED_SHIFT, ENGAGED_MASK);
        if (draw(key, i, PURPOSE_CTL_DEATH) < P.thrCtlDeath) {
          a = site;
          b = 0;
        } else if (engaged > 0) {
          a = withField(a, ENGAGED_SHIFT, ENGAGED_MASK, engaged - 1);
        }
        break;
      }
    }
    next[2 * i] = a >>> 0;
    next[2 * i + 1] = b >>> 0;
  }
}
