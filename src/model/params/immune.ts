/** Cytotoxic CD8 T cells and their priming (model.md §4). */
import { num, type ParamDef } from './define';

const g = 'Immune cells' as const;

export const IMMUNE_PARAMS: readonly ParamDef[] = [
  num({ key: 'ctlRecruitmentRate', label: 'CTL recruitment', unit: '1/h per vessel', default: 0.1, min: 0, max: 5, step: 0.005, group: g, tooltip: 'T-cell influx at a vessel with a free neighbour under saturating chemokine at priming 1; 0 gives an immune desert.', source: 'Kather 2017; spQSP vascular ports' }),
  num({ key: 'recruitChemokineHalf', label: 'Recruitment chemokine half-max', unit: 'C units', default: 0.05, min: 0.001, max: 1, step: 0.001, group: g, advanced: true, tooltip: 'Chemokine at the vessel giving half the maximal influx (Hill, n = 1).', source: 'model.md §4' }),
  num({ key: 'ctlMoveProb', label: 'CTL move chance', unit: 'per sub-step', default: 0.8, min: 0, max: 1, step: 0.01, group: g, tooltip: 'Chance that a free T cell moves in each sub-step.', source: 'model.md §4' }),
  num({ key: 'ctlRandomWeight', label: 'CTL random-walk weight', unit: '0–1', default: 0.5, min: 0, max: 1, step: 0.05, group: g, tooltip: '0 = strictly up the chemokine gradient, 1 = pure random walk.', source: 'Kather 2017 (IMrwalk 0.5–0.8)' }),
  num({ key: 'ctlActivationAntigen', label: 'Activation antigen threshold', unit: '0–1', default: 0.3, min: 0, max: 1, step: 0.01, group: g, tooltip: 'T cells activate on contact with tumour cells at least this antigenic, and kill only those.', source: 'model.md §4' }),
  num({ key: 'ctlKillRate', label: 'Kill rate', unit: '1/h', default: 1, min: 0, max: 20, step: 0.05, group: g, tooltip: 'Killing rate of an activated T cell touching a fully antigenic, PD-L1-negative tumour cell.', source: 'model.md §4 (tuned)' }),
  num({ key: 'ctlKillCapacity', label: 'Kill capacity', unit: 'kills', default: 5, min: 1, max: 15, step: 1, kind: 'integer', group: g, tooltip: 'Kills a T cell can make before it is exhausted.', source: 'Kather 2017' }),
  num({ key: 'ctlEngagementTime', label: 'Engagement after a kill', unit: 'h', default: 6, min: 0, max: 15, step: 1, kind: 'integer', group: g, tooltip: 'Hours a T cell neither moves nor kills after a kill.', source: 'model.md §4' }),
  num({ key: 'pdl1SuppressionHalf', label: 'PD-L1 suppression half-max', unit: '0–1', default: 0.5, min: 0.01, max: 1, step: 0.01, group: g, advanced: true, tooltip: 'PD-L1 level that halves killing (Hill, n = 2).', source: 'spQSP-IO' }),
  num({ key: 'ctlDeathRate', label: 'CTL death', unit: '1/h', default: 1 / 240, min: 0, max: 1, step: 0.0001, group: g, tooltip: 'T-cell death (mean life 10 days).', source: 'model.md §4' }),
  num({ key: 'ctlDivisionTime', label: 'CTL division time', unit: 'h', default: 12, min: 1, max: 200, step: 1, group: g, tooltip: 'Mean time between divisions of an activated T cell (slowed by suppressive signals).', source: 'spQSP-IO' }),
  num({ key: 'ctlDivisions', label: 'CTL divisions', unit: '', default: 4, min: 0, max: 15, step: 1, kind: 'integer', group: g, tooltip: 'Divisions an activated T cell (and its daughters, sharing the count) can make.', source: 'spQSP-IO' }),
  num({ key: 'ifnSecretionTime', label: 'IFN-γ secretion time', unit: 'h', default: 10, min: 0, max: 15, step: 1, kind: 'integer', group: g, tooltip: 'Hours an activated T cell secretes IFN-γ after activation or a kill.', source: 'spQSP-IO' }),
  num({ key: 'suppressionSHalf', label: 'Suppression half-max', unit: 'S units', default: 0.1, min: 0.001, max: 1, step: 0.001, group: g, advanced: true, tooltip: 'Suppressive signal S that halves killing and T-cell division: m_S = 1/(1 + S/K_S).', source: 'model.md §4' }),
  num({ key: 'exhaustionPdl1Rate', label: 'PD-L1 exhaustion', unit: '1/h', default: 0.05, min: 0, max: 2, step: 0.005, group: g, tooltip: 'Exhaustion of a T cell touching PD-L1+ tumour: 1 − exp(−k·supp) per hour.', source: 'model.md §4' }),
  num({ key: 'exhaustionTregRate', label: 'Treg exhaustion', unit: '1/h', default: 0.05, min: 0, max: 2, step: 0.005, group: g, tooltip: 'Exhaustion per adjacent Treg: 1 − exp(−k·n_Treg·(1 + supp)) per hour.', source: 'model.md §4' }),
  num({ key: 'exhaustionSRate', label: 'S exhaustion', unit: '1/h', default: 0.3, min: 0, max: 2, step: 0.01, group: g, tooltip: 'Exhaustion by the suppressive signal: k·Hill(S; half-max, 4) per hour.', source: 'model.md §4' }),
  num({ key: 'exhaustionSHalf', label: 'S exhaustion half-max', unit: 'S units', default: 0.25, min: 0.001, max: 1, step: 0.005, group: g, advanced: true, tooltip: 'Suppressive signal giving half the maximal S-driven exhaustion.', source: 'model.md §4' }),
  num({ key: 'fibrosisProb', label: 'Fibrosis on death', unit: '0–1', default: 0.1, min: 0, max: 1, step: 0.01, group: g, advanced: true, tooltip: 'Chance that a dying exhausted T cell leaves a stroma patch.', source: 'Kather 2017 (fibrosis)' }),
  num({ key: 'ctlEcmBlock', label: 'ECM blocking T cells', unit: 'density', default: 0.6, min: 0.05, max: 10, step: 0.05, group: g, tooltip: 'An immune cell enters a site of ECM density e with chance max(0, 1 − e / this); porosity 0.4.', source: 'spQSP-PDAC' }),
  num({ key: 'primingMax', label: 'Priming gain', unit: '×', default: 2, min: 0, max: 2.875, step: 0.125, group: g, tooltip: 'Extra T-cell recruitment (on top of 1×) when much tumour antigen has been released by immunogenic deaths.', source: 'model.md §4 (lymph-node priming)' }),
  num({ key: 'primingHalfDeaths', label: 'Priming half-max', unit: 'deaths', default: 200, min: 1, max: 100000, step: 1, kind: 'integer', group: g, advanced: true, tooltip: 'Antigen (in immunogenic tumour deaths, decaying) that gives half the priming gain.', source: 'model.md §4' }),
  num({ key: 'antigenMemoryTime', label: 'Antigen memory', unit: 'h', default: 168, min: 1, max: 10000, step: 1, group: g, advanced: true, tooltip: 'Mean time released antigen keeps priming T cells (the systemic pool decays with this time).', source: 'model.md §4' }),
];
