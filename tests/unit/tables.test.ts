/**
 * Host tables turn rates into the integer thresholds and lookup tables the kernels compare hashes
 * against: if one is off, a rule fires at the wrong rate on the GPU and in the twin alike, so only
 * these tests would notice.
 */
import { describe, expect, it } from 'vitest';
import { defaultValues, PARAM_BY_KEY, type ParamValues } from '../../src/model/registry';
import { draw, tickKey } from '../../src/model/rng';
import {
  buildLuts,
  chance,
  FIELD_CHEMOKINE,
  FIELD_O2,
  GPU_PARAMS,
  LUT_DIVISION,
  LUT_KAPPA,
  LUT_KILL,
  LUT_NECROSIS,
  LUT_RECRUIT,
  LUT_SIGMA,
  LUT_SIZE,
  O2_Q16_PER_MMHG,
  packParams,
  PARAMS_WORDS,
  threshold,
  unpackParams,
} from '../../src/model/tables';
import { ANTIGEN_MASK, ENGAGED_MASK, KCAP_MASK, TYPE_COUNT, TYPE_EMPTY, TYPE_NECROTIC, TYPE_TUMOR } from '../../src/model/layout';
import { MAX_SUBSTEPS } from '../../src/engine/resources';

const ctx = { width: 96, height: 80 };
const slice = (lut: Uint32Array, offset: number, length = 256): number[] => Array.from(lut.subarray(offset, offset + length));
const nonIncreasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x <= xs[i - 1]);
const nonDecreasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x >= xs[i - 1]);
const values = (overrides: Partial<ParamValues> = {}): ParamValues => ({ ...defaultValues(), ...overrides }) as ParamValues;

describe('threshold() and chance()', () => {
  it('maps probability 0 to 0 (never) and 1 to 0xffffffff', () => {
    expect(threshold(0)).toBe(0);
    expect(threshold(1)).toBe(0xffffffff);
    expect(threshold(-0.5)).toBe(0);
    expect(threshold(NaN)).toBe(0);
    expect(threshold(3)).toBe(0xffffffff);
    expect(threshold(0.5)).toBe(2 ** 31);
  });

  it('is monotone in p and stays a u32', () => {
    let last = -1;
    for (let i = 0; i <= 10000; i++) {
      const t = threshold(i / 10000);
      expect(Number.isInteger(t) && t >= 0 && t <= 0xffffffff).toBe(true);
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
    expect(threshold(1e-9)).toBeGreaterThan(0);
    expect(threshold(1 - 1e-9)).toBeLessThan(0xffffffff);
  });

  it('makes events happen with probability p when compared with real draws', () => {
    const key = tickKey(1, 3);
    for (const p of [0.01, 0.3, 0.9]) {
      const thr = threshold(p);
      let hits = 0;
      const n = 200_000;
      for (let site = 0; site < n; site++) if (draw(key, site, 4) < thr) hits++;
      const sigma = Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(hits / n - p), `p = ${p}`).toBeLessThan(5 * sigma);
    }
  });

  it('chance() is 1 − exp(−rate·hours), zero for zero or negative rates', () => {
    expect(chance(0)).toBe(0);
    expect(chance(-3)).toBe(0);
    expect(chance(Math.LN2)).toBeCloseTo(0.5, 12);
    expect(chance(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(chance(0.3, 1 / 8)).toBeCloseTo(1 - Math.exp(-0.3 / 8), 12);
    expect(chance(1e6)).toBe(1);
  });
});

describe('lookup tables', () => {
  const v = values();
  const lut = buildLuts(v);

  it('have LUT_SIZE entries', () => {
    expect(lut.length).toBe(LUT_SIZE);
  });

  it('division by O2 increases with O2, from never to about ln2/23 h', () => {
    const division = slice(lut, LUT_DIVISION);
    expect(nonDecreasing(division)).toBe(true);
    expect(division[0]).toBe(0);
    // At 38 mmHg (bin 152) the rate is ln2/23 · Hill(38; 21.5, 4) ≈ 0.0272/h.
    const bin = Math.floor((38 * O2_Q16_PER_MMHG) / 256);
    expect(division[bin] / 2 ** 32).toBeCloseTo(chance(((Math.LN2 / 23) * (38 / 21.5) ** 4) / (1 + (38 / 21.5) ** 4)), 3);
    // Half speed at the half-max O2.
    const half = Math.floor((21.5 * O2_Q16_PER_MMHG) / 256);
    expect(division[half] / 2 ** 32).toBeCloseTo(chance(Math.LN2 / 23 / 2), 3);
  });

  it('necrosis by O2 decreases with O2: near the maximum rate at zero O2, negligible when oxygenated', () => {
    const necrosis = slice(lut, LUT_NECROSIS);
    expect(nonIncreasing(necrosis)).toBe(true);
    expect(necrosis[0] / 2 ** 32).toBeCloseTo(chance(0.168), 3);
    const at20mmHg = necrosis[Math.floor((20 * O2_Q16_PER_MMHG) / 256)] / 2 ** 32;
    expect(at20mmHg).toBeLessThan(1e-5);
  });

  it('recruitment increases with chemokine and vanishes when the recruitment rate is 0', () => {
    const recruit = slice(lut, LUT_RECRUIT);
    expect(nonDecreasing(recruit)).toBe(true);
    expect(recruit[255]).toBeGreaterThan(recruit[0]);
    expect(slice(buildLuts(values({ ctlRecruitmentRate: 0 })), LUT_RECRUIT).every((t) => t === 0)).toBe(true);
  });

  it.each([0.3, 0.5, 0.01, 1])('kill table is zero below the antigen threshold %s and positive above it', (antigenThreshold) => {
    const w = values({ ctlActivationAntigen: antigenThreshold });
    const table = buildLuts(w);
    const recognised = unpackParams(packParams(w, ctx)).antigenThreshold;
    for (let antigen = 0; antigen < 256; antigen++) {
      const row = slice(table, LUT_KILL + antigen * 32, 32);
      if (antigen / 255 < antigenThreshold) {
        expect(
          row.every((t) => t === 0),
          `antigen byte ${antigen}`,
        ).toBe(true);
      }
      // The kernels only try to kill cells whose antigen byte reaches P.antigenThreshold.
      if (antigen < recognised) expect(antigen / 255, `byte ${antigen} is not recognised`).toBeLessThan(antigenThreshold + 1e-9);
      else expect(antigen / 255, `byte ${antigen} is recognised`).toBeGreaterThanOrEqual(antigenThreshold - 1e-9);
      if (antigen / 255 > antigenThreshold && antigenThreshold < 1) expect(row[0], `antigen byte ${antigen}`).toBeGreaterThan(0);
    }
  });

  it('kill table decreases with PD-L1 and increases with antigen', () => {
    for (let antigen = 0; antigen < 256; antigen++) {
      expect(nonIncreasing(slice(lut, LUT_KILL + antigen * 32, 32)), `antigen ${antigen}`).toBe(true);
    }
    for (let j = 0; j < 32; j++) {
      const column = Array.from({ length: 256 }, (_, antigen) => lut[LUT_KILL + antigen * 32 + j]);
      expect(nonDecreasing(column), `PD-L1 bin ${j}`).toBe(true);
    }
    // Fully antigenic, PD-L1-free: per sub-step chance 1 − exp(−k_kill / substeps); PD-L1 at 1 suppresses by Hill(1; 0.5, 2) = 0.8.
    const full = lut[LUT_KILL + 255 * 32] / 2 ** 32;
    expect(full).toBeCloseTo(chance(v.ctlKillRate, 1 / v.substeps), 2);
    expect(lut[LUT_KILL + 255 * 32 + 31]).toBeLessThan(lut[LUT_KILL + 255 * 32] * 0.3);
  });

  it('field coefficients: tumour consumes more O2 than empty tissue; only tumour and debris secrete chemokine', () => {
    const kappa = (f: number, t: number): number => lut[LUT_KAPPA + f * TYPE_COUNT + t];
    const sigma = (f: number, t: number): number => lut[LUT_SIGMA + f * TYPE_COUNT + t];
    expect(kappa(FIELD_O2, TYPE_TUMOR)).toBeGreaterThan(50 * kappa(FIELD_O2, TYPE_EMPTY));
    expect(kappa(FIELD_O2, TYPE_EMPTY)).toBeGreaterThan(0);
    expect(sigma(FIELD_CHEMOKINE, TYPE_TUMOR)).toBeGreaterThan(0);
    expect(sigma(FIELD_CHEMOKINE, TYPE_NECROTIC)).toBeGreaterThan(0);
    expect(sigma(FIELD_CHEMOKINE, TYPE_EMPTY)).toBe(0);
    for (let t = 0; t < TYPE_COUNT; t++) expect(sigma(FIELD_O2, t), 'O2 comes only from vessels').toBe(0);
    for (let i = LUT_KAPPA; i < LUT_SIGMA; i++) expect(lut[i]).toBeLessThanOrEqual(0xffffff);
  });
});

describe('packParams', () => {
  it('has PARAMS_WORDS words, a multiple of 4 (16-byte uniform rows), one per GPU_PARAMS field', () => {
    const packed = packParams(values(), ctx);
    expect(packed.length).toBe(PARAMS_WORDS);
    expect(PARAMS_WORDS % 4).toBe(0);
    expect(PARAMS_WORDS).toBeGreaterThanOrEqual(GPU_PARAMS.length);
    expect(PARAMS_WORDS - GPU_PARAMS.length).toBeLessThan(4);
  });

  it('packs the lattice size and converts rates to thresholds', () => {
    const v = values({ ctlMoveProb: 0.25, substeps: 5, o2Vessel: 38 });
    const P = unpackParams(packParams(v, ctx));
    expect(P.width).toBe(96);
    expect(P.height).toBe(80);
    expect(P.substeps).toBe(5);
    expect(P.thrCtlMove).toBe(threshold(0.25));
    expect(P.thrApoptosis).toBe(threshold(chance(v.tumorApoptosisRate)));
    expect(P.o2VesselQ16).toBe(38 * O2_Q16_PER_MMHG);
    expect(P.omegaQ8).toBe(Math.round(v.sorOmega * 256));
    expect(P.killCapacity).toBe(v.ctlKillCapacity);
  });

  it('reads only registry keys (a misspelt key would silently pack 0)', () => {
    const strict = new Proxy(defaultValues(), {
      get(target, key) {
        if (typeof key === 'string' && !PARAM_BY_KEY.has(key)) throw new Error(`tables read unknown parameter '${key}'`);
        return target[key as string];
      },
    });
    expect(() => packParams(strict, ctx)).not.toThrow();
    expect(() => buildLuts(strict)).not.toThrow();
  });

  it('fits every user-reachable value into its bit field or fixed-point range', () => {
    for (const extreme of ['min', 'max'] as const) {
      const v = Object.fromEntries([...PARAM_BY_KEY.values()].map((p) => [p.key, p[extreme]]));
      const P = unpackParams(packParams(v, ctx));
      expect(P.killCapacity, `${extreme} kill capacity fits KCAP`).toBeLessThanOrEqual(KCAP_MASK);
      expect(P.engagementHours, `${extreme} engagement fits ENGAGED`).toBeLessThanOrEqual(ENGAGED_MASK);
      expect(P.substeps, `${extreme} substeps fit the clock buffer`).toBeLessThanOrEqual(MAX_SUBSTEPS);
      expect(P.antigenThreshold).toBeLessThanOrEqual(ANTIGEN_MASK);
      expect(P.randomWeightQ8).toBeLessThanOrEqual(256);
      expect(P.omegaQ8).toBeGreaterThanOrEqual(256);
      expect(P.omegaQ8).toBeLessThan(512);
      expect(P.o2VesselQ16).toBeLessThanOrEqual(65535);
    }
  });
});
