/**
 * Therapy rows (model.md §5), nanoparticles: a second drug field that leaves the blood at leaky
 * tumour vessels and carries a payload. In panel order; therapy.ts joins the subjects.
 */
import { num, type ParamDef } from './define';

const g = 'Therapies' as const;

export const NANOPARTICLE_PARAMS = [
  num({
    key: 'nanoHalfLife',
    label: 'Nanoparticle half-life',
    unit: 'h',
    default: 20,
    min: 0.5,
    max: 240,
    step: 0.5,
    group: g,
    advanced: true,
    tooltip: 'Plasma half-life of the nanoparticles (long-circulating).',
    source: 'Islam 2017',
  }),
  num({
    key: 'nanoDiffusion',
    label: 'Nanoparticle diffusion',
    unit: 'µm²/min',
    default: 50,
    min: 1,
    max: 1e4,
    step: 1,
    group: g,
    advanced: true,
    tooltip: 'Nanoparticles diffuse far more slowly than free drug.',
    source: 'Owen 2011',
  }),
  num({
    key: 'nanoBinding',
    label: 'Nanoparticle binding',
    unit: '1/min',
    default: 0.002,
    min: 0,
    max: 1,
    step: 0.0001,
    group: g,
    advanced: true,
    tooltip: 'Irreversible binding to tumour cells.',
    source: 'Islam 2017',
  }),
  num({
    key: 'nanoDecay',
    label: 'Nanoparticle decay',
    unit: '1/min',
    default: 0.0005,
    min: 0.00001,
    max: 1,
    step: 0.00001,
    group: g,
    advanced: true,
    tooltip: 'Slow loss of nanoparticles in tissue.',
    source: 'Owen 2011',
  }),
  num({
    key: 'nanoPotency',
    label: 'Nanoparticle payload potency',
    unit: '× free drug',
    default: 3,
    min: 0,
    max: 50,
    step: 0.1,
    group: g,
    tooltip:
      'A tumour cell at nanoparticle level c gets the kill of free drug at c × this (payload concentrated in the particle).',
    source: 'Islam 2017',
  }),
  num({
    key: 'nanoLeak',
    label: 'Nanoparticle payload leak',
    unit: 'share',
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    group: g,
    advanced: true,
    tooltip: 'Share of the payload released in plasma as free drug (systemic exposure).',
    source: 'Islam 2017',
  }),
] as const satisfies readonly ParamDef[];
