/**
 * Host tables: turns parameter values into what the kernels read — u32 thresholds
 * (event ⇔ hash < threshold), fixed-point constants and integer lookup tables. Kernels never see a
 * float, so every adapter and the CPU twin make the same decisions. One list (GPU_PARAMS) defines
 * the uniform struct; scripts/generate.ts writes it to shaders/common/params.wgsl.
 */
import type { ParamValues } from './registry';
import { TYPE_COUNT, TYPE_CTL, TYPE_NECROTIC, TYPE_TUMOR, TYPE_TREG, TYPE_MACROPHAGE, TYPE_MDSC, TYPE_CAF } from './layout';

/** Lattice spacing (µm). */
export const SITE_UM = 10;
/** Fixed point of the O2 field: 65535 ↔ 64 mmHg. */
export const O2_Q16_PER_MMHG = 1024;
/** Fixed point of the chemokine field: 65535 ↔ 1 C unit. */
export const FIELD_MAX = 65535;

export const FIELD_O2 = 0;
export const FIELD_CHEMOKINE = 1;
export const FIELD_COUNT = 2;

/** Lookup-table offsets inside the LUT buffer (u32 entries). */
export const LUT_DIVISION = 0; // 256: division threshold by O2 >> 8
export const LUT_NECROSIS = 256; // 256: necrosis threshold by O2 >> 8
export const LUT_RECRUIT = 512; // 256: CTL recruitment threshold by chemokine >> 8
export const LUT_KILL = 768; // 256 × 32: kill threshold by antigen byte and PD-L1 >> 11
export const LUT_KAPPA = LUT_KILL + 256 * 32; // FIELD_COUNT × TYPE_COUNT: sink coefficient, Q24
export const LUT_SIGMA = LUT_KAPPA + FIELD_COUNT * TYPE_COUNT; // FIELD_COUNT × TYPE_COUNT: source, Q16
export const LUT_SIZE = LUT_SIGMA + FIELD_COUNT * TYPE_COUNT;

export const LUT_OFFSETS = { LUT_DIVISION, LUT_NECROSIS, LUT_RECRUIT, LUT_KILL, LUT_KAPPA, LUT_SIGMA, LUT_SIZE } as const;
export const FIELD_INDEX = { FIELD_O2, FIELD_CHEMOKINE, FIELD_COUNT } as const;

/** Probability of at least one event of a Poisson process with `ratePerH` over `hours`. */
export const chance = (ratePerH: number, hours = 1): number => 1 - Math.exp(-Math.max(0, ratePerH) * hours);

/** u32 threshold for `hash < threshold` to happen with probability p. */
export function threshold(p: number): number {
  if (!(p > 0)) return 0;
  if (p >= 1) return 0xffffffff;
  return Math.min(0xffffffff, Math.floor(p * 4294967296));
}

export const hill = (x: number, half: number, n: number): number => {
  if (x <= 0) return 0;
  const r = Math.pow(x / half, n);
  return r / (1 + r);
};

export const mmHgToQ16 = (mmHg: number): number => Math.min(FIELD_MAX, Math.max(0, Math.round(mmHg * O2_Q16_PER_MMHG)));
export const byte01 = (x: number): number => Math.min(255, Math.max(0, Math.round(x * 255)));
export const q16of01 = (x: number): number => Math.min(FIELD_MAX, Math.max(0, Math.round(x * FIELD_MAX)));

/** Context the packing needs beyond the registry values. */
export interface PackContext {
  width: number;
  height: number;
}

interface GpuParam {
  readonly name: string;
  readonly doc: string;
  readonly value: (v: ParamValues, c: PackContext) => number;
}

/** The uniform struct, field by field, in order. Every field is a u32. */
export const GPU_PARAMS: readonly GpuParam[] = [
  { name: 'width', doc: 'lattice width (sites)', value: (_v, c) => c.width },
  { name: 'height', doc: 'lattice height (sites)', value: (_v, c) => c.height },
  { name: 'substeps', doc: 'motility sub-steps per hour', value: (v) => v.substeps },
  { name: 'thrApoptosis', doc: 'tumour apoptosis per hour (threshold)', value: (v) => threshold(chance(v.tumorApoptosisRate)) },
  { name: 'thrMigration', doc: 'tumour migration per hour (threshold)', value: (v) => threshold(chance(v.tumorMigrationRate)) },
  { name: 'thrClearance', doc: 'necrotic debris clearance per hour (threshold)', value: (v) => threshold(chance(v.necroticClearanceRate)) },
  { name: 'thrCtlMove', doc: 'CTL move per sub-step (threshold)', value: (v) => threshold(v.ctlMoveProb) },
  { name: 'thrCtlDeath', doc: 'CTL death per hour (threshold)', value: (v) => threshold(chance(v.ctlDeathRate)) },
  { name: 'o2VesselQ16', doc: 'O2 held at vessels (Q16, 1024 per mmHg)', value: (v) => mmHgToQ16(v.o2Vessel) },
  { name: 'hypoxiaQ16', doc: 'hypoxia threshold for readouts (Q16)', value: (v) => mmHgToQ16(v.hypoxiaO2) },
  { name: 'omegaQ8', doc: 'SOR over-relaxation factor (Q8)', value: (v) => Math.round(v.sorOmega * 256) },
  { name: 'antigenThreshold', doc: 'antigenicity byte a T cell recognises', value: (v) => Math.ceil(v.ctlActivationAntigen * 255 - 1e-9) },
  { name: 'killCapacity', doc: 'kills a fresh CTL can make', value: (v) => v.ctlKillCapacity },
  { name: 'engagementHours', doc: 'hours a CTL is engaged after a kill', value: (v) => v.ctlEngagementTime },
  { name: 'randomWeightQ8', doc: 'weight of the random term in CTL moves (Q8)', value: (v) => Math.round(v.ctlRandomWeight * 256) },
];

/** Fields of the uniform, padded to a whole number of 16-byte rows as WGSL requires. */
export const PARAMS_WORDS = Math.ceil(GPU_PARAMS.length / 4) * 4;

export function packParams(values: ParamValues, ctx: PackContext): Uint32Array<ArrayBuffer> {
  const packed = new Uint32Array(PARAMS_WORDS);
  GPU_PARAMS.forEach((p, i) => (packed[i] = p.value(values, ctx) >>> 0));
  return packed;
}

/** Reads a packed uniform back by name (for the CPU twin, which shares the packing). */
export type Packed = Record<(typeof GPU_PARAMS)[number]['name'], number>;
export function unpackParams(packed: Uint32Array): Packed {
  return Object.fromEntries(GPU_PARAMS.map((p, i) => [p.name, packed[i]]));
}

/** Centre of O2 bin i (bins of 256 Q16 units = 0.25 mmHg). */
const o2BinMmHg = (i: number): number => ((i + 0.5) * 256) / O2_Q16_PER_MMHG;

export function buildLuts(v: ParamValues): Uint32Array<ArrayBuffer> {
  const lut = new Uint32Array(LUT_SIZE);
  const divisionRate = Math.LN2 / v.tumorDoublingTime;
  for (let i = 0; i < 256; i++) {
    const o2 = o2BinMmHg(i);
    lut[LUT_DIVISION + i] = threshold(chance(divisionRate * hill(o2, v.divisionO2Half, 4)));
    lut[LUT_NECROSIS + i] = threshold(chance(v.necrosisRate * (1 - hill(o2, v.necrosisO2Half, 8))));
    const c = (i + 0.5) / 256;
    lut[LUT_RECRUIT + i] = threshold(chance(v.ctlRecruitmentRate * hill(c, v.recruitChemokineHalf, 1)));
  }
  const antigenThreshold = v.ctlActivationAntigen;
  const subHours = 1 / v.substeps;
  for (let antigenByte = 0; antigenByte < 256; antigenByte++) {
    const antigen = antigenByte / 255;
    const a = antigenThreshold >= 1 ? 0 : Math.min(1, Math.max(0, (antigen - antigenThreshold) / (1 - antigenThreshold)));
    for (let j = 0; j < 32; j++) {
      const pdl1 = (j * 2048 + 1024) / 65536;
      const supp = hill(pdl1, v.pdl1SuppressionHalf, 2);
      lut[LUT_KILL + antigenByte * 32 + j] = threshold(chance(v.ctlKillRate * a * (1 - supp), subHours));
    }
  }
  // Fields: c = (Σ neighbours − κ·c + σ) / 4 with κ = k·h²/D and σ = s·h²/D (model.md §3).
  const h2 = SITE_UM * SITE_UM;
  const kappaQ24 = (perMin: number, d: number): number => Math.min(0xffffff, Math.round(((perMin * h2) / d) * 16777216));
  const sigmaQ16 = (perMin: number, d: number): number => Math.min(FIELD_MAX, Math.round(((perMin * h2) / d) * FIELD_MAX));
  const immune = [TYPE_CTL, TYPE_TREG, TYPE_MACROPHAGE, TYPE_MDSC, TYPE_CAF];
  for (let t = 0; t < TYPE_COUNT; t++) {
    const o2Uptake = t === TYPE_TUMOR ? v.o2UptakeTumor : immune.includes(t) ? v.o2UptakeImmune : 0;
    lut[LUT_KAPPA + FIELD_O2 * TYPE_COUNT + t] = kappaQ24(v.o2Decay + o2Uptake, v.o2Diffusion);
    lut[LUT_KAPPA + FIELD_CHEMOKINE * TYPE_COUNT + t] = kappaQ24(v.chemokineDecay, v.chemokineDiffusion);
    const secretion = t === TYPE_TUMOR ? v.chemokineTumor : t === TYPE_NECROTIC ? v.chemokineNecrotic : 0;
    lut[LUT_SIGMA + FIELD_CHEMOKINE * TYPE_COUNT + t] = sigmaQ16(secretion, v.chemokineDiffusion);
  }
  return lut;
}
