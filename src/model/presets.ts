/**
 * Ready-made setups by key, for the command line (`--preset`) and the validation scenarios: a view
 * of the scenario library (scenarios.ts), which is the one registry of setups. A preset's values are
 * the scenario's parameters over the defaults plus its seed; tests check every value is valid.
 */
import type { ParamOverrides } from './registry';
import type { Schedule } from './therapy/schedule';
import { SCENARIO_LIBRARY } from './scenarios';

export interface Preset {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly values: Readonly<ParamOverrides>;
  /** The scenario's dose schedule (empty: untreated). */
  readonly schedule: Schedule;
}

export const PRESETS: readonly Preset[] = SCENARIO_LIBRARY.map((s) => ({
  key: s.id,
  label: s.title,
  description: s.summary,
  values: { ...s.values, seed: s.seed },
  schedule: s.schedule ?? [],
}));

export const PRESET_BY_KEY: ReadonlyMap<string, Preset> = new Map(PRESETS.map((p) => [p.key, p]));
