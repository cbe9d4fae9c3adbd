/**
 * The lookup tables of the tumour's rules (division and necrosis by O2, the PD-L1 it is driven to)
 * and the layout of the table buffer: if one is off, a rule fires at the wrong rate on the GPU and
 * in the twin alike, so only these tests would notice.
 */
import { describe, expect, it } from 'vitest';
import { buildLuts, LUT_OFFSETS, LUT_SIZE, LUT_SPECS } from '../../src/model/luts';
import { O2_Q16_PER_MMHG } from '../../src/model/fields';
import { chance } from '../../src/model/thresholds';
import { defaultLuts, nonDecreasing, nonIncreasing, slice, values } from '../helpers/tables';

const L = LUT_OFFSETS;

describe('lookup tables: buffer layout and tumour rules', () => {
  const v = values();
  const lut = defaultLuts();

  it('have LUT_SIZE entries, one block per LUT_SPECS row at its LUT_OFFSETS offset, every entry a u32', () => {
    expect(lut.length).toBe(LUT_SIZE);
    let offset = 0;
    for (const spec of LUT_SPECS) {
      expect(L[spec.name], spec.name).toBe(offset);
      offset += spec.size;
    }
    expect(offset).toBe(LUT_SIZE);
    expect(lut.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff)).toBe(true);
  });

  it('division by O2 increases with O2, from never to about ln2/23 h', () => {
    const division = slice(lut, L.LUT_DIVISION);
    expect(nonDecreasing(division)).toBe(true);
    expect(division[0]).toBe(0);
    // At 38 mmHg (bin 152) the rate is ln2/23 · Hill(38; 21.5, 4) ≈ 0.0272/h.
    const bin = Math.floor((38 * O2_Q16_PER_MMHG) / 256);
    expect(division[bin] / 2 ** 32).toBeCloseTo(
      chance(((Math.LN2 / 23) * (38 / 21.5) ** 4) / (1 + (38 / 21.5) ** 4)),
      3,
    );
    // Half speed at the half-max O2.
    const half = Math.floor((21.5 * O2_Q16_PER_MMHG) / 256);
    expect(division[half] / 2 ** 32).toBeCloseTo(chance(Math.LN2 / 23 / 2), 3);
  });

  it('necrosis by O2 decreases with O2: near the maximum rate at zero O2, negligible when oxygenated', () => {
    const necrosis = slice(lut, L.LUT_NECROSIS);
    expect(nonIncreasing(necrosis)).toBe(true);
    expect(necrosis[0] / 2 ** 32).toBeCloseTo(chance(0.168), 3);
    const at20mmHg = necrosis[Math.floor((20 * O2_Q16_PER_MMHG) / 256)] / 2 ** 32;
    expect(at20mmHg).toBeLessThan(1e-5);
  });

  it('PD-L1 is driven from its baseline up by IFN-γ (only when induction is on) and × the hypoxic factor', () => {
    const target = slice(lut, L.LUT_PDL1_TARGET, 512);
    expect(target[0]).toBe(Math.round(v.tumorPdl1 * 65535));
    expect(nonDecreasing(target.slice(0, 256))).toBe(true);
    expect(target[255]).toBeGreaterThan(0.9 * 65535);
    expect(target[256]).toBe(Math.round(v.tumorPdl1 * v.hypoxiaPdl1Factor * 65535));
    const off = slice(buildLuts(values({ ifnInducesPdl1: 0 })), L.LUT_PDL1_TARGET, 256);
    expect(off.every((t) => t === target[0])).toBe(true);
  });
});
