/** Regulatory T cells, MDSCs and macrophages (model.md §4). */
import { num, type ParamDef } from './define';

const s = 'Suppressive cells' as const;
const m = 'Macrophages' as const;

export const SUPPRESSIVE_PARAMS: readonly ParamDef[] = [
  num({ key: 'tregRecruitmentShare', label: 'Treg recruitment', unit: '× CTL rate', default: 0.15, min: 0, max: 2, step: 0.01, group: s, tooltip: 'Regulatory T cells enter at vessels like CTLs, at this share of the CTL rate (chemokine-gated, not primed).', source: 'model.md §4' }),
  num({ key: 'tregDeathRate', label: 'Treg death', unit: '1/h', default: 1 / 240, min: 0, max: 1, step: 0.0001, group: s, tooltip: 'Treg death (mean life 10 days).', source: 'model.md §4' }),
  num({ key: 'mdscRecruitment', label: 'MDSC recruitment', unit: '1/h per 1000 tumour cells', default: 0.3, min: 0, max: 20, step: 0.05, group: s, tooltip: 'MDSC influx in proportion to tumour burden, spread over the vessels.', source: 'spQSP-TNBC; model.md §4' }),
  num({ key: 'mdscHypoxiaWeight', label: 'MDSC hypoxia weight', unit: '×', default: 1, min: 0, max: 8, step: 1, kind: 'integer', group: s, advanced: true, tooltip: 'Each hypoxic tumour cell counts this much extra towards MDSC recruitment.', source: 'model.md §4' }),
  num({ key: 'mdscDeathRate', label: 'MDSC death', unit: '1/h', default: 1 / 72, min: 0, max: 1, step: 0.0001, group: s, tooltip: 'MDSC death (mean life 3 days).', source: 'model.md §4' }),
  num({ key: 'macRecruitment', label: 'Macrophage recruitment', unit: '1/h per 1000 tumour cells', default: 0.3, min: 0, max: 20, step: 0.05, group: m, tooltip: 'Monocyte influx (arriving as M0) in proportion to tumour burden.', source: 'Kather 2017 (0.0075 per tumour cell per 12 h at p 0.33)' }),
  num({ key: 'macMoveProb', label: 'Macrophage move chance', unit: 'per sub-step', default: 0.3, min: 0, max: 1, step: 0.01, group: m, tooltip: 'Macrophages move slowly (≈ 1.6 µm/min).', source: 'model.md §4' }),
  num({ key: 'macDeathRate', label: 'Macrophage death', unit: '1/h', default: 1 / 240, min: 0, max: 1, step: 0.0001, group: m, tooltip: 'Macrophage death.', source: 'model.md §4' }),
  num({ key: 'm1Rate', label: 'M0 → M1', unit: '1/h', default: 3, min: 0, max: 20, step: 0.05, group: m, tooltip: 'Classical activation at full drive: on contact with dead cells, or scaled by IFN-γ.', source: 'PhysiCell rules grammar (up to 0.05/min)' }),
  num({ key: 'm1IfnHalf', label: 'M1 IFN-γ half-max', unit: 'IFN units', default: 0.05, min: 0.001, max: 1, step: 0.001, group: m, advanced: true, tooltip: 'IFN-γ giving half the M0 → M1 drive.', source: 'model.md §4' }),
  num({ key: 'm2HypoxiaRate', label: 'M → M2 under hypoxia', unit: '1/h', default: 0.1, min: 0, max: 5, step: 0.01, group: m, tooltip: 'Alternative activation under hypoxia (falling Hill of O2, half-max 5 mmHg, n = 4).', source: 'model.md §4' }),
  num({ key: 'm2TonicRate', label: 'M → M2 tonic', unit: '1/h', default: 0.1 / 12, min: 0, max: 1, step: 0.0005, group: m, tooltip: 'Background drift towards M2 (0.1 per 12 h).', source: 'Kather 2017' }),
  num({ key: 'm2ToM0Rate', label: 'M2 → M0', unit: '1/h', default: 0.167 / 12, min: 0, max: 1, step: 0.0005, group: m, tooltip: 'Repolarisation of M2 back to M0 (0.167 per 12 h).', source: 'Kather 2017 (MPprepola)' }),
  num({ key: 'm1KillRate', label: 'M1 kill rate', unit: '1/h', default: 0.02, min: 0, max: 2, step: 0.005, group: m, tooltip: 'An M1 macrophage kills an adjacent tumour cell at this low rate.', source: 'model.md §4' }),
  num({ key: 'phagocytosisRate', label: 'Phagocytosis', unit: '1/h', default: 1, min: 0, max: 10, step: 0.05, group: m, tooltip: 'Extra debris clearance per adjacent macrophage (0.017/min).', source: 'model.md §4' }),
];
