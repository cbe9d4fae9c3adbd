/** Tumour-cell rules (model.md §4). */
import { flag, num, type ParamDef } from './define';

const g = 'Tumour' as const;

export const TUMOUR_PARAMS: readonly ParamDef[] = [
  num({ key: 'tumorDoublingTime', label: 'Doubling time', unit: 'h', default: 23, min: 4, max: 500, step: 1, group: g, tooltip: 'Cycle time with ample oxygen; division needs a free neighbour (no pushing).', source: 'PhysiCell cancer-immune' }),
  num({ key: 'divisionO2Half', label: 'Division O2 half-max', unit: 'mmHg', default: 21.5, min: 0.5, max: 60, step: 0.5, group: g, tooltip: 'Oxygen at which division runs at half speed (Hill, n = 4).', source: 'PhysiCell cancer-immune' }),
  num({ key: 'tumorApoptosisRate', label: 'Apoptosis', unit: '1/h', default: 0.001, min: 0, max: 0.5, step: 0.0001, group: g, tooltip: 'Background programmed death; the site is freed.', source: 'PhysiCell rules grammar: 0.0032/h; lowered for the lattice, see docs/model.md' }),
  num({ key: 'necrosisRate', label: 'Necrosis (max)', unit: '1/h', default: 0.168, min: 0, max: 5, step: 0.001, group: g, tooltip: 'Death by hypoxia at zero oxygen; leaves necrotic debris.', source: 'PhysiCell rules grammar' }),
  num({ key: 'necrosisO2Half', label: 'Necrosis O2 half-max', unit: 'mmHg', default: 3.75, min: 0.25, max: 30, step: 0.25, group: g, tooltip: 'Oxygen below which necrosis sets in (falling Hill, n = 8).', source: 'PhysiCell rules grammar' }),
  num({ key: 'tumorMigrationRate', label: 'Migration', unit: '1/h', default: 0.035, min: 0, max: 1, step: 0.005, group: g, tooltip: 'Tumour cell moves into a free neighbour.', source: 'Kather 2017 (0.35 per 12 h)' }),
  num({ key: 'necroticClearanceRate', label: 'Debris clearance', unit: '1/h', default: 0.002, min: 0, max: 1, step: 0.001, group: g, tooltip: 'Debris clearance without macrophages (they add phagocytosis); slow, so necrotic cores persist.', source: 'model.md §4: 0.02/h; lowered, see docs/model.md' }),
  flag({ key: 'stemHierarchy', label: 'Stem hierarchy', default: false, group: g, tooltip: 'Stem cells divide without limit (symmetrically with the chance below); their non-stem daughters have a limited number of divisions.', source: 'Kather 2017; Poleszczuk & Enderling 2016' }),
  num({ key: 'stemSymmetricProb', label: 'Symmetric stem division', unit: '0–1', default: 0.7, min: 0, max: 1, step: 0.05, group: g, tooltip: 'Chance that a stem cell division gives two stem cells.', source: 'model.md §4' }),
  num({ key: 'proliferationCapacity', label: 'Proliferation capacity', unit: 'divisions', default: 10, min: 1, max: 255, step: 1, kind: 'integer', group: g, tooltip: 'Divisions left to a new non-stem daughter; at 0 a division attempt kills the cell.', source: 'Kather 2017' }),
  num({ key: 'mutationProb', label: 'Antigen mutation', unit: 'per division', default: 0.075, min: 0, max: 1, step: 0.005, group: g, tooltip: 'Chance that a daughter\'s antigenicity shifts (a new clone).', source: 'Kather 2017 (3D)' }),
  num({ key: 'mutationShift', label: 'Antigen shift', unit: '0–1', default: 0.1, min: 0, max: 1, step: 0.01, group: g, tooltip: 'Size of the antigenicity change of a mutated daughter.', source: 'Kather 2017 (3D)' }),
  num({ key: 'antigenLossFraction', label: 'Antigen loss share', unit: '0–1', default: 0.5, min: 0, max: 1, step: 0.05, group: g, tooltip: 'Share of mutations that lower antigenicity (immunoediting can then select low-antigen clones).', source: 'model.md §4' }),
  num({ key: 'tumorPdl1', label: 'PD-L1 baseline', unit: '0–1', default: 0.1, min: 0, max: 1, step: 0.01, group: g, tooltip: 'Constitutive PD-L1 of tumour cells; IFN-γ raises it above this.', source: 'spQSP-IO' }),
  flag({ key: 'ifnInducesPdl1', label: 'IFN-γ induces PD-L1', default: true, group: g, tooltip: 'Adaptive resistance: IFN-γ from activated T cells raises PD-L1 on nearby tumour cells.', source: 'spQSP-IO; model.md §7 scenario 4' }),
  num({ key: 'pdl1IfnHalf', label: 'PD-L1 IFN-γ half-max', unit: 'IFN units', default: 0.01, min: 0.001, max: 1, step: 0.001, group: g, advanced: true, tooltip: 'IFN-γ giving half the maximal PD-L1 induction (Hill, n = 1.26); set so one activated T cell within ≈ 30 µm saturates it.', source: 'spQSP-IO' }),
  num({ key: 'pdl1DecayRate', label: 'PD-L1 decay', unit: '1/day', default: 0.1, min: 0.01, max: 10, step: 0.01, group: g, advanced: true, tooltip: 'How fast PD-L1 falls back once IFN-γ is gone.', source: 'spQSP-IO (0.1–10 per day)' }),
  num({ key: 'hypoxiaPdl1Factor', label: 'Hypoxic PD-L1 factor', unit: '×', default: 1.4, min: 1, max: 3, step: 0.05, group: g, advanced: true, tooltip: 'Hypoxic tumour cells (below the hypoxia threshold) express this much more PD-L1.', source: 'spQSP-PDAC' }),
  num({ key: 'tumorEcmBlock', label: 'ECM blocking tumour cells', unit: 'density', default: 0.9, min: 0.05, max: 10, step: 0.05, group: g, advanced: true, tooltip: 'A tumour cell enters a site of ECM density e with chance max(0, 1 − e / this); porosity 0.1.', source: 'model.md §4 CAF and ECM' }),
];
