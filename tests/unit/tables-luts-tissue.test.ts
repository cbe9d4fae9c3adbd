/**
 * The lookup tables of the tissue: macrophage clearance and polarisation, ECM entry and deposition,
 * and the field coefficients κ and σ per secretor row. If one is off, a rule fires at the wrong rate
 * (or a field has the wrong sources) on the GPU and in the twin alike, so only these tests would notice.
 */
import { describe, expect, it } from 'vitest';
import { LUT_OFFSETS } from '../../src/model/luts';
import {
  FIELD_CHEMOKINE,
  FIELD_COUNT,
  FIELD_IFN,
  FIELD_O2,
  FIELD_SUPPRESSIVE,
  FIELD_DRUG,
  FIELD_NANO,
} from '../../src/model/fields';
import { chance } from '../../src/model/thresholds';
import {
  CTL_ACTIVATED,
  CTL_EFFECTOR,
  CTL_EXHAUSTED,
  MAC_M0,
  MAC_M1,
  MAC_M2,
  SECRETOR_QUIET_CTL,
  TYPE_CAF,
  TYPE_CTL,
  TYPE_EMPTY,
  TYPE_MACROPHAGE,
  TYPE_MDSC,
  TYPE_NECROTIC,
  TYPE_TREG,
  TYPE_TUMOR,
  TYPE_VESSEL,
} from '../../src/model/layout';
import { defaultLuts, nonDecreasing, nonIncreasing, slice, values } from '../helpers/tables';

const L = LUT_OFFSETS;

describe('lookup tables: macrophages, stroma and field coefficients', () => {
  const v = values();
  const lut = defaultLuts();

  it('macrophages: debris clears faster next to more of them; M1 by IFN-γ or debris; M2 by hypoxia', () => {
    expect(nonDecreasing(slice(lut, L.LUT_CLEARANCE, 9))).toBe(true);
    expect(lut[L.LUT_CLEARANCE] / 2 ** 32).toBeCloseTo(chance(v.necroticClearanceRate), 6);
    expect(lut[L.LUT_CLEARANCE + 1]).toBeGreaterThan(2 * lut[L.LUT_CLEARANCE]);
    expect(nonDecreasing(slice(lut, L.LUT_M1))).toBe(true);
    expect(lut[L.LUT_M1], 'no IFN-γ, no debris: no M1').toBe(0);
    expect(lut[L.LUT_M1 + 256] / 2 ** 32, 'debris next to it: full rate').toBeCloseTo(chance(v.m1Rate), 6);
    const m2 = slice(lut, L.LUT_M2);
    expect(nonIncreasing(m2)).toBe(true);
    expect(m2[255] / 2 ** 32, 'well oxygenated: the tonic rate').toBeCloseTo(chance(v.m2TonicRate), 4);
    expect(m2[0]).toBeGreaterThan(5 * m2[255]);
  });

  it('ECM: entry chance falls with density, T cells are blocked more than tumour cells; deposition grows with fibroblasts', () => {
    const tumour = slice(lut, L.LUT_ECM_TUMOR);
    const immune = slice(lut, L.LUT_ECM_IMMUNE);
    expect(nonIncreasing(tumour) && nonIncreasing(immune)).toBe(true);
    expect(tumour[0]).toBe(0xffffffff);
    expect(immune[0]).toBe(0xffffffff);
    expect(immune[Math.ceil(v.ctlEcmBlock * 255)], 'at the blocking density T cells cannot enter').toBe(0);
    for (let e = 1; e < 256; e++) expect(immune[e], `ECM byte ${e}`).toBeLessThanOrEqual(tumour[e]);
    const laid = (n: number): number => lut[L.LUT_ECM_WHOLE + n] + lut[L.LUT_ECM_FRACTION + n] / 2 ** 32;
    expect(laid(0)).toBe(0);
    for (let n = 1; n <= 8; n++) expect(laid(n), `${n} fibroblasts`).toBeCloseTo(n * v.ecmDepositRate * 255, 6);
  });

  it('field coefficients: tumour consumes more O2 than empty tissue; each field has exactly its model.md §3 secretors', () => {
    const kappa = (f: number, t: number, state = 0): number => lut[L.LUT_KAPPA + f * L.SECRETOR_ROWS + t * 4 + state];
    const sigma = (f: number, t: number, state: number): number =>
      lut[L.LUT_SIGMA + f * L.SECRETOR_ROWS + t * 4 + state];
    expect(kappa(FIELD_O2, TYPE_TUMOR)).toBeGreaterThan(50 * kappa(FIELD_O2, TYPE_EMPTY));
    expect(kappa(FIELD_O2, TYPE_EMPTY)).toBeGreaterThan(0);
    expect(kappa(FIELD_O2, TYPE_CTL)).toBeGreaterThan(kappa(FIELD_O2, TYPE_EMPTY));
    const all = [0, 1, 2, 3];
    const secretors: Record<number, [number, number[]][]> = {
      [FIELD_O2]: [],
      [FIELD_CHEMOKINE]: [
        [TYPE_TUMOR, all],
        [TYPE_NECROTIC, all],
        [TYPE_MACROPHAGE, [MAC_M1]],
      ],
      [FIELD_IFN]: [
        [TYPE_CTL, [CTL_ACTIVATED]],
        [TYPE_MACROPHAGE, [MAC_M1]],
      ],
      [FIELD_SUPPRESSIVE]: [
        [TYPE_MACROPHAGE, [MAC_M2]],
        [TYPE_TREG, all],
        [TYPE_MDSC, all],
        [TYPE_CAF, all],
      ],
      // Drug and nanoparticles have no secretors: vessels hold them at the plasma level.
      [FIELD_DRUG]: [],
      [FIELD_NANO]: [],
    };
    for (let f = 0; f < FIELD_COUNT; f++) {
      for (let t = TYPE_EMPTY; t <= TYPE_CAF; t++) {
        for (const state of all) {
          const secretes = secretors[f].some(([type, states]) => type === t && states.includes(state));
          expect(sigma(f, t, state) > 0, `field ${f}, type ${t}, state ${state}`).toBe(secretes);
        }
      }
    }
    // An activated CTL whose IFN-γ window closed (the quiet row), an effector and an exhausted one secrete no IFN-γ.
    for (const state of [CTL_EFFECTOR, CTL_EXHAUSTED, SECRETOR_QUIET_CTL])
      expect(sigma(FIELD_IFN, TYPE_CTL, state)).toBe(0);
    expect(sigma(FIELD_IFN, TYPE_MACROPHAGE, MAC_M0) + sigma(FIELD_SUPPRESSIVE, TYPE_MACROPHAGE, MAC_M1)).toBe(0);
    expect(kappa(FIELD_O2, TYPE_VESSEL)).toBeGreaterThan(0);
    for (let i = 0; i < FIELD_COUNT * L.SECRETOR_ROWS; i++) expect(lut[L.LUT_KAPPA + i]).toBeLessThanOrEqual(0xffffff);
  });
});
