/**
 * Readouts derived from one hour's counters (model.md §6): tumour size, necrotic and hypoxic
 * fractions, ratios, PD-L1+ proportion, mean antigenicity, priming and the immune phenotype.
 * Pure arithmetic on the record, so the page, the CLI and the validation agree.
 */
import { SITE_UM } from './fields';
import { PRIMING_UNIT } from './systemic-words';

/** Phenotype codes as written in the time series (CSV/JSON hold numbers). */
export const PHENOTYPE_NO_TUMOUR = -1;
export const PHENOTYPE_DESERT = 0;
export const PHENOTYPE_EXCLUDED = 1;
export const PHENOTYPE_INFLAMED = 2;
export const PHENOTYPE_NAMES: Readonly<Record<number, string>> = {
  [PHENOTYPE_NO_TUMOUR]: 'no tumour',
  [PHENOTYPE_DESERT]: 'desert',
  [PHENOTYPE_EXCLUDED]: 'excluded',
  [PHENOTYPE_INFLAMED]: 'inflamed',
};
/** Fewer CD8 cells within 100 µm of the tumour than this per 1000 tumour cells: an immune desert. */
export const DESERT_CD8_PER_1000 = 10;
/** Below this share of those CD8 cells inside or touching the tumour (within 20 µm): excluded. */
export const EXCLUDED_CONTACT_SHARE = 0.1;

export const DERIVED_COLUMNS = [
  'tumour_area_mm2',
  'diameter_um',
  'necrotic_fraction',
  'hypoxic_fraction',
  'pdl1_positive_fraction',
  'mean_antigenicity',
  'mean_pdl1',
  'cd8_treg_ratio',
  'm1_m2_ratio',
  'priming',
  'phenotype',
] as const;

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

export function phenotypeOf(c: Readonly<Record<string, number>>): number {
  if (c.tumour === 0) return PHENOTYPE_NO_TUMOUR;
  if ((c.cd8_near * 1000) / c.tumour < DESERT_CD8_PER_1000) return PHENOTYPE_DESERT;
  return ratio(c.cd8_inside + c.cd8_margin, c.cd8_near) < EXCLUDED_CONTACT_SHARE
    ? PHENOTYPE_EXCLUDED
    : PHENOTYPE_INFLAMED;
}

export function deriveReadouts(c: Readonly<Record<string, number>>): Record<(typeof DERIVED_COLUMNS)[number], number> {
  const areaUm2 = c.tumour * SITE_UM * SITE_UM;
  return {
    tumour_area_mm2: round(areaUm2 / 1e6, 6),
    diameter_um: round(2 * Math.sqrt(areaUm2 / Math.PI), 1),
    necrotic_fraction: round(ratio(c.necrotic, c.tumour + c.necrotic)),
    hypoxic_fraction: round(ratio(c.hypoxic_tumour, c.tumour)),
    pdl1_positive_fraction: round(ratio(c.pdl1_positive, c.tumour)),
    mean_antigenicity: round(ratio(c.antigen_sum, 255 * c.tumour)),
    mean_pdl1: round(ratio(c.pdl1_sum * 256, 65535 * c.tumour)),
    // With no Treg (or M2) the ratio is reported against one cell, so it stays finite in a CSV.
    cd8_treg_ratio: round(c.CTL / Math.max(1, c.Treg), 3),
    m1_m2_ratio: round(c.mac_m1 / Math.max(1, c.mac_m2), 3),
    priming: c.priming_level / PRIMING_UNIT,
    phenotype: phenotypeOf(c),
  };
}
