/**
 * The shape of a validation scenario (model.md §7): its arms, the measures taken from one run and
 * the checks across seeds; and the helpers the scenarios' measures, checks and arms share.
 */
import type { ParamOverrides } from '../../model/registry';
import type { HourStats } from '../../model/stats';
import type { Lattice } from '../../model/lattice';
import { REGIMEN_BY_KEY, type Schedule } from '../../model/therapy/schedule';
import { median } from './stats-math';

export interface Arm {
  readonly label: string;
  readonly values: Readonly<ParamOverrides>;
  /** Dose schedule of the arm (none: untreated). */
  readonly schedule?: Schedule;
}

/** Per-seed results of every arm: measure name → one value per seed. */
export type ArmResults = ReadonlyArray<Readonly<Record<string, number[]>>>;

export interface Check {
  readonly statement: string;
  readonly holds: boolean;
  readonly detail: string;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly expectation: string;
  readonly size: number;
  readonly hours: number;
  readonly arms: readonly Arm[];
  /** Hours (fractions of the run, 0–1) at which the run's lattice is also kept for `measure`. */
  readonly snapshotsAt?: readonly number[];
  /** Measures of one run (named numbers), from its hourly statistics, final lattice and snapshots. */
  readonly measure: (
    series: readonly HourStats[],
    end: Lattice,
    snapshots: readonly Lattice[],
  ) => Record<string, number>;
  readonly checks: (results: ArmResults) => Check[];
  /** Measure names shown in the report, with their meaning. */
  readonly columns: Readonly<Record<string, string>>;
}

/** The statistics of model hour `hour` (series[0] is hour 1; clamped to the run). */
export const at = (series: readonly HourStats[], hour: number): HourStats =>
  series[Math.min(series.length, Math.max(1, hour)) - 1];
/** Tumour cells at the end of the run / at its first hour. */
export const tumourRatio = (series: readonly HourStats[]): number =>
  series.at(-1)!.counts.tumour / Math.max(1, series[0].counts.tumour);
export const check = (statement: string, holds: boolean, detail: string): Check => ({ statement, holds, detail });
/** The median over seeds of measure `key` of arm `arm`. */
export const med = (r: ArmResults, arm: number, key: string): number => median(r[arm][key]);
/** The share of seeds whose value passes `ok`. */
export const share = (values: number[], ok: (v: number) => boolean): number =>
  values.filter(ok).length / Math.max(1, values.length);

/** Anti-PD-1 every 2 weeks from day 1 (model.md §7 scenarios 3 and 4). */
const PD1_FROM = 24;
export const pd1 = (): Schedule => REGIMEN_BY_KEY.get('pd1q2w')!.events(PD1_FROM);
/** How much anti-PD-1 lowered the tumour ratio: untreated arm minus treated arm (medians). */
export const benefit = (r: ArmResults, untreated: number, treated: number): number =>
  med(r, untreated, 'tumour_ratio') - med(r, treated, 'tumour_ratio');
