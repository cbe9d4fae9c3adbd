/**
 * The GPU uniform: GPU_PARAMS turns parameter values into the u32 words of `struct Params`
 * (thresholds, fixed-point constants), in order; scripts/generate.ts writes the struct to
 * shaders/common/params.wgsl. The CPU twin reads the very same packed words back by name.
 */
import { mmHgToQ16 } from './fields';
import type { ParamValues } from './registry';
import { PRIMING_UNIT } from './systemic-words';
import { byte01, chance, decayQ16, q16of01, threshold } from './thresholds';

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
