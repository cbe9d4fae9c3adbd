/**
 * The validation scenarios of model.md §7, as data, one file each: the parameters of each arm (the
 * tissue setups of src/model/scenario-library/tissues.ts, which the teaching scenarios use too), the
 * measures taken from a run's hourly statistics, and the qualitative check the model must pass
 * across seeds. `npm run validate` runs them over ≥ 10 seeds; the test suite runs reduced versions
 * (fewer seeds, smaller lattices) with the same checks. The order here is the report's.
 */
import type { Scenario } from './define';
import { adaptiveResistance } from './adaptive-resistance';
import { chemotherapy } from './chemotherapy';
import { immunePhenotypes } from './immune-phenotypes';
import { influxDoseResponse } from './influx-dose-response';
import { necroticCore } from './necrotic-core';
import { radiotherapy } from './radiotherapy';

export type { Arm, ArmResults, Check, Scenario } from './define';

export const SCENARIOS: readonly Scenario[] = [
  necroticCore,
  influxDoseResponse,
  immunePhenotypes,
  adaptiveResistance,
  radiotherapy,
  chemotherapy,
];
