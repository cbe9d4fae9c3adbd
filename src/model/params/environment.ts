/** Fields (model.md §3) and the stroma laid by fibroblasts. */
import { num, type ParamDef } from './define';

const g = 'Microenvironment' as const;

export const ENVIRONMENT_PARAMS: readonly ParamDef[] = [
  num({ key: 'o2Vessel', label: 'Vessel O2', unit: 'mmHg', default: 38, min: 0, max: 60, step: 0.5, group: g, tooltip: 'Oxygen held at vessel sites.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'o2Diffusion', label: 'O2 diffusion', unit: 'µm²/min', default: 1e5, min: 1e3, max: 1e6, step: 1e3, group: g, advanced: true, tooltip: 'Diffusion coefficient of oxygen.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'o2Decay', label: 'O2 decay', unit: '1/min', default: 0.1, min: 0, max: 10, step: 0.01, group: g, advanced: true, tooltip: 'Background oxygen loss everywhere.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'o2UptakeTumor', label: 'O2 uptake, tumour', unit: '1/min', default: 10, min: 0, max: 100, step: 0.5, group: g, tooltip: 'Oxygen consumption per tumour cell; sets the ≈ 100 µm diffusion length.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'o2UptakeImmune', label: 'O2 uptake, immune', unit: '1/min', default: 1, min: 0, max: 100, step: 0.5, group: g, advanced: true, tooltip: 'Oxygen consumption per immune cell.', source: 'PhysiCell cancer-immune' }),
  num({ key: 'chemokineDiffusion', label: 'Chemokine diffusion', unit: 'µm²/min', default: 1e3, min: 10, max: 1e5, step: 10, group: g, advanced: true, tooltip: 'Diffusion coefficient of the CXCL9/10-like chemokine.', source: 'PhysiCell immunostimulatory factor' }),
  num({ key: 'chemokineDecay', label: 'Chemokine decay', unit: '1/min', default: 0.016, min: 0.0001, max: 1, step: 0.001, group: g, advanced: true, tooltip: 'Chemokine loss (≈ 250 µm length scale).', source: 'PhysiCell immunostimulatory factor' }),
  num({ key: 'chemokineTumor', label: 'Chemokine, live tumour', unit: 'C/min', default: 0.002, min: 0, max: 1, step: 0.0005, group: g, tooltip: 'Chemokine secreted per live tumour cell.', source: 'model.md §3' }),
  num({ key: 'chemokineNecrotic', label: 'Chemokine, necrotic', unit: 'C/min', default: 0.004, min: 0, max: 1, step: 0.0005, group: g, tooltip: 'Chemokine released by dying (necrotic) tumour cells.', source: 'model.md §3' }),
  num({ key: 'hypoxiaO2', label: 'Hypoxia threshold', unit: 'mmHg', default: 8, min: 0, max: 40, step: 0.5, group: g, advanced: true, tooltip: 'Tumour cells below this oxygen count as hypoxic in the readouts.', source: 'spQSP-PDAC' }),
  num({ key: 'chemokineM1', label: 'Chemokine, M1', unit: 'C/min', default: 0.002, min: 0, max: 1, step: 0.0005, group: g, advanced: true, tooltip: 'Chemokine secreted by M1 macrophages.', source: 'model.md §3' }),
  num({ key: 'ifnDiffusion', label: 'IFN-γ diffusion', unit: 'µm²/min', default: 1e3, min: 10, max: 1e5, step: 10, group: g, advanced: true, tooltip: 'Diffusion coefficient of IFN-γ.', source: 'PhysiCell rules grammar' }),
  num({ key: 'ifnDecay', label: 'IFN-γ decay', unit: '1/min', default: 0.1, min: 0.001, max: 10, step: 0.001, group: g, advanced: true, tooltip: 'IFN-γ loss (≈ 100 µm length scale).', source: 'PhysiCell rules grammar' }),
  num({ key: 'ifnCtl', label: 'IFN-γ, activated CTL', unit: 'IFN/min', default: 1, min: 0, max: 10, step: 0.0005, group: g, tooltip: 'IFN-γ secreted by a T cell in its secretion window (IFN units are relative: one T cell gives ≈ 0.02 at 30 µm).', source: 'model.md §3' }),
  num({ key: 'ifnM1', label: 'IFN-γ, M1', unit: 'IFN/min', default: 0.5, min: 0, max: 10, step: 0.0005, group: g, advanced: true, tooltip: 'IFN-γ secreted by M1 macrophages.', source: 'model.md §3' }),
  num({ key: 'sDiffusion', label: 'Suppressive S diffusion', unit: 'µm²/min', default: 1e3, min: 10, max: 1e5, step: 10, group: g, advanced: true, tooltip: 'Diffusion of the lumped suppressive signal (TGF-β, IL-10, arginase, NO).', source: 'PhysiCell rules grammar' }),
  num({ key: 'sDecay', label: 'Suppressive S decay', unit: '1/min', default: 0.1, min: 0.001, max: 10, step: 0.001, group: g, advanced: true, tooltip: 'Loss of the suppressive signal.', source: 'PhysiCell rules grammar' }),
  num({ key: 'sM2', label: 'S, M2 macrophage', unit: 'S/min', default: 0.5, min: 0, max: 10, step: 0.0005, group: g, tooltip: 'Suppressive signal secreted by M2 macrophages.', source: 'model.md §3' }),
  num({ key: 'sTreg', label: 'S, Treg', unit: 'S/min', default: 0.5, min: 0, max: 10, step: 0.0005, group: g, tooltip: 'Suppressive signal secreted by regulatory T cells.', source: 'model.md §3' }),
  num({ key: 'sMdsc', label: 'S, MDSC', unit: 'S/min', default: 0.75, min: 0, max: 10, step: 0.0005, group: g, tooltip: 'Suppressive signal secreted by MDSCs.', source: 'spQSP-TNBC' }),
  num({ key: 'sCaf', label: 'S, CAF', unit: 'S/min', default: 0.15, min: 0, max: 10, step: 0.0005, group: g, tooltip: 'Suppressive signal (TGF-β) secreted by fibroblasts.', source: 'model.md §3' }),
  num({ key: 'ecmDepositRate', label: 'ECM deposition', unit: 'density/h', default: 0.01, min: 0, max: 1, step: 0.001, group: g, tooltip: 'ECM laid per hour on each site next to a fibroblast, per fibroblast (saturating at 1).', source: 'model.md §4 CAF and ECM' }),
];
