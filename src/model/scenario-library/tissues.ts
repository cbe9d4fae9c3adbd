/**
 * The tissue setups shared by the teaching library and the validation scenarios
 * (src/check/validation/): parameters over the registry defaults, one setup per kind of tumour and
 * microenvironment. A scenario that uses one names it, so the lesson card and the validation arm
 * that checks it run the same tissue.
 */
import type { ParamOverrides } from '../registry';

/** No immune or stromal cells at all: growth limited by oxygen only (model.md §7 scenario 1; PhysiCell). */
export const NO_IMMUNE: ParamOverrides = {
  ctlRecruitmentRate: 0,
  mdscRecruitment: 0,
  macRecruitment: 0,
  macrophageDensity: 0,
  cafDensity: 0,
};

/** Inflamed (hot): antigenic, strong T-cell recruitment, vessels in and around it, little stroma (Kather 2017). */
export const INFLAMED: ParamOverrides = {
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: 0.3,
  vesselLayout: 0,
  vesselDensity: 0.006,
  ecmRingWidth: 0,
  ecmBackground: 0,
  cafDensity: 0.001,
};

/** Vessels in a ring 150 µm outside the tumour, none inside (the excluded phenotype's blood supply). */
export const RIM_VESSELS: ParamOverrides = { vesselLayout: 3, vesselDensity: 0.02, rimVesselDistance: 150 };

/**
 * Immune-excluded: antigenic, in a dense 80 µm stroma ring laid by fibroblasts, vessels outside it
 * (Kather 2017; spQSP-PDAC).
 */
export const EXCLUDED: ParamOverrides = {
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: 0.3,
  ...RIM_VESSELS,
  ecmRingWidth: 80,
  ecmRingDensity: 0.95,
  cafDensity: 0.02,
};

/** Immune desert (cold): antigenicity below the 0.3 recognition threshold, no T-cell recruitment (Kather 2017). */
export const DESERT: ParamOverrides = { tumorAntigenicity: 0.2, ctlRecruitmentRate: 0 };

/** Adaptive resistance: no PD-L1 of its own, IFN-γ from T cells induces it (model.md §7 scenario 4; spQSP-IO). */
export const ADAPTIVE: ParamOverrides = {
  tumorAntigenicity: 0.9,
  tumorPdl1: 0,
  ctlRecruitmentRate: 0.03,
  ifnInducesPdl1: 1,
};

/** The adaptive-resistance tumour with IFN-γ → PD-L1 induction off: its control arm. */
export const ADAPTIVE_NO_INDUCTION: ParamOverrides = { ...ADAPTIVE, ifnInducesPdl1: 0 };

/** M2-rich: a large hypoxic tumour full of macrophages that polarise to M2 readily (Cess & Finley 2020). */
export const M2_RICH: ParamOverrides = {
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: 0.1,
  tumorRadius: 300,
  vesselDensity: 0.002,
  macrophageDensity: 0.02,
  macRecruitment: 2,
  initialM2Fraction: 0.8,
  m2HypoxiaRate: 0.5,
  m2TonicRate: 0.05,
  m1Rate: 0.2,
};

/** Suppressive: the inflamed tumour with four times the Tregs and ten times the MDSCs (spQSP-TNBC). */
export const SUPPRESSIVE: ParamOverrides = { ...INFLAMED, tregRecruitmentShare: 0.6, mdscRecruitment: 3 };

/** CTL recruitment of the few-T-cells setup, influx ×1 of model.md §7 scenario 2 (1/h per vessel). */
export const INFLUX_BASE = 0.01;

/** An antigenic tumour without stroma whose T cells arrive at `rate` per hour and vessel (Kather 2017). */
export const influx = (rate: number): ParamOverrides => ({
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: rate,
  cafDensity: 0,
  ecmBackground: 0,
});

/** Few T cells: influx ×1. */
export const INFLUX_LOW: ParamOverrides = influx(INFLUX_BASE);

/** Many T cells: influx ×8. */
export const INFLUX_HIGH: ParamOverrides = influx(8 * INFLUX_BASE);

/** Half the tumour of a drug-resistant clone, no immune cells (model.md §7 scenario 6; HAL competitive release). */
export const RESISTANT_HALF: ParamOverrides = { ...NO_IMMUNE, resistantFraction: 0.5 };
