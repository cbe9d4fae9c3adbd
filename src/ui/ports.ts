/**
 * The narrow ports the page's tools are handed instead of the page: each tool names the few things
 * it reads or does (read the lattice, edit it, show a notice, follow the schedule), so a tool can be
 * read, and tested, without the rest of the page.
 */
import type { AdapterSummary, GpuHandle } from '../engine/device';
import type { Lattice } from '../model/lattice';
import type { ParamValues } from '../model/registry';
import type { Schedule } from '../model/therapy/schedule';
import type { Notices } from './notices';
import type { PageListen } from './page-events';
import type { RunLog } from './run-log';

/** Messages on the stage. */
export type NoticeBoard = Pick<Notices, 'show'>;

export interface LatticeReader {
  /** A copy of the running lattice (the first arm's), read without pausing. */
  readState(): Promise<Lattice>;
}

export interface LatticeEditor extends LatticeReader {
  /**
   * Reads the lattice with stepping paused, hands it to `edit` and uploads what it returns (null:
   * no change); resolves with the uploaded lattice, or null. The hour stays as it is.
   */
  editLattice(edit: (lattice: Lattice) => Lattice | null): Promise<Lattice | null>;
}

export interface RunClock {
  /** The last hour whose statistics arrived (what the counter shows). */
  readonly hour: number;
}

/** What the schedule editor and the radiotherapy field tool follow of the run. */
export interface RunView extends RunClock, PageListen {
  /** The first hour not yet started: a dose placed here or later will be given. */
  readonly nextHour: number;
  readonly schedule: Schedule;
}

export interface ScheduleEditor extends RunView {
  /** Replaces the dose schedule; it acts from the next hour the run starts. */
  setSchedule(schedule: Schedule): void;
}

/** The side-by-side comparison of the schedule against no therapy. */
export interface ComparisonSwitch {
  /** The hour the treated arm reported last; null without a comparison. */
  readonly compareHour: number | null;
  startComparison(): Promise<void>;
  stopComparison(): Promise<void>;
}

export interface SnapshotStore extends LatticeReader {
  /** The parameters the running lattice was made with. */
  runParameters(): ParamValues;
  readonly schedule: Schedule;
  /** Continues from a saved lattice with its parameters and schedule; throws when it cannot. */
  restore(lattice: Lattice, values: ParamValues, schedule: Schedule): Promise<void>;
}

/** What the time-series export writes. */
export interface SeriesSource extends RunClock {
  readonly runLog: RunLog;
  readonly values: ParamValues;
  readonly adapter: AdapterSummary;
  readonly schedule: Schedule;
}

export interface ViewCapture extends RunClock {
  /** The current view as PNG, drawn and encoded in the same task. */
  capturePng(): Promise<Blob>;
}

/** The page's GPU, lent to work that must not share it with the running simulation. */
export interface GpuLender {
  readonly gpu: GpuHandle;
  /** Runs `work` with stepping and drawing paused; the running lattice is left as it is. */
  suspend<T>(work: () => Promise<T>): Promise<T>;
}
