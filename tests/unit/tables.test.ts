/**
 * Host tables turn rates into the integer thresholds and lookup tables the kernels compare hashes
 * against: if one is off, a rule fires at the wrong rate on the GPU and in the twin alike, so only
 * these tests would notice.
 */
import { describe, expect, it } from 'vitest';
import { defaultValues, PARAM_BY_KEY, type ParamKey, type ParamValues } from '../../src/model/registry';
import { draw, tickKey } from '../../src/model/rng';
import { buildLuts, LUT_OFFSETS, LUT_SIZE, LUT_SPECS } from '../../src/model/luts';
import {
  FIELD_CHEMOKINE,
  FIELD_COUNT,
  FIELD_IFN,
  FIELD_O2,
  FIELD_SUPPRESSIVE,
  FIELD_DRUG,
  FIELD_NANO,
  O2_Q16_PER_MMHG,
} from '../../src/model/fields';
import { GPU_PARAMS, packParams, PARAMS_WORDS, unpackParams } from '../../src/model/gpu-params';
import { PRIMING_LEVELS, PRIMING_UNIT } from '../../src/model/systemic-words';
import { chance, hill, threshold } from '../../src/model/thresholds';
import {
  ANTIGEN_MASK,
  CAPACITY_MASK,
  CTL_ACTIVATED,
  CTL_EFFECTOR,
  CTL_EXHAUSTED,
  DIVISIONS_MASK,
  ENGAGED_MASK,
  KCAP_MASK,
  MAC_M0,
  MAC_M1,
  MAC_M2,
  SECRETOR_QUIET_CTL,
  TIMER_MASK,
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
import { MAX_SUBSTEPS } from '../../src/engine/clock';

const L = LUT_OFFSETS;
const ctx = { width: 96, height: 80 };
const slice = (lut: Uint32Array, offset: number, length = 256): number[] =>
  Array.from(lut.subarray(offset, offset + length));
const nonIncreasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x <= xs[i - 1]);
const nonDecreasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x >= xs[i - 1]);
const values = (overrides: Partial<ParamValues> = {}): ParamValues =>
  ({ ...defaultValues(), ...overrides }) as ParamValues;

/** The kill threshold as the kernels compose it (immune-intent): three Q8 factors whose product (Q12) indexes LUT_KILL. */
const killThreshold = (lut: Uint32Array, antigenByte: number, pdl1Q16: number, sQ16: number): number =>
  lut[
    L.LUT_KILL +
      ((lut[L.LUT_ANTIGEN_DRIVE + antigenByte] *
        lut[L.LUT_PDL1_PERMIT + (pdl1Q16 >>> 8)] *
        lut[L.LUT_S_PERMIT + (sQ16 >>> 8)]) >>>
        12)
  ];

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

  it('CTL recruitment increases with chemokine and with priming, and vanishes at rate 0 or priming 0', () => {
    const level = (table: Uint32Array, l: number): number[] => slice(table, L.LUT_RECRUIT_CTL + l * 256);
    const atUnit = level(lut, PRIMING_UNIT);
    expect(nonDecreasing(atUnit)).toBe(true);
    expect(atUnit[255]).toBeGreaterThan(atUnit[0]);
    for (const c of [0, 16, 128, 255]) {
      const column = Array.from({ length: PRIMING_LEVELS }, (_, l) => lut[L.LUT_RECRUIT_CTL + l * 256 + c]);
      expect(nonDecreasing(column), `chemokine bin ${c}`).toBe(true);
    }
    expect(level(lut, 0).every((t) => t === 0)).toBe(true);
    // Priming 2× doubles the rate: ctlRecruitmentRate · 2 · Hill(C; half, 1) per hour.
    const c = 255 / 256;
    expect(level(lut, 2 * PRIMING_UNIT)[255] / 2 ** 32).toBeCloseTo(
      chance(2 * v.ctlRecruitmentRate * (c / (c + v.recruitChemokineHalf))),
      4,
    );
    const none = buildLuts(values({ ctlRecruitmentRate: 0 }));
    expect(slice(none, L.LUT_RECRUIT_CTL, PRIMING_LEVELS * 256).every((t) => t === 0)).toBe(true);
  });

  it('Treg recruitment is a share of the CTL rate; MDSC and macrophage recruitment grow with burden; each vanishes at 0', () => {
    const treg = slice(lut, L.LUT_RECRUIT_TREG);
    expect(nonDecreasing(treg)).toBe(true);
    expect(treg[255]).toBeGreaterThan(0);
    expect(treg[255]).toBeLessThan(lut[L.LUT_RECRUIT_CTL + PRIMING_UNIT * 256 + 255]);
    for (const name of ['LUT_RECRUIT_MDSC', 'LUT_RECRUIT_MAC'] as const) {
      const table = slice(lut, L[name], 1024);
      expect(nonDecreasing(table), name).toBe(true);
      expect(table[0], `${name}: no tumour, no influx`).toBe(0);
      expect(table[1023], name).toBeGreaterThan(table[1]);
    }
    expect(slice(lut, L.LUT_RECRUIT_MAC, 1024)[100] / 2 ** 32).toBeCloseTo(chance((v.macRecruitment * 100) / 1000), 6);
    const none = buildLuts(values({ tregRecruitmentShare: 0, mdscRecruitment: 0, macRecruitment: 0 }));
    expect(slice(none, L.LUT_RECRUIT_TREG).every((t) => t === 0)).toBe(true);
    expect(slice(none, L.LUT_RECRUIT_MDSC, 1024).every((t) => t === 0)).toBe(true);
    expect(slice(none, L.LUT_RECRUIT_MAC, 1024).every((t) => t === 0)).toBe(true);
  });

  it.each([0.3, 0.5, 0.01, 1])(
    'kill chance is zero below the antigen threshold %s and positive above it',
    (antigenThreshold) => {
      const w = values({ ctlActivationAntigen: antigenThreshold });
      const table = buildLuts(w);
      const recognised = unpackParams(packParams(w, ctx)).antigenThreshold;
      for (let antigen = 0; antigen < 256; antigen++) {
        const chanceHere = killThreshold(table, antigen, 0, 0);
        if (antigen / 255 < antigenThreshold) expect(chanceHere, `antigen byte ${antigen}`).toBe(0);
        // The kernels only try to kill cells whose antigen byte reaches P.antigenThreshold.
        if (antigen < recognised)
          expect(antigen / 255, `byte ${antigen} is not recognised`).toBeLessThan(antigenThreshold + 1e-9);
        else expect(antigen / 255, `byte ${antigen} is recognised`).toBeGreaterThanOrEqual(antigenThreshold - 1e-9);
        // a = (antigen − threshold) / (1 − threshold) is carried in Q8: from one step up it must kill.
        const drive = (antigen / 255 - antigenThreshold) / (1 - antigenThreshold);
        if (antigenThreshold < 1 && drive >= 1 / 256) expect(chanceHere, `antigen byte ${antigen}`).toBeGreaterThan(0);
      }
    },
  );

  it('kill chance falls with PD-L1 and with the suppressive signal S, and rises with antigen', () => {
    const bins = Array.from({ length: 256 }, (_, i) => i << 8);
    for (const antigen of [80, 128, 200, 255]) {
      expect(nonIncreasing(bins.map((pdl1) => killThreshold(lut, antigen, pdl1, 0))), `PD-L1, antigen ${antigen}`).toBe(
        true,
      );
      expect(nonIncreasing(bins.map((s) => killThreshold(lut, antigen, 0, s))), `S, antigen ${antigen}`).toBe(true);
    }
    for (const pdl1 of [0, 0x4000, 0x8000, 0xffff]) {
      const column = Array.from({ length: 256 }, (_, antigen) => killThreshold(lut, antigen, pdl1, 0x1000));
      expect(nonDecreasing(column), `PD-L1 ${pdl1}`).toBe(true);
    }
    // Fully antigenic, PD-L1-free, no S: per sub-step chance 1 − exp(−k_kill / substeps).
    const full = killThreshold(lut, 255, 0, 0);
    expect(full / 2 ** 32).toBeCloseTo(chance(v.ctlKillRate, 1 / v.substeps), 3);
    // PD-L1 at 1 suppresses by Hill(1; 0.5, 2) = 0.8; S at its half-max K_S halves killing.
    expect(killThreshold(lut, 255, 0xffff, 0)).toBeLessThan(full * 0.3);
    const halfS = killThreshold(lut, 255, 0, Math.round(v.suppressionSHalf * 65535));
    expect(halfS / full).toBeGreaterThan(0.4);
    expect(halfS / full).toBeLessThan(0.6);
  });

  it('exhaustion grows with PD-L1, adjacent Tregs and S; CTL division slows with S', () => {
    expect(nonDecreasing(slice(lut, L.LUT_EXHAUST_PDL1))).toBe(true);
    expect(lut[L.LUT_EXHAUST_PDL1]).toBe(0);
    expect(nonDecreasing(slice(lut, L.LUT_EXHAUST_S))).toBe(true);
    expect(lut[L.LUT_EXHAUST_S]).toBe(0);
    expect(lut[L.LUT_EXHAUST_S + 255]).toBeGreaterThan(0);
    const treg = (n: number, pdl1Bin: number): number => lut[L.LUT_EXHAUST_TREG + n * 32 + pdl1Bin];
    expect(treg(0, 31), 'no Treg, no Treg-driven exhaustion').toBe(0);
    expect(nonDecreasing(Array.from({ length: 9 }, (_, n) => treg(n, 0)))).toBe(true);
    expect(treg(1, 0) / 2 ** 32).toBeCloseTo(
      chance(v.exhaustionTregRate * (1 + hill(0.5 / 32, v.pdl1SuppressionHalf, 2))),
      6,
    );
    expect(treg(2, 31)).toBeGreaterThan(treg(2, 0));
    const divide = slice(lut, L.LUT_CTL_DIVIDE);
    expect(nonIncreasing(divide)).toBe(true);
    expect(divide[0] / 2 ** 32).toBeCloseTo(chance(1 / v.ctlDivisionTime), 6);
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
