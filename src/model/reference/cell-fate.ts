/**
 * Hourly fates (model.md §4): tumour apoptosis, hypoxic necrosis and PD-L1; debris clearance (faster
 * next to macrophages); CTL death, countdowns and the three exhaustion routes; Treg, MDSC and
 * macrophage death; macrophage polarisation; ECM laid by adjacent fibroblasts.
 * Twin of shaders/passes/cell-fate.wgsl (+ fate-tumour.wgsl, fate-immune.wgsl).
 */
import { mulQ16 } from '../fixed';
import { cellState, cellType, CTL_EXHAUSTED, ECM_MASK, ECM_SHIFT, ENGAGED_MASK, ENGAGED_SHIFT, field, MAC_M0, MAC_M1, MAC_M2, PDL1_MASK, PDL1_SHIFT, SITE_BITS, STATE_MASK, STATE_SHIFT, TIMER_MASK, TIMER_SHIFT, TYPE_CAF, TYPE_CTL, TYPE_MACROPHAGE, TYPE_MDSC, TYPE_NECROTIC, TYPE_TREG, TYPE_TUMOR, withField } from '../layout';
import { neighbourOf } from '../lattice';
import { LUT_OFFSETS } from '../luts';
import * as R from '../rng';
import { STAT_NECROSES } from '../stats';
import { FIELD_IFN, FIELD_O2, FIELD_SUPPRESSIVE } from '../tables';
import { countAround, fieldAt, type TwinContext } from './context';

const L = LUT_OFFSETS;

/** Highest PD-L1 (Q16) among the tumour cells around (x, y). */
function pdl1Around(ctx: TwinContext, x: number, y: number): number {
  const { width, height, state } = ctx.lattice;
  let best = 0;
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j >= 0 && cellType(state[2 * j]) === TYPE_TUMOR) best = Math.max(best, field(state[2 * j + 1], PDL1_SHIFT, PDL1_MASK));
  }
  return best;
}

function tumourFate(ctx: TwinContext, key: number, i: number, a: number, b: number): [number, number] {
  const { params: P, lut } = ctx;
  const o2 = fieldAt(ctx, FIELD_O2, i);
  const site = a & SITE_BITS;
  if (R.draw(key, i, R.PURPOSE_APOPTOSIS) < P.thrApoptosis) return [site, 0];
  if (R.draw(key, i, R.PURPOSE_NECROSIS) < lut[L.LUT_NECROSIS + (o2 >>> 8)]) {
    ctx.stats[STAT_NECROSES]++;
    return [(site | TYPE_NECROTIC) >>> 0, 0];
  }
  // PD-L1 decays towards its driven level, never below it (spQSP-IO).
  const hypoxic = o2 < P.hypoxiaQ16 ? 256 : 0;
  const driven = lut[L.LUT_PDL1_TARGET + hypoxic + (fieldAt(ctx, FIELD_IFN, i) >>> 8)];
  const pdl1 = Math.max(mulQ16(field(b, PDL1_SHIFT, PDL1_MASK), P.pdl1DecayQ16), driven);
  return [a, withField(b, PDL1_SHIFT, PDL1_MASK, pdl1)];
}

function ctlFate(ctx: TwinContext, key: number, x: number, y: number, i: number, a: number): number {
  const { params: P, lut } = ctx;
  const site = a & SITE_BITS;
  const exhausted = cellState(a) === CTL_EXHAUSTED;
  if (R.draw(key, i, R.PURPOSE_CTL_DEATH) < P.thrCtlDeath) {
    // An exhausted T cell may leave a stroma patch where it dies (Kather fibrosis).
    if (!exhausted || R.draw(key, i, R.PURPOSE_FIBROSIS) >= P.thrFibrosis) return site;
    return withField(site, ECM_SHIFT, ECM_MASK, Math.min(255, field(a, ECM_SHIFT, ECM_MASK) + P.fibrosisEcm));
  }
  let out = withField(a, ENGAGED_SHIFT, ENGAGED_MASK, Math.max(0, field(a, ENGAGED_SHIFT, ENGAGED_MASK) - 1));
  out = withField(out, TIMER_SHIFT, TIMER_MASK, Math.max(0, field(a, TIMER_SHIFT, TIMER_MASK) - 1));
  if (exhausted) return out;
  const pdl1 = pdl1Around(ctx, x, y);
  const tregs = countAround(ctx, x, y, TYPE_TREG);
  const s = fieldAt(ctx, FIELD_SUPPRESSIVE, i);
  const byPdl1 = R.draw(key, i, R.PURPOSE_EXHAUST_PDL1) < lut[L.LUT_EXHAUST_PDL1 + (pdl1 >>> 8)];
  const byTreg = R.draw(key, i, R.PURPOSE_EXHAUST_TREG) < lut[L.LUT_EXHAUST_TREG + tregs * 32 + (pdl1 >>> 11)];
  const byS = R.draw(key, i, R.PURPOSE_EXHAUST_S) < lut[L.LUT_EXHAUST_S + (s >>> 8)];
  return byPdl1 || byTreg || byS ? withField(out, STATE_SHIFT, STATE_MASK, CTL_EXHAUSTED) : out;
}

function macrophageFate(ctx: TwinContext, key: number, x: number, y: number, i: number, a: number): number {
  const { params: P, lut } = ctx;
  if (R.draw(key, i, R.PURPOSE_CELL_DEATH) < P.thrMacDeath) return a & SITE_BITS;
  const roll = R.draw(key, i, R.PURPOSE_POLARISE);
  const state = cellState(a);
  let next = state;
  if (state === MAC_M2) {
    if (roll < P.thrM2ToM0) next = MAC_M0;
  } else if (roll < lut[L.LUT_M2 + (fieldAt(ctx, FIELD_O2, i) >>> 8)]) {
    next = MAC_M2;
  } else if (state === MAC_M0) {
    const dead = countAround(ctx, x, y, TYPE_NECROTIC) > 0 ? 256 : 0;
    if (R.draw(key, i, R.PURPOSE_POLARISE_M1) < lut[L.LUT_M1 + dead + (fieldAt(ctx, FIELD_IFN, i) >>> 8)]) next = MAC_M1;
  }
  return withField(a, STATE_SHIFT, STATE_MASK, next);
}

/** ECM laid on this site by the fibroblasts around it, saturating at 255. */
function depositEcm(ctx: TwinContext, key: number, x: number, y: number, i: number, a: number): number {
  const cafs = countAround(ctx, x, y, TYPE_CAF);
  if (cafs === 0) return a;
  const extra = ctx.lut[L.LUT_ECM_WHOLE + cafs] + (R.draw(key, i, R.PURPOSE_ECM) < ctx.lut[L.LUT_ECM_FRACTION + cafs] ? 1 : 0);
  return withField(a, ECM_SHIFT, ECM_MASK, Math.min(255, field(a, ECM_SHIFT, ECM_MASK) + extra));
}

export function cellFate(ctx: TwinContext, key: number): void {
  const { width, height, state } = ctx.lattice;
  const { params: P, lut, next } = ctx;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      let a = depositEcm(ctx, key, x, y, i, state[2 * i]);
      let b = state[2 * i + 1];
      switch (cellType(a)) {
        case TYPE_TUMOR:
          [a, b] = tumourFate(ctx, key, i, a, b);
          break;
        case TYPE_NECROTIC:
          if (R.draw(key, i, R.PURPOSE_CLEARANCE) < lut[L.LUT_CLEARANCE + countAround(ctx, x, y, TYPE_MACROPHAGE)]) a &= SITE_BITS;
          break;
        case TYPE_CTL:
          a = ctlFate(ctx, key, x, y, i, a);
          break;
        case TYPE_TREG:
          if (R.draw(key, i, R.PURPOSE_CELL_DEATH) < P.thrTregDeath) a &= SITE_BITS;
          break;
        case TYPE_MDSC:
          if (R.draw(key, i, R.PURPOSE_CELL_DEATH) < P.thrMdscDeath) a &= SITE_BITS;
          break;
        case TYPE_MACROPHAGE:
          a = macrophageFate(ctx, key, x, y, i, a);
          break;
      }
      if ((a & ~SITE_BITS) === 0) b = 0;
      next[2 * i] = a >>> 0;
      next[2 * i + 1] = b >>> 0;
    }
  }
}
