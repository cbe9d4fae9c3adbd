/**
 * The model hour as data (architecture.md §3): which rules run, in which order and in which phase
 * of the hour. The CPU twin runs each step as a function (src/model/reference/hour-rules.ts), the
 * GPU engine as its passes (src/engine/hour-passes.ts), so the order is written here once. A step's
 * phase picks its random draws' tick (tickOf(hour, phase)) and, on the GPU, its clock record.
 */
import type { ParamValues } from './registry';

/** The rules of an hour, each named after the twin function that runs it. */
export const HOUR_RULES = [
  'fieldSweep',
  'cellFate',
  'hourIntent',
  'immuneIntent',
  'resolve',
  'census',
  'systemic',
] as const;
export type HourRule = (typeof HOUR_RULES)[number];

export interface PlanStep {
  readonly rule: HourRule;
  /** 0: the hourly rules; 1..substeps: a motility sub-step. */
  readonly phase: number;
  /** Times the rule runs in a row: red-black sweeps of the fields; 1 for every other rule. */
  readonly times: number;
}

export type HourPlan = readonly PlanStep[];

const step = (rule: HourRule, phase = 0, times = 1): PlanStep => ({ rule, phase, times });

/**
 * One model hour: the field sweeps, cell fates, the hourly intents and their resolve, in each
 * motility sub-step the immune intents and their resolve, then the census and the systemic update.
 */
export function hourPlan(v: Pick<ParamValues, 'fieldSweepsPerHour' | 'substeps'>): HourPlan {
  const substeps = Array.from({ length: v.substeps }, (_, s) => [step('immuneIntent', s + 1), step('resolve', s + 1)]);
  return [
    step('fieldSweep', 0, v.fieldSweepsPerHour),
    step('cellFate'),
    step('hourIntent'),
    step('resolve'),
    ...substeps.flat(),
    step('census'),
    step('systemic'),
  ];
}

/** What a reset runs on the fresh lattice before the first hour: the fields relaxed from cold. */
export const resetPlan = (v: Pick<ParamValues, 'fieldResetSweeps'>): HourPlan => [
  step('fieldSweep', 0, v.fieldResetSweeps),
];

/** Phases of an hour of `plan` (0 up to its last sub-step): one clock record and tick each. */
export const phasesOf = (plan: HourPlan): number => 1 + Math.max(0, ...plan.map((s) => s.phase));
