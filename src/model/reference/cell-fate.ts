/**
 * Hourly fates (model.md §4) and the therapies acting on single cells (§5): tumour apoptosis,
 * hypoxic necrosis, radiotherapy doom, chemotherapy and PD-L1; debris clearance (faster next to
 * macrophages); CTL death, toxicity, countdowns, reinvigoration and the three exhaustion routes;
 * Treg and MDSC death and depletion; macrophage death, reprogramming and polarisation; ECM laid by
 * adjacent fibroblasts and thinned by stroma targeting.
 * Twin of shaders/passes/cell-fate.wgsl (+ fate-rules.wgsl).
 */
import { mulQ16, scaleBy } from '../fixed';
import {
  cellState,
  cellType,
  CTL_ACTIVATED,
  CTL_EXHAUSTED,
  DIVISIONS_MASK,
  DIVISIONS_SHIFT,
  DOOM_MASK,
  DOOM_SHIFT,
  ECM_MASK,
  ECM_SHIFT,
  ENGAGED_MASK,
  ENGAGED_SHIFT,
  field,
  KCAP_MASK,
  KCAP_SHIFT,
  MAC_M0,
  MAC_M1,
  MAC_M2,
  PDL1_MASK,
  PDL1_SHIFT,
  SITE_BITS,
  STATE_MASK,
  STATE_SHIFT,
  TIMER_MASK,
  TIMER_SHIFT,
  TUMOR_RESISTANT,
  TYPE_CAF,
  TYPE_CTL,
  TYPE_MACROPHAGE,
  TYPE_MDSC,
  TYPE_NECROTIC,
  TYPE_TREG,
  TYPE_TUMOR,
  withField,
} from '../layout';
import { neighbourOf } from '../lattice';
import { LUT_OFFSETS } from '../luts';
import * as R from '../rng';
import { STAT_DRUG_KILLS, STAT_LYMPH_LOST, STAT_NECROSES, STAT_RT_DEATHS, STAT_RT_DOOMED } from '../stats';
import { FIELD_DRUG, FIELD_IFN, FIELD_NANO, FIELD_O2, FIELD_SUPPRESSIVE } from '../fields';
import { countAround, fieldAt, type TwinContext } from './context';
import { divisionThreshold, engagedPdl1, inRadiationField } from './therapy';

const L = LUT_OFFSETS;

/** Highest PD-L1 (Q16) among the tumour cells around (x, y). */
function pdl1Around(ctx: TwinContext, x: number, y: number): number {
  const { width, height, state } = ctx.lattice;
  let best = 0;
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j >= 0 && cellType(state[2 * j]) === TYPE_TUMOR)
      best = Math.max(best, field(state[2 * j + 1], PDL1_SHIFT, PDL1_MASK));
  }
  return best;
}

/**
 * Chemotherapy: a sensitive tumour cell entering division this hour (the very draw of its division
 * intent) dies at the local free drug or nanoparticle payload.
 */
export function chemoKills(ctx: TwinContext, key: number, a: number, i: number, o2: number): boolean {
  if ((cellState(a) & TUMOR_RESISTANT) !== 0) return false;
  const drug = fieldAt(ctx, FIELD_DRUG, i);
  const nano = fieldAt(ctx, FIELD_NANO, i);
  if (drug === 0 && nano === 0) return false;
  if (R.draw(key, i, R.PURPOSE_DIVIDE) >= divisionThreshold(ctx, a, o2)) return false;
  return (
    R.draw(key, i, R.PURPOSE_CHEMO) < ctx.lut[L.LUT_CHEMO_TUMOR + (drug >>> 8)] ||
    R.draw(key, i, R.PURPOSE_NANO) < ctx.lut[L.LUT_NANO_TUMOR + (nano >>> 8)]
  );
}

/** Radiotherapy in its field, and free drug for cycling cells, kill immune cells (toxicity). */
export function immuneHit(ctx: TwinContext, key: number, x: number, y: number, i: number, cycling: boolean): boolean {
  const irradiated = inRadiationField(ctx, x, y) && R.draw(key, i, R.PURPOSE_RADIATION) < ctx.dose.rtLymphThr;
  return (
    irradiated ||
    (cycling && R.draw(key, i, R.PURPOSE_CHEMO) < ctx.lut[L.LUT_CHEMO_LYMPH + (fieldAt(ctx, FIELD_DRUG, i) >>> 8)])
  );
}

export function tumourFate(
  ctx: TwinContext,
  key: number,
  x: number,
  y: number,
  i: number,
  a: number,
  b: number,
): [number, number] {
  const { params: P, lut, dose } = ctx;
  const o2 = fieldAt(ctx, FIELD_O2, i);
  const site = a & SITE_BITS;
  if (R.draw(key, i, R.PURPOSE_APOPTOSIS) < P.thrApoptosis) return [site, 0];
  if (R.draw(key, i, R.PURPOSE_NECROSIS) < lut[L.LUT_NECROSIS + (o2 >>> 8)]) {
    ctx.stats[STAT_NECROSES]++;
    return [(site | TYPE_NECROTIC) >>> 0, 0];
  }
  const hypoxic = o2 < P.hypoxiaQ16;
  // A doomed (lethally irradiated) cell counts down its last hours, then dies.
  const doom = field(a, DOOM_SHIFT, DOOM_MASK);
  if (doom === 1) {
    ctx.stats[STAT_RT_DEATHS]++;
    return [site, 0];
  }
  if (doom > 1) {
    a = withField(a, DOOM_SHIFT, DOOM_MASK, doom - 1);
  } else if (
    inRadiationField(ctx, x, y) &&
    R.draw(key, i, R.PURPOSE_RADIATION) < (hypoxic ? dose.rtDoomHypoxicThr : dose.rtDoomThr)
  ) {
    ctx.stats[STAT_RT_DOOMED]++;
    a = withField(a, DOOM_SHIFT, DOOM_MASK, P.doomMin + (R.draw(key, i, R.PURPOSE_DOOM) % P.doomSpan));
  } else if (chemoKills(ctx, key, a, i, o2)) {
    ctx.stats[STAT_DRUG_KILLS]++;
    return [site, 0];
  }
  // PD-L1 decays towards its driven level, never below it (spQSP-IO).
  const driven = lut[L.LUT_PDL1_TARGET + (hypoxic ? 256 : 0) + (fieldAt(ctx, FIELD_IFN, i) >>> 8)];
  const pdl1 = Math.max(mulQ16(field(b, PDL1_SHIFT, PDL1_MASK), P.pdl1DecayQ16), driven);
  return [a, withField(b, PDL1_SHIFT, PDL1_MASK, pdl1)];
}

export function ctlFate(ctx: TwinContext, key: number, x: number, y: number, i: number, a: number): number {
  const { params: P, lut } = ctx;
  const site = a & SITE_BITS;
  const exhausted = cellState(a) === CTL_EXHAUSTED;
  if (R.draw(key, i, R.PURPOSE_CTL_DEATH) < P.thrCtlDeath) {
    // An exhausted T cell may leave a stroma patch where it dies (Kather fibrosis).
    if (!exhausted || R.draw(key, i, R.PURPOSE_FIBROSIS) >= P.thrFibrosis) return site;
    return withField(site, ECM_SHIFT, ECM_MASK, Math.min(255, field(a, ECM_SHIFT, ECM_MASK) + P.fibrosisEcm));
  }
  const cycling = cellState(a) === CTL_ACTIVATED && field(a, DIVISIONS_SHIFT, DIVISIONS_MASK) > 0;
  if (immuneHit(ctx, key, x, y, i, cycling)) {
    ctx.stats[STAT_LYMPH_LOST]++;
    return site;
  }
  let out = withField(a, ENGAGED_SHIFT, ENGAGED_MASK, Math.max(0, field(a, ENGAGED_SHIFT, ENGAGED_MASK) - 1));
  out = withField(out, TIMER_SHIFT, TIMER_MASK, Math.max(0, field(a, TIMER_SHIFT, TIMER_MASK) - 1));
  if (exhausted) {
    // Under PD-1/PD-L1 blockade an exhausted cell may be reinvigorated: an activated killer again.
    if (R.draw(key, i, R.PURPOSE_REINVIGORATE) >= ctx.dose.reinvigorateThr) return out;
    return withField(withField(out, STATE_SHIFT, STATE_MASK, CTL_ACTIVATED), KCAP_SHIFT, KCAP_MASK, P.killCapacity);
  }
  const pdl1 = engagedPdl1(ctx, pdl1Around(ctx, x, y));
  const tregs = countAround(ctx, x, y, TYPE_TREG);
  const s = fieldAt(ctx, FIELD_SUPPRESSIVE, i);
  const byPdl1 = R.draw(key, i, R.PURPOSE_EXHAUST_PDL1) < lut[L.LUT_EXHAUST_PDL1 + (pdl1 >>> 8)];
  const byTreg = R.draw(key, i, R.PURPOSE_EXHAUST_TREG) < lut[L.LUT_EXHAUST_TREG + tregs * 32 + (pdl1 >>> 11)];
  const byS = R.draw(key, i, R.PURPOSE_EXHAUST_S) < lut[L.LUT_EXHAUST_S + (s >>> 8)];
  return byPdl1 || byTreg || byS ? withField(out, STATE_SHIFT, STATE_MASK, CTL_EXHAUSTED) : out;
}

export function macrophageFate(ctx: TwinContext, key: number, x: number, y: number, i: number, a: number): number {
  const { params: P, lut } = ctx;
  if (R.draw(key, i, R.PURPOSE_CELL_DEATH) < P.thrMacDeath) return a & SITE_BITS;
  const state = cellState(a);
  // Reprogramming therapy turns M2 and M0 macrophages M1 first.
  if (state !== MAC_M1 && R.draw(key, i, R.PURPOSE_REPROGRAM) < ctx.dose.reprogramThr)
    return withField(a, STATE_SHIFT, STATE_MASK, MAC_M1);
  const roll = R.draw(key, i, R.PURPOSE_POLARISE);
  let next = state;
  if (state === MAC_M2) {
    if (roll < P.thrM2ToM0) next = MAC_M0;
  } else if (roll < lut[L.LUT_M2 + (fieldAt(ctx, FIELD_O2, i) >>> 8)]) {
    next = MAC_M2;
  } else if (state === MAC_M0) {
    const dead = countAround(ctx, x, y, TYPE_NECROTIC) > 0 ? 256 : 0;
    if (R.draw(key, i, R.PURPOSE_POLARISE_M1) < lut[L.LUT_M1 + dead + (fieldAt(ctx, FIELD_IFN, i) >>> 8)])
      next = MAC_M1;
  }
  return withField(a, STATE_SHIFT, STATE_MASK, next);
}

/**
 * ECM of the site after the hour: laid by the fibroblasts around it (saturating at 255), then
 * thinned by stroma-targeting therapy.
 */
export function siteEcm(ctx: TwinContext, key: number, x: number, y: number, i: number, a: number): number {
  let ecm = field(a, ECM_SHIFT, ECM_MASK);
  const cafs = countAround(ctx, x, y, TYPE_CAF);
  if (cafs > 0) {
    const extra =
      ctx.lut[L.LUT_ECM_WHOLE + cafs] + (R.draw(key, i, R.PURPOSE_ECM) < ctx.lut[L.LUT_ECM_FRACTION + cafs] ? 1 : 0);
    ecm = Math.min(255, ecm + extra);
  }
  return withField(a, ECM_SHIFT, ECM_MASK, scaleBy(ecm, ctx.dose.ecmKeepQ16));
}

/** Treg or MDSC: natural death, depletion by therapy, radiation (Treg) or cycling-cell chemo (MDSC). */
export function suppressorFate(
  ctx: TwinContext,
  key: number,
  x: number,
  y: number,
  i: number,
  a: number,
  deathThr: number,
  depleteThr: number,
): number {
  if (R.draw(key, i, R.PURPOSE_CELL_DEATH) < deathThr || R.draw(key, i, R.PURPOSE_DEPLETE) < depleteThr)
    return a & SITE_BITS;
  const treg = cellType(a) === TYPE_TREG;
  if (immuneHit(ctx, key, x, y, i, !treg)) {
    if (treg) ctx.stats[STAT_LYMPH_LOST]++;
    return a & SITE_BITS;
  }
  return a;
}

export function cellFate(ctx: TwinContext, key: number): void {
  const { width, height, state } = ctx.lattice;
  const { params: P, lut, next } = ctx;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      let a = siteEcm(ctx, key, x, y, i, state[2 * i]);
      let b = state[2 * i + 1];
      switch (cellType(a)) {
        case TYPE_TUMOR:
          [a, b] = tumourFate(ctx, key, x, y, i, a, b);
          break;
        case TYPE_NECROTIC:
          if (R.draw(key, i, R.PURPOSE_CLEARANCE) < lut[L.LUT_CLEARANCE + countAround(ctx, x, y, TYPE_MACROPHAGE)])
            a &= SITE_BITS;
          break;
        case TYPE_CTL:
          a = ctlFate(ctx, key, x, y, i, a);
          break;
        case TYPE_TREG:
          a = suppressorFate(ctx, key, x, y, i, a, P.thrTregDeath, ctx.dose.tregKillThr);
          break;
        case TYPE_MDSC:
          a = suppressorFate(ctx, key, x, y, i, a, P.thrMdscDeath, ctx.dose.mdscKillThr);
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
