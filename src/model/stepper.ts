/**
 * The seam between the simulation and whoever drives it (style.md §2): the GPU engine and the CPU
 * twin both implement Stepper, so the UI, the CLI and the tests never hold a GPUDevice.
 */
import type { Lattice } from './lattice';
import type { ParamValues } from './registry';
import type { HourStats } from './stats';
import type { Schedule } from './therapy/schedule';

export interface Stepper {
  readonly backend: 'gpu' | 'cpu';
  /** Rebuilds the initial lattice from the parameters (latticeSize, seed, …) and converges the fields. */
  reset(values: ParamValues): Promise<void>;
  /** Applies parameters that act live (rates, thresholds); the lattice is kept. */
  setParams(values: ParamValues): void;
  /** Replaces the dose schedule (model.md §5); it acts from the next hour simulated. */
  setSchedule(schedule: Schedule): void;
  /** Advances `hours` model hours; resolves with one statistics record per hour. */
  step(hours: number): Promise<HourStats[]>;
  /** A copy of the complete state: words, fields and the hour. */
  readState(): Promise<Lattice>;
  destroy(): void;
}
