/**
 * The owners the page shell (app.ts) makes, as the tools' installer (tools.ts) and the scripting
 * API (test-api.ts) see them: each builds the narrow ports it hands on from these, so neither
 * imports the shell.
 */
import type { VerifyResult } from '../check/verify';
import type { Lattice } from '../model/lattice';
import type { ParamValues } from '../model/registry';
import type { Schedule } from '../model/therapy/schedule';
import type { Controls, UiState } from './controls';
import type { FrameLoop } from './frame-loop';
import type { GpuSession } from './gpu-session';
import type { LiveRun } from './live-run';
import type { Notices } from './notices';
import type { PageEvents } from './page-events';
import type { ParamState } from './param-state';
import type { Playback } from './playback';
import type { RunDisplay } from './run-display';
import type { RunLog } from './run-log';

export interface PageOwners {
  readonly ui: UiState;
  readonly notices: Notices;
  readonly events: PageEvents;
  readonly controls: Controls;
  readonly params: ParamState;
  readonly runLog: RunLog;
  readonly session: GpuSession;
  readonly live: LiveRun;
  readonly display: RunDisplay;
  readonly playback: Playback;
  readonly loop: FrameLoop;
  /** Applies a registry value from the panel, a link or a script; false when refused (with a notice). */
  setParam(key: string, value: number): boolean;
  /** Replaces the dose schedule; it acts from the next hour the run starts. */
  setSchedule(schedule: Schedule): void;
  /** Loads a library scenario (null: the model defaults) and resets; false for an unknown id. */
  applyScenario(id: string | null): Promise<boolean>;
  /** Continues from a saved lattice with its parameters and schedule. */
  restore(lattice: Lattice, values: ParamValues, schedule: Schedule): Promise<void>;
  /** Applies the View folder: palette, presenter mode and the legend. */
  applyView(): void;
  /** Plays until model hour `hour`, then pauses. */
  playUntil(hour: number): void;
  /** Runs `work` with stepping and drawing paused (the benchmark). */
  suspend<T>(work: () => Promise<T>): Promise<T>;
  /** Runs the current parameters on this GPU and in the CPU twin and compares every word. */
  checkTwin(hours: number, size?: number): Promise<VerifyResult>;
}
