/** The references quoted on the lesson cards, as cited in docs/model.md. */

export const KATHER_2017 =
  'Kather JN et al. (2017) In silico modeling of immunotherapy and stroma-targeting therapies in human colorectal cancer. Cancer Research 77:6442';
export const PHYSICELL =
  'Ghaffarizadeh A et al. (2018) PhysiCell; its cancer-immune sample and rules grammar (Johnson et al. 2025): oxygen, division, necrosis, IFN-γ, suppressive signals';
export const SPQSP_IO = 'Gong C et al. (2017) spQSP-IO: PD-L1 dynamics and suppression, T-cell division';
export const SPQSP_TNBC = 'Mi H et al. (2022) spQSP-TNBC: MDSCs and suppression';
export const SPQSP_PDAC = 'spQSP-PDAC: stroma (ECM) porosity, hypoxic PD-L1';
export const STEM = 'Poleszczuk J, Enderling H (2016): cancer stem-cell hierarchy';
export const MACROPHAGES = 'Cess CG, Finley SD (2020): macrophage polarisation';
/** Where this playground checks the card's point: validation scenario `n` of docs/validation.md. */
export const validationReport = (n: number, what: string): string =>
  `This playground: docs/validation.md, scenario ${n} (${what}), over 10 seeds`;
export const THERAPIES_DOC = 'This playground: docs/therapies.md (mechanism, defaults and sources of each therapy)';
export const CHO_2023 = 'Cho 2023, as cited in model.md §5: radiotherapy (linear-quadratic survival), anti-CTLA-4';
export const HAL = 'HAL competitive-release model, as cited in model.md §5: chemotherapy and resistant clones';
export const NANO =
  'Islam 2017; Owen 2011, as cited in model.md §3, §5: nanoparticle delivery through leaky tumour vessels';
export const VACCINE = 'Kim & Lee 2012 and Kather LB, as cited in model.md §5: vaccines and T-cell priming';
