/** The benchmark's fixed scenario: the inflamed setup, where every mechanism of the model is busy. */
import { SCENARIO_BY_ID, scenarioValues } from '../model/scenarios';
import { defaultValues, type ParamValues } from '../model/registry';

export const BENCH_PRESET = 'inflamed';
export const BENCH_SEED = 1;
/** Model hours run before timing, so recruited immune cells are moving and killing. */
export const WARMUP_HOURS = 8;
/**
 * Field sweeps at reset. The default (600) only makes the first hours' fields converged; it costs
 * minutes on large lattices in software and nothing per timed hour, which runs the default sweeps.
 */
export const BENCH_RESET_SWEEPS = 100;

export function benchValues(side: number): ParamValues {
  const values = scenarioValues(SCENARIO_BY_ID.get(BENCH_PRESET)!, defaultValues());
  return { ...values, latticeSize: side, seed: BENCH_SEED, fieldResetSweeps: BENCH_RESET_SWEEPS };
}
