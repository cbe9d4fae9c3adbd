/** Initial-condition generators (model.md §7): tumour seed, vessels, stroma and resident cells. */
import { choice, num, type ParamDef } from './define';

export const TUMOR_SEEDS = ['disk', 'foci'] as const;
export const VESSEL_LAYOUTS = ['random', 'edge', 'random + edge', 'tumour rim'] as const;

const g = 'Initial conditions' as const;

export const INITIAL_PARAMS: readonly ParamDef[] = [
  choice({ key: 'tumorSeed', label: 'Tumour seed', options: TUMOR_SEEDS, default: 'disk', group: g, tooltip: 'One disk at the centre, or several smaller foci scattered around it.', source: 'model.md §7' }),
  num({ key: 'tumorRadius', label: 'Initial tumour radius', unit: 'µm', default: 200, min: 10, max: 5000, step: 10, group: g, applies: 'reset', tooltip: 'Radius of the seeded tumour disk (with foci: of the area they share).', source: 'model.md §7' }),
  num({ key: 'tumorFoci', label: 'Number of foci', unit: '', default: 4, min: 1, max: 32, step: 1, kind: 'integer', group: g, applies: 'reset', tooltip: 'Foci seeded when the tumour seed is "foci".', source: 'model.md §7' }),
  choice({ key: 'vesselLayout', label: 'Vessel layout', options: VESSEL_LAYOUTS, default: 'random', group: g, tooltip: 'Random network at a density, the domain edge, both, or a ring just outside the tumour.', source: 'model.md §7' }),
  num({ key: 'vesselDensity', label: 'Vessel density', unit: 'fraction', default: 0.004, min: 0, max: 0.05, step: 0.001, group: g, applies: 'reset', tooltip: 'Fraction of sites outside the tumour (or of the rim ring) that hold a blood vessel.', source: 'architecture.md §3 (1 % in the solver study)' }),
  num({ key: 'rimVesselDistance', label: 'Rim vessel distance', unit: 'µm', default: 150, min: 10, max: 2000, step: 10, group: g, applies: 'reset', advanced: true, tooltip: 'How far outside the tumour edge the "tumour rim" vessel ring lies.', source: 'model.md §4 (excluded phenotype)' }),
  num({ key: 'leakyVesselDistance', label: 'Leaky vessel distance', unit: 'µm', default: 100, min: 0, max: 2000, step: 10, group: g, applies: 'reset', advanced: true, tooltip: 'Vessels within this distance of the tumour are tumour vessels: leaky (for nanoparticles).', source: 'Islam 2017 (EPR)' }),
  num({ key: 'tumorAntigenicity', label: 'Tumour antigenicity', unit: '0–1', default: 0.7, min: 0, max: 1, step: 0.01, group: g, applies: 'reset', tooltip: 'How visible the seeded tumour cells are to T cells; below the activation threshold they are ignored.', source: 'Kather 2017' }),
  num({ key: 'resistantFraction', label: 'Drug-resistant fraction', unit: '0–1', default: 0, min: 0, max: 1, step: 0.05, group: g, applies: 'reset', tooltip: 'Fraction of seeded tumour cells of a drug-resistant clone (clone 1): chemotherapy spares them, they divide slower.', source: 'HAL competitive release; model.md §7 scenario 6' }),
  num({ key: 'stemFraction', label: 'Stem-cell fraction', unit: '0–1', default: 0.1, min: 0, max: 1, step: 0.01, group: g, applies: 'reset', tooltip: 'Fraction of seeded tumour cells that are stem cells (only with the stem hierarchy on).', source: 'Poleszczuk & Enderling 2016' }),
  num({ key: 'ecmRingWidth', label: 'Stroma ring width', unit: 'µm', default: 0, min: 0, max: 1000, step: 10, group: g, applies: 'reset', tooltip: 'Width of a dense ECM ring laid just outside the tumour (0 = none): the immune-excluded setup.', source: 'model.md §4 CAF and ECM' }),
  num({ key: 'ecmRingDensity', label: 'Stroma ring density', unit: '0–1', default: 0.9, min: 0, max: 1, step: 0.05, group: g, applies: 'reset', tooltip: 'ECM density inside the ring.', source: 'spQSP-PDAC' }),
  num({ key: 'ecmBackground', label: 'Background stroma', unit: '0–1', default: 0, min: 0, max: 1, step: 0.05, group: g, applies: 'reset', tooltip: 'ECM density everywhere else outside the tumour.', source: 'model.md §4' }),
  num({ key: 'cafDensity', label: 'CAF density', unit: 'fraction', default: 0.003, min: 0, max: 0.2, step: 0.001, group: g, applies: 'reset', tooltip: 'Fraction of stroma sites (ring, or everything outside the tumour) seeded with fibroblasts.', source: 'model.md §4' }),
  num({ key: 'macrophageDensity', label: 'Resident macrophages', unit: 'fraction', default: 0.004, min: 0, max: 0.2, step: 0.001, group: g, applies: 'reset', tooltip: 'Fraction of free sites near the tumour seeded with macrophages.', source: 'Kather 2017' }),
  num({ key: 'initialM2Fraction', label: 'Initial M2 fraction', unit: '0–1', default: 0.5, min: 0, max: 1, step: 0.05, group: g, applies: 'reset', tooltip: 'Share of the resident macrophages that start M2-polarised (the rest M0).', source: 'model.md §4' }),

];
