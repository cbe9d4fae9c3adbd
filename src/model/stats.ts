/**
 * Per-hour statistics record (model.md §6): STAT_COUNT u32 counters, reduced on the GPU
 * (shaders/passes/stats.wgsl, counted events in the other passes) and by the CPU twin.
 * Indices are generated into params.wgsl. Derived readouts (ratios, phenotype, diameter) are
 * computed on the host from a record: src/model/readouts.ts.
 */
import { TYPE_COUNT, TYPE_NAMES } from './layout';
import { DERIVED_COLUMNS, deriveReadouts } from './readouts';

/** Counters 0..15 are cells per type. */
export const STAT_CTL_EFFECTOR = 16;
export const STAT_CTL_ACTIVATED = 17;
export const STAT_CTL_EXHAUSTED = 18;
export const STAT_MAC_M0 = 19;
export const STAT_MAC_M1 = 20;
export const STAT_MAC_M2 = 21;
/** Tumour cells killed by T cells during the hour. */
export const STAT_KILLS = 22;
/** Tumour cells killed by M1 macrophages during the hour. */
export const STAT_KILLS_M1 = 23;
/** Tumour cells that became necrotic during the hour. */
export const STAT_NECROSES = 24;
export const STAT_RECRUITED_CTL = 25;
export const STAT_RECRUITED_TREG = 26;
export const STAT_RECRUITED_MDSC = 27;
export const STAT_RECRUITED_MAC = 28;
/** Tumour divisions during the hour. */
export const STAT_DIVISIONS = 29;
export const STAT_CTL_DIVISIONS = 30;
/** Tumour cells below the hypoxia threshold at the end of the hour. */
export const STAT_HYPOXIC_TUMOR = 31;
/** Tumour cells with PD-L1 above 0.1. */
export const STAT_PDL1_POSITIVE = 32;
export const STAT_STEM = 33;
/** CD8 / Treg cells inside the tumour (≥ 12 of the 24 sites around them tumour or debris) or at its margin (1–11). */
export const STAT_CD8_INSIDE = 34;
export const STAT_CD8_MARGIN = 35;
export const STAT_TREG_INSIDE = 36;
export const STAT_TREG_MARGIN = 37;
/** CD8 cells within 100 µm (10 sites, Chebyshev) of a tumour or debris site, those touching it included. */
export const STAT_CD8_NEAR = 42;
/** Exhausted CTLs that still had kills left: exhausted by PD-L1, Tregs or S rather than by killing. */
export const STAT_CTL_EXHAUSTED_SIGNALLED = 43;
/** Sum of tumour antigenicity bytes (mean = sum / 255 / tumour count). */
export const STAT_ANTIGEN_SUM = 38;
/** Sum of tumour PD-L1 >> 8. */
export const STAT_PDL1_SUM = 39;
/** Systemic compartment after the hour (written by the systemic pass). */
export const STAT_PRIMING_LEVEL = 40;
export const STAT_ANTIGEN_POOL = 41;
/** Tumour cells killed by chemotherapy (free drug or nanoparticle payload) during the hour. */
export const STAT_DRUG_KILLS = 44;
/** Tumour cells lethally irradiated (doomed) during the hour. */
export const STAT_RT_DOOMED = 45;
/** Doomed tumour cells that died during the hour. */
export const STAT_RT_DEATHS = 46;
/** CTLs and Tregs killed by chemotherapy or radiation during the hour (toxicity). */
export const STAT_LYMPH_LOST = 47;
/** Drug-resistant tumour cells. */
export const STAT_RESISTANT = 48;
/** Doomed tumour cells still alive. */
export const STAT_DOOMED = 49;
/** Sums over tumour cells of the drug and nanoparticle fields >> 8 (exposure at the tumour). */
export const STAT_DRUG_SUM = 50;
export const STAT_NANO_SUM = 51;
export const STAT_COUNT = 56;

export const STAT_INDEX = {
  STAT_CTL_EFFECTOR,
  STAT_CTL_ACTIVATED,
  STAT_CTL_EXHAUSTED,
  STAT_MAC_M0,
  STAT_MAC_M1,
  STAT_MAC_M2,
  STAT_KILLS,
  STAT_KILLS_M1,
  STAT_NECROSES,
  STAT_RECRUITED_CTL,
  STAT_RECRUITED_TREG,
  STAT_RECRUITED_MDSC,
  STAT_RECRUITED_MAC,
  STAT_DIVISIONS,
  STAT_CTL_DIVISIONS,
  STAT_HYPOXIC_TUMOR,
  STAT_PDL1_POSITIVE,
  STAT_STEM,
  STAT_CD8_INSIDE,
  STAT_CD8_MARGIN,
  STAT_TREG_INSIDE,
  STAT_TREG_MARGIN,
  STAT_CD8_NEAR,
  STAT_CTL_EXHAUSTED_SIGNALLED,
  STAT_ANTIGEN_SUM,
  STAT_PDL1_SUM,
  STAT_PRIMING_LEVEL,
  STAT_ANTIGEN_POOL,
  STAT_DRUG_KILLS,
  STAT_RT_DOOMED,
  STAT_RT_DEATHS,
  STAT_LYMPH_LOST,
  STAT_RESISTANT,
  STAT_DOOMED,
  STAT_DRUG_SUM,
  STAT_NANO_SUM,
  STAT_COUNT,
} as const;

/** One hour's readout, as the chart, CSV and JSON show it. */
export interface HourStats {
  /** Model hour at the end of which the record was taken (1 after the first hour). */
  hour: number;
  counts: Record<string, number>;
}

/** Raw counters by column name, in CSV order (derived readouts follow them, see readouts.ts). */
const COUNTER_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ...Object.entries(TYPE_NAMES).map(([type, name]) => [name, Number(type)] as const),
  ['ctl_effector', STAT_CTL_EFFECTOR],
  ['ctl_activated', STAT_CTL_ACTIVATED],
  ['ctl_exhausted', STAT_CTL_EXHAUSTED],
  ['ctl_exhausted_signalled', STAT_CTL_EXHAUSTED_SIGNALLED],
  ['mac_m0', STAT_MAC_M0],
  ['mac_m1', STAT_MAC_M1],
  ['mac_m2', STAT_MAC_M2],
  ['kills', STAT_KILLS],
  ['kills_m1', STAT_KILLS_M1],
  ['necroses', STAT_NECROSES],
  ['recruited', STAT_RECRUITED_CTL],
  ['recruited_treg', STAT_RECRUITED_TREG],
  ['recruited_mdsc', STAT_RECRUITED_MDSC],
  ['recruited_mac', STAT_RECRUITED_MAC],
  ['divisions', STAT_DIVISIONS],
  ['ctl_divisions', STAT_CTL_DIVISIONS],
  ['hypoxic_tumour', STAT_HYPOXIC_TUMOR],
  ['pdl1_positive', STAT_PDL1_POSITIVE],
  ['stem', STAT_STEM],
  ['cd8_inside', STAT_CD8_INSIDE],
  ['cd8_margin', STAT_CD8_MARGIN],
  ['treg_inside', STAT_TREG_INSIDE],
  ['treg_margin', STAT_TREG_MARGIN],
  ['cd8_near', STAT_CD8_NEAR],
  ['antigen_sum', STAT_ANTIGEN_SUM],
  ['pdl1_sum', STAT_PDL1_SUM],
  ['priming_level', STAT_PRIMING_LEVEL],
  ['antigen_pool', STAT_ANTIGEN_POOL],
  ['drug_kills', STAT_DRUG_KILLS],
  ['rt_doomed', STAT_RT_DOOMED],
  ['rt_deaths', STAT_RT_DEATHS],
  ['lymph_lost', STAT_LYMPH_LOST],
  ['resistant', STAT_RESISTANT],
  ['doomed', STAT_DOOMED],
  ['drug_sum', STAT_DRUG_SUM],
  ['nano_sum', STAT_NANO_SUM],
];

/** Column names of the time series, in CSV order: the counters, then the derived readouts. */
export const STAT_COLUMNS: readonly string[] = [...COUNTER_COLUMNS.map(([name]) => name), ...DERIVED_COLUMNS];

export function decodeStats(hour: number, record: Uint32Array): HourStats {
  const counts: Record<string, number> = {};
  for (const [name, index] of COUNTER_COLUMNS) counts[name] = record[index];
  return { hour, counts: { ...counts, ...deriveReadouts(counts) } };
}

if (TYPE_COUNT > STAT_CTL_EFFECTOR) throw new Error('stat layout: type counters overlap');
