/**
 * Per-hour statistics record: STAT_COUNT u32 counters, reduced on the GPU (shaders/passes/stats.wgsl)
 * and by the CPU twin (src/model/reference/stats.ts). Indices are generated into params.wgsl.
 */
import { TYPE_COUNT, TYPE_NAMES } from './layout';

/** Counters 0..15 are cells per type. */
export const STAT_CTL_EFFECTOR = 16;
export const STAT_CTL_ACTIVATED = 17;
export const STAT_CTL_EXHAUSTED = 18;
/** Tumour cells killed by T cells during the hour. */
export const STAT_KILLS = 19;
/** T cells that entered from vessels during the hour. */
export const STAT_RECRUITED = 20;
/** Tumour divisions during the hour. */
export const STAT_DIVISIONS = 21;
/** Tumour cells below the hypoxia threshold at the end of the hour. */
export const STAT_HYPOXIC_TUMOR = 22;
export const STAT_COUNT = 32;

export const STAT_INDEX = {
  STAT_CTL_EFFECTOR,
  STAT_CTL_ACTIVATED,
  STAT_CTL_EXHAUSTED,
  STAT_KILLS,
  STAT_RECRUITED,
  STAT_DIVISIONS,
  STAT_HYPOXIC_TUMOR,
  STAT_COUNT,
} as const;

/** One hour's readout, as the chart, CSV and JSON show it. */
export interface HourStats {
  /** Model hour at the end of which the record was taken (1 after the first hour). */
  hour: number;
  counts: Record<string, number>;
}

/** Column names of the time series, in CSV order. */
export const STAT_COLUMNS: readonly string[] = [
  ...Object.values(TYPE_NAMES),
  'ctl_effector',
  'ctl_activated',
  'ctl_exhausted',
  'kills',
  'recruited',
  'divisions',
  'hypoxic_tumour',
];

export function decodeStats(hour: number, record: Uint32Array): HourStats {
  const counts: Record<string, number> = {};
  for (const [type, name] of Object.entries(TYPE_NAMES)) counts[name] = record[Number(type)];
  counts.ctl_effector = record[STAT_CTL_EFFECTOR];
  counts.ctl_activated = record[STAT_CTL_ACTIVATED];
  counts.ctl_exhausted = record[STAT_CTL_EXHAUSTED];
  counts.kills = record[STAT_KILLS];
  counts.recruited = record[STAT_RECRUITED];
  counts.divisions = record[STAT_DIVISIONS];
  counts.hypoxic_tumour = record[STAT_HYPOXIC_TUMOR];
  return { hour, counts };
}

if (TYPE_COUNT > STAT_CTL_EFFECTOR) throw new Error('stat layout: type counters overlap');
