/**
 * Therapies (model.md §5): pharmacokinetics and effect sizes. Which therapy is given when is not a
 * parameter but a dose schedule (src/model/therapy/schedule.ts); these rows say what a dose does.
 * Doses are in units of one standard clinical dose (1 = e.g. 3 mg/kg nivolumab, 2 Gy is given in
 * Gy); concentrations are relative to the peak plasma level of one such dose.
 * The rows are split by subject, one file each, joined here in panel order.
 */
import { CHECKPOINT_PARAMS } from './therapy-checkpoint';
import { CELL_TARGETING_PARAMS } from './therapy-cell-targeting';
import { CHEMOTHERAPY_PARAMS } from './therapy-chemotherapy';
import { RADIOTHERAPY_PARAMS } from './therapy-radiotherapy';
import { VACCINE_STROMA_PARAMS } from './therapy-vaccine-stroma';
import { NANOPARTICLE_PARAMS } from './therapy-nanoparticles';
import type { ParamDef } from './define';

export const THERAPY_PARAMS = [
  ...CHECKPOINT_PARAMS,
  ...CELL_TARGETING_PARAMS,
  ...CHEMOTHERAPY_PARAMS,
  ...RADIOTHERAPY_PARAMS,
  ...VACCINE_STROMA_PARAMS,
  ...NANOPARTICLE_PARAMS,
] as const satisfies readonly ParamDef[];
