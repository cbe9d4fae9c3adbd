/**
 * The packed uniform (GPU_PARAMS → struct Params): its size, the conversions of rates and units,
 * and that every value a user can set fits its bit field or fixed-point range — a value that
 * overflowed would corrupt neighbouring bits of a site word on the GPU and in the twin alike.
 */
import { describe, expect, it } from 'vitest';
import { defaultValues, PARAM_BY_KEY, type ParamKey, type ParamValues } from '../../src/model/registry';
import { buildLuts, LUT_OFFSETS } from '../../src/model/luts';
import { FIELD_COUNT, O2_Q16_PER_MMHG } from '../../src/model/fields';
import { GPU_PARAMS, packParams, PARAMS_WORDS, unpackParams } from '../../src/model/gpu-params';
import { PRIMING_LEVELS, PRIMING_UNIT } from '../../src/model/systemic-words';
import { chance, threshold } from '../../src/model/thresholds';
import {
  ANTIGEN_MASK,
  CAPACITY_MASK,
  DIVISIONS_MASK,
  ENGAGED_MASK,
  KCAP_MASK,
  TIMER_MASK,
  TYPE_CAF,
  TYPE_CTL,
  TYPE_MACROPHAGE,
  TYPE_TREG,
  TYPE_TUMOR,
} from '../../src/model/layout';
import { MAX_SUBSTEPS } from '../../src/engine/clock';
import { PACK_SIZE as ctx, slice, values } from '../helpers/tables';

const L = LUT_OFFSETS;

describe('packParams', () => {
  it('has PARAMS_WORDS words, a multiple of 4 (16-byte uniform rows), one per GPU_PARAMS field', () => {
    const packed = packParams(values(), ctx);
    expect(packed.length).toBe(PARAMS_WORDS);
    expect(PARAMS_WORDS % 4).toBe(0);
    expect(PARAMS_WORDS).toBeGreaterThanOrEqual(GPU_PARAMS.length);
    expect(PARAMS_WORDS - GPU_PARAMS.length).toBeLessThan(4);
  });

  it('packs the lattice size and converts rates to thresholds', () => {
    const v = values({ ctlMoveProb: 0.25, macMoveProb: 0.1, substeps: 5, o2Vessel: 38 });
    const P = unpackParams(packParams(v, ctx));
    expect(P.width).toBe(96);
    expect(P.height).toBe(80);
    expect(P.substeps).toBe(5);
    expect(P.thrApoptosis).toBe(threshold(chance(v.tumorApoptosisRate)));
    expect(P.thrMutation).toBe(threshold(v.mutationProb));
    expect(P.o2VesselQ16).toBe(38 * O2_Q16_PER_MMHG);
    expect(P.omegaQ8).toBe(Math.round(v.sorOmega * 256));
    expect(P.killCapacity).toBe(v.ctlKillCapacity);
    expect(P.primingGain).toBe(v.primingMax * PRIMING_UNIT);
    // Per-type motility lives in the lookup tables.
    const lut = buildLuts(v);
    expect(lut[L.LUT_MOVE + TYPE_CTL]).toBe(threshold(0.25));
    expect(lut[L.LUT_MOVE + TYPE_TREG]).toBe(threshold(0.25));
    expect(lut[L.LUT_MOVE + TYPE_MACROPHAGE]).toBe(threshold(0.1));
    expect(lut[L.LUT_MOVE + TYPE_TUMOR], 'tumour cells migrate hourly, not per sub-step').toBe(0);
    expect(lut[L.LUT_MOVE + TYPE_CAF], 'fibroblasts sit still').toBe(0);
  });

  it('reads only registry keys (a misspelt key would silently pack 0)', () => {
    const strict = new Proxy(defaultValues(), {
      get(target, key) {
        if (typeof key === 'string' && !PARAM_BY_KEY.has(key))
          throw new Error(`tables read unknown parameter '${key}'`);
        return target[key as ParamKey];
      },
    });
    expect(() => packParams(strict, ctx)).not.toThrow();
    expect(() => buildLuts(strict)).not.toThrow();
  });

  it('fits every user-reachable value into its bit field or fixed-point range', () => {
    for (const extreme of ['min', 'max'] as const) {
      const v = Object.fromEntries([...PARAM_BY_KEY.values()].map((p) => [p.key, p[extreme]])) as ParamValues;
      const P = unpackParams(packParams(v, ctx));
      expect(P.killCapacity, `${extreme} kill capacity fits KCAP`).toBeLessThanOrEqual(KCAP_MASK);
      expect(P.engagementHours, `${extreme} engagement fits ENGAGED`).toBeLessThanOrEqual(ENGAGED_MASK);
      expect(P.ctlDivisions, `${extreme} CTL divisions fit DIVISIONS`).toBeLessThanOrEqual(DIVISIONS_MASK);
      expect(P.ifnHours, `${extreme} IFN-γ hours fit TIMER`).toBeLessThanOrEqual(TIMER_MASK);
      expect(P.proliferationCapacity, `${extreme} capacity fits CAPACITY`).toBeLessThanOrEqual(CAPACITY_MASK);
      expect(P.substeps, `${extreme} substeps fit the clock buffer`).toBeLessThanOrEqual(MAX_SUBSTEPS);
      expect(P.antigenThreshold).toBeLessThanOrEqual(ANTIGEN_MASK);
      expect(P.mutationShift).toBeLessThanOrEqual(ANTIGEN_MASK);
      expect(P.primingGain + PRIMING_UNIT, `${extreme} priming stays below PRIMING_LEVELS`).toBeLessThan(
        PRIMING_LEVELS,
      );
      expect(P.omegaQ8).toBeGreaterThanOrEqual(256);
      expect(P.omegaQ8).toBeLessThan(512);
      expect(P.o2VesselQ16).toBeLessThanOrEqual(65535);
      const lut = buildLuts(v);
      for (let t = 0; t < 16; t++) expect(lut[L.LUT_RANDOM_WEIGHT + t]).toBeLessThanOrEqual(256);
      for (let i = 0; i < FIELD_COUNT * L.SECRETOR_ROWS; i++)
        expect(lut[L.LUT_KAPPA + i], `${extreme} κ fits Q24`).toBeLessThanOrEqual(0xffffff);
      for (const name of ['LUT_ANTIGEN_DRIVE', 'LUT_PDL1_PERMIT', 'LUT_S_PERMIT'] as const) {
        expect(Math.max(...slice(lut, L[name])), `${extreme} ${name} is a Q8 factor ≤ 1`).toBeLessThanOrEqual(256);
      }
    }
  });
});
