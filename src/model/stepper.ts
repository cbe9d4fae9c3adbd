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

/**
 * What a live run (the page, a trial) needs beyond Stepper: hours started without waiting, their
 * statistics delivered as they arrive, the lattice replaced in place, and a version that changes
 * with the lattice so a view redraws only on change. GpuStepper and CpuStepper implement it.
 */
export interface LiveStepper extends Stepper {
  /** Hours started so far; statistics for the last of them may still be on their way. */
  readonly submittedHours: number;
  /** Changes whenever the lattice does (hours started, a lattice uploaded). */
  readonly contentVersion: number;
  /** Called with every hour's statistics, in order, as they arrive. */
  onStats: (stats: HourStats[]) => void;
  /** Engine diagnostics (shader messages, failed readbacks). */
  onMessage: (message: string) => void;
  /**
   * Starts up to `hours` hours without waiting for them. Returns the hours started (0 when the
   * engine cannot take more yet: try again later) and the promise of their statistics.
   */
  advance(hours: number): { hours: number; stats: Promise<HourStats[]> | null };
  /** Replaces the lattice, fields, systemic words and hour with `lattice` (same size). */
  upload(lattice: Lattice): void;
}
