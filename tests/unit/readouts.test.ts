/**
 * Readouts derived from one hour's counters (src/model/readouts.ts, model.md §6): the immune
 * phenotype a user reads off the chart, the ratios, fractions and the tumour's equivalent diameter,
 * on hand-made records whose answers are known.
 */
import { describe, expect, it } from 'vitest';
import {
  DERIVED_COLUMNS,
  DESERT_CD8_PER_1000,
  deriveReadouts,
  EXCLUDED_CONTACT_SHARE,
  PHENOTYPE_DESERT,
  PHENOTYPE_EXCLUDED,
  PHENOTYPE_INFLAMED,
  PHENOTYPE_NAMES,
  PHENOTYPE_NO_TUMOUR,
  phenotypeOf,
} from '../../src/model/readouts';
import {
  decodeStats,
  STAT_ANTIGEN_SUM,
  STAT_CD8_NEAR,
  STAT_COLUMNS,
  STAT_COUNT,
  STAT_PRIMING_LEVEL,
} from '../../src/model/stats';
import { TYPE_CTL, TYPE_TUMOR } from '../../src/model/layout';

/** A record of raw counters, all zero except `counts`. */
const record = (counts: Record<string, number> = {}): Record<string, number> => ({
  ...Object.fromEntries(
    STAT_COLUMNS.filter((c) => !(DERIVED_COLUMNS as readonly string[]).includes(c)).map((c) => [c, 0]),
  ),
  ...counts,
});

describe('phenotypeOf', () => {
  it('says "no tumour" when no tumour cell is left, whatever the T cells do', () => {
    expect(phenotypeOf(record())).toBe(PHENOTYPE_NO_TUMOUR);
    expect(phenotypeOf(record({ CTL: 500, cd8_near: 0, cd8_inside: 0 }))).toBe(PHENOTYPE_NO_TUMOUR);
    expect(PHENOTYPE_NAMES[PHENOTYPE_NO_TUMOUR]).toBe('no tumour');
  });

  it(`says "desert" below ${DESERT_CD8_PER_1000} CD8 cells near the tumour per 1000 tumour cells, however many are in contact`, () => {
    expect(phenotypeOf(record({ tumour: 1000, cd8_near: 0 }))).toBe(PHENOTYPE_DESERT);
    expect(phenotypeOf(record({ tumour: 1000, cd8_near: 9, cd8_inside: 9 }))).toBe(PHENOTYPE_DESERT);
    expect(phenotypeOf(record({ tumour: 2000, cd8_near: 19, cd8_margin: 19 }))).toBe(PHENOTYPE_DESERT);
    // Far-away T cells do not count: plenty in the lattice, none near the tumour.
    expect(phenotypeOf(record({ tumour: 1000, CTL: 800, cd8_near: 0 }))).toBe(PHENOTYPE_DESERT);
    expect(PHENOTYPE_NAMES[PHENOTYPE_DESERT]).toBe('desert');
  });

  it(`says "excluded" when CD8 cells are near but under ${EXCLUDED_CONTACT_SHARE * 100} % of them inside or at the margin`, () => {
    expect(phenotypeOf(record({ tumour: 1000, cd8_near: 10 }))).toBe(PHENOTYPE_EXCLUDED);
    expect(phenotypeOf(record({ tumour: 1000, cd8_near: 200, cd8_inside: 5, cd8_margin: 14 }))).toBe(
      PHENOTYPE_EXCLUDED,
    );
    expect(PHENOTYPE_NAMES[PHENOTYPE_EXCLUDED]).toBe('excluded');
  });

  it('says "inflamed" when enough CD8 cells are near and at least that share touch or infiltrate it', () => {
    expect(phenotypeOf(record({ tumour: 1000, cd8_near: 200, cd8_inside: 5, cd8_margin: 15 }))).toBe(
      PHENOTYPE_INFLAMED,
    );
    expect(phenotypeOf(record({ tumour: 1000, cd8_near: 10, cd8_inside: 1 }))).toBe(PHENOTYPE_INFLAMED);
    expect(phenotypeOf(record({ tumour: 50, cd8_near: 40, cd8_inside: 30, cd8_margin: 10 }))).toBe(PHENOTYPE_INFLAMED);
    expect(PHENOTYPE_NAMES[PHENOTYPE_INFLAMED]).toBe('inflamed');
  });

  it('a single tumour cell with one T cell next to it is inflamed, with none near it a desert', () => {
    expect(phenotypeOf(record({ tumour: 1, cd8_near: 1, cd8_margin: 1 }))).toBe(PHENOTYPE_INFLAMED);
    expect(phenotypeOf(record({ tumour: 1 }))).toBe(PHENOTYPE_DESERT);
  });
});

describe('deriveReadouts', () => {
  it('gives a tumour of 10 000 sites (1 mm²) an equivalent diameter of 2·√(1 mm²/π) ≈ 1128.4 µm', () => {
    const r = deriveReadouts(record({ tumour: 10_000 }));
    expect(r.tumour_area_mm2).toBe(1);
    expect(r.diameter_um).toBe(1128.4);
    // A disk of radius 50 sites (500 µm): the diameter of its area is 1000 µm within rounding.
    expect(deriveReadouts(record({ tumour: Math.round(Math.PI * 50 * 50) })).diameter_um).toBeCloseTo(1000, 0);
    expect(deriveReadouts(record({ tumour: 1 }))).toMatchObject({ tumour_area_mm2: 0.0001, diameter_um: 11.3 });
  });

  it('reports CD8/Treg and M1/M2 against one cell when there are no Tregs or no M2 (finite in a CSV)', () => {
    expect(deriveReadouts(record({ CTL: 50, Treg: 0 })).cd8_treg_ratio).toBe(50);
    expect(deriveReadouts(record({ CTL: 50, Treg: 4 })).cd8_treg_ratio).toBe(12.5);
    expect(deriveReadouts(record({ CTL: 0, Treg: 7 })).cd8_treg_ratio).toBe(0);
    expect(deriveReadouts(record({ CTL: 10, Treg: 3 })).cd8_treg_ratio).toBe(3.333);
    expect(deriveReadouts(record({ mac_m1: 6, mac_m2: 0 })).m1_m2_ratio).toBe(6);
    expect(deriveReadouts(record({ mac_m1: 6, mac_m2: 4 })).m1_m2_ratio).toBe(1.5);
  });

  it('computes fractions of the tumour and means per tumour cell', () => {
    const r = deriveReadouts(
      record({
        tumour: 800,
        necrotic: 200,
        hypoxic_tumour: 200,
        pdl1_positive: 600,
        antigen_sum: 800 * 153,
        pdl1_sum: 800 * 64,
        priming_level: 20,
      }),
    );
    expect(r.necrotic_fraction).toBe(0.2);
    expect(r.hypoxic_fraction).toBe(0.25);
    expect(r.pdl1_positive_fraction).toBe(0.75);
    expect(r.mean_antigenicity).toBe(0.6); // byte 153 of 255
    expect(r.mean_pdl1).toBeCloseTo(0.25, 3); // PD-L1 sum is kept in 1/256 of the Q16 range
    expect(r.priming).toBe(2.5); // priming level 20 in eighths
  });

  it('is finite everywhere for an empty lattice, with no tumour and no cells', () => {
    const r = deriveReadouts(record());
    for (const column of DERIVED_COLUMNS) expect(Number.isFinite(r[column]), column).toBe(true);
    expect(r).toMatchObject({
      tumour_area_mm2: 0,
      diameter_um: 0,
      necrotic_fraction: 0,
      mean_antigenicity: 0,
      phenotype: PHENOTYPE_NO_TUMOUR,
    });
    // Debris alone: everything that is left is necrotic.
    expect(deriveReadouts(record({ necrotic: 30 })).necrotic_fraction).toBe(1);
  });

  it('decodeStats adds every derived column to the raw counters, in the CSV order', () => {
    const raw = new Uint32Array(STAT_COUNT);
    raw[TYPE_TUMOR] = 400;
    raw[TYPE_CTL] = 30;
    raw[STAT_CD8_NEAR] = 2;
    raw[STAT_ANTIGEN_SUM] = 400 * 255;
    raw[STAT_PRIMING_LEVEL] = 8;
    const { hour, counts } = decodeStats(7, raw);
    expect(hour).toBe(7);
    expect(Object.keys(counts)).toEqual(STAT_COLUMNS);
    expect(STAT_COLUMNS.slice(-DERIVED_COLUMNS.length)).toEqual([...DERIVED_COLUMNS]);
    // 2 CD8 cells near 400 tumour cells is 5 per 1000: a desert.
    expect(counts).toMatchObject({
      tumour: 400,
      CTL: 30,
      mean_antigenicity: 1,
      priming: 1,
      phenotype: PHENOTYPE_DESERT,
    });
  });
});
