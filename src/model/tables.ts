/**
 * Host tables: turns parameter values into what the kernels read — u32 thresholds
 * (event ⇔ hash < threshold), fixed-point constants and integer lookup tables. Kernels never see a
 * float, so every adapter and the CPU twin make the same decisions. One list (GPU_PARAMS) defines
 * the uniform struct; scripts/generate.ts writes it to shaders/common/params.wgsl. The lookup
 * tables are built in luts.ts.
 */
import type { ParamValues } from './registry';

/** Lattice spacing (µm). */
export const SITE_UM = 10;
/** Fixed point of the O2 field: 65535 ↔ 64 mmHg. */
export const O2_Q16_PER_MMHG = 1024;
/** Fixed point of the other fields: 65535 ↔ 1 unit. */
export const FIELD_MAX = 65535;

export const FIELD_O2 = 0;
export const FIELD_CHEMOKINE = 1;
export const FIELD_IFN = 2;
export const FIELD_SUPPRESSIVE = 3;
/** Fields solved every hour (O2, chemokine, IFN-γ, S); the drug planes after them only under therapy. */
export const BASE_FIELD_COUNT = 4;
/** Chemotherapy drug (model.md §3): held at every vessel at the plasma level. */
export const FIELD_DRUG = BASE_FIELD_COUNT;
/** Nanoparticles: held at leaky (tumour) vessels only, bound by tumour cells. */
export const FIELD_NANO = 5;
export const FIELD_COUNT = 6;
export const FIELD_INDEX = {
  FIELD_O2,
  FIELD_CHEMOKINE,
  FIELD_IFN,
  FIELD_SUPPRESSIVE,
  FIELD_DRUG,
  FIELD_NANO,
  FIELD_COUNT,
} as const;
/**
 * GPU storage of the fields (src/engine/field-pack.ts): two to a u32 word, field f in the half
 * starting at bit (f % 2) · FIELD_HALF_BITS of word plane f / 2, so FIELD_WORDS planes of words.
 * The model keeps FIELD_COUNT planes of one u32 per value.
 */
export const FIELD_HALF_BITS = 16;
export const FIELD_WORDS = FIELD_COUNT / 2;
export const FIELD_PACKING = { FIELD_HALF_BITS, FIELD_WORDS, FIELD_MAX } as const;

/** Words of the systemic compartment buffer (priming, antigen, burden; architecture.md §3). */
export const SYS_ANTIGEN_Q8 = 0;
export const SYS_PRIMING_LEVEL = 1;
export const SYS_BURDEN = 2;
export const SYS_BURDEN_MDSC = 3;
export const SYS_WORDS = 4;
/** Priming is carried as a level in 1/8 steps: 8 = 1×, at most 31 (≈ 3.9×). */
export const PRIMING_LEVELS = 32;
export const PRIMING_UNIT = 8;
/** Burden index (tumour cells per vessel) is capped here. */
export const BURDEN_LEVELS = 1024;
export const SYS_INDEX = {
  SYS_ANTIGEN_Q8,
  SYS_PRIMING_LEVEL,
  SYS_BURDEN,
  SYS_BURDEN_MDSC,
  SYS_WORDS,
  PRIMING_LEVELS,
  PRIMING_UNIT,
  BURDEN_LEVELS,
} as const;

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
/** Multiplier per hour of a decay with `ratePerH`, in Q16. */
export const decayQ16 = (ratePerH: number): number => Math.min(65535, Math.round(Math.exp(-ratePerH) * 65536));

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

const death = (ratePerH: number): number => threshold(chance(ratePerH));

/** The uniform struct, field by field, in order. Every field is a u32. */
export const GPU_PARAMS = [
  { name: 'width', doc: 'lattice width (sites)', value: (_v, c) => c.width },
  { name: 'height', doc: 'lattice height (sites)', value: (_v, c) => c.height },
  { name: 'substeps', doc: 'motility sub-steps per hour', value: (v) => v.substeps },
  { name: 'thrApoptosis', doc: 'tumour apoptosis per hour (threshold)', value: (v) => death(v.tumorApoptosisRate) },
  {
    name: 'thrMigration',
    doc: 'tumour migration per hour (threshold)',
    value: (v) => threshold(chance(v.tumorMigrationRate)),
  },
  { name: 'thrCtlDeath', doc: 'CTL death per hour (threshold)', value: (v) => death(v.ctlDeathRate) },
  { name: 'thrTregDeath', doc: 'Treg death per hour (threshold)', value: (v) => death(v.tregDeathRate) },
  { name: 'thrMdscDeath', doc: 'MDSC death per hour (threshold)', value: (v) => death(v.mdscDeathRate) },
  { name: 'thrMacDeath', doc: 'macrophage death per hour (threshold)', value: (v) => death(v.macDeathRate) },
  { name: 'thrM2ToM0', doc: 'M2 → M0 per hour (threshold)', value: (v) => threshold(chance(v.m2ToM0Rate)) },
  {
    name: 'thrM1Kill',
    doc: 'M1 kill of an adjacent tumour cell per sub-step (threshold)',
    value: (v) => threshold(chance(v.m1KillRate, 1 / v.substeps)),
  },
  { name: 'thrMutation', doc: 'antigen mutation per division (threshold)', value: (v) => threshold(v.mutationProb) },
  {
    name: 'thrAntigenLoss',
    doc: 'share of mutations that lower antigenicity (threshold)',
    value: (v) => threshold(v.antigenLossFraction),
  },
  {
    name: 'thrStemSymmetric',
    doc: 'symmetric stem division (threshold)',
    value: (v) => threshold(v.stemSymmetricProb),
  },
  {
    name: 'thrFibrosis',
    doc: 'stroma patch left by a dying exhausted CTL (threshold)',
    value: (v) => threshold(v.fibrosisProb),
  },
  { name: 'o2VesselQ16', doc: 'O2 held at vessels (Q16, 1024 per mmHg)', value: (v) => mmHgToQ16(v.o2Vessel) },
  { name: 'hypoxiaQ16', doc: 'hypoxia threshold (Q16)', value: (v) => mmHgToQ16(v.hypoxiaO2) },
  { name: 'omegaQ8', doc: 'SOR over-relaxation factor (Q8)', value: (v) => Math.round(v.sorOmega * 256) },
  {
    name: 'antigenThreshold',
    doc: 'antigenicity byte a T cell recognises',
    value: (v) => Math.ceil(v.ctlActivationAntigen * 255 - 1e-9),
  },
  { name: 'killCapacity', doc: 'kills a fresh CTL can make', value: (v) => v.ctlKillCapacity },
  { name: 'engagementHours', doc: 'hours a CTL is engaged after a kill', value: (v) => v.ctlEngagementTime },
  { name: 'ifnHours', doc: 'hours an activated CTL secretes IFN-γ', value: (v) => v.ifnSecretionTime },
  { name: 'ctlDivisions', doc: 'divisions of a newly activated CTL', value: (v) => v.ctlDivisions },
  { name: 'stemHierarchy', doc: '1 when the stem hierarchy is on', value: (v) => (v.stemHierarchy ? 1 : 0) },
  {
    name: 'proliferationCapacity',
    doc: 'divisions left to a new non-stem daughter',
    value: (v) => v.proliferationCapacity,
  },
  {
    name: 'mutationShift',
    doc: 'antigenicity change of a mutated daughter (byte)',
    value: (v) => byte01(v.mutationShift),
  },
  { name: 'pdl1DecayQ16', doc: 'PD-L1 multiplier per hour (Q16)', value: (v) => decayQ16(v.pdl1DecayRate / 24) },
  { name: 'pdl1PositiveQ16', doc: 'PD-L1 above which a cell counts as PD-L1+ (Q16, 0.1)', value: () => q16of01(0.1) },
  { name: 'fibrosisEcm', doc: 'ECM byte added by fibrosis', value: () => byte01(0.5) },
  {
    name: 'antigenKeepQ16',
    doc: 'systemic antigen kept per hour (Q16)',
    value: (v) => decayQ16(1 / v.antigenMemoryTime),
  },
  {
    name: 'primingGain',
    doc: 'priming levels added at saturating antigen',
    value: (v) => Math.round(v.primingMax * PRIMING_UNIT),
  },
  {
    name: 'primingHalfDeaths',
    doc: 'antigen (deaths) giving half the priming gain',
    value: (v) => v.primingHalfDeaths,
  },
  {
    name: 'mdscHypoxiaWeight',
    doc: 'extra weight of hypoxic tumour cells in MDSC recruitment',
    value: (v) => v.mdscHypoxiaWeight,
  },
  {
    name: 'resistantDivisionQ16',
    doc: 'division chance multiplier of drug-resistant clones (Q16)',
    value: (v) => Math.round(v.resistantGrowth * 65535),
  },
  {
    name: 'doomMin',
    doc: 'fewest hours a doomed (irradiated) cell lives on',
    value: (v) => Math.min(v.rtDoomMin, v.rtDoomMax),
  },
  {
    name: 'doomSpan',
    doc: "spread of the doomed cell's remaining hours (≥ 1)",
    value: (v) => Math.max(1, Math.abs(v.rtDoomMax - v.rtDoomMin) + 1),
  },
] as const satisfies readonly GpuParam[];

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
  return Object.fromEntries(GPU_PARAMS.map((p, i) => [p.name, packed[i]])) as Packed;
}
