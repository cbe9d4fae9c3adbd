/**
 * Therapy rows (model.md §5), vaccines (a priming boost) and stroma targeting (ECM degradation).
 * In panel order; therapy.ts joins the subjects.
 */
import { num, type ParamDef } from './define';

const g = 'Therapies' as const;

export const VACCINE_STROMA_PARAMS = [
  num({
    key: 'vaccineHalfLife',
    label: 'Vaccine effect half-life',
    unit: 'days',
    default: 7,
    min: 0.5,
    max: 60,
    step: 0.5,
    group: g,
    advanced: true,
    tooltip: 'How long the antigen-specific priming boost of a vaccine dose lasts.',
    source: 'Kather LB; Kim & Lee 2012',
  }),
  num({
    key: 'vaccinePriming',
    label: 'Vaccine priming gain',
    unit: '× at full effect',
    default: 1.5,
    min: 0,
    max: 3,
    step: 0.05,
    group: g,
    tooltip: 'Priming is multiplied by 1 + this × vaccine effect (effect = C / (C + 0.5)).',
    source: 'Kather LB; Kim & Lee 2012',
  }),
  num({
    key: 'stromaHalfLife',
    label: 'Stroma agent half-life',
    unit: 'h',
    default: 24,
    min: 1,
    max: 720,
    step: 1,
    group: g,
    advanced: true,
    tooltip: 'Half-life of the stroma-targeting agent (e.g. hyaluronidase, FAK inhibitor).',
    source: 'Kather SP',
  }),
  num({
    key: 'stromaDegradation',
    label: 'Stroma degradation',
    unit: '1/h at full effect',
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.005,
    group: g,
    tooltip: 'Share of the ECM removed per hour at full effect.',
    source: 'Kather SP',
  }),
] as const satisfies readonly ParamDef[];
