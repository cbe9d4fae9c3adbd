/**
 * The lookup tables of the immune rules: recruitment by chemokine, priming and burden, the kill
 * chance (antigen, PD-L1, S), exhaustion and CTL division. If one is off, a rule fires at the wrong
 * rate on the GPU and in the twin alike, so only these tests would notice.
 */
import { describe, expect, it } from 'vitest';
import { buildLuts, LUT_OFFSETS } from '../../src/model/luts';
import { packParams, unpackParams } from '../../src/model/gpu-params';
import { PRIMING_LEVELS, PRIMING_UNIT } from '../../src/model/systemic-words';
import { chance, hill } from '../../src/model/thresholds';
import {
  defaultLuts,
  killThreshold,
  nonDecreasing,
  nonIncreasing,
  PACK_SIZE as ctx,
  slice,
  values,
} from '../helpers/tables';

const L = LUT_OFFSETS;

describe('lookup tables: recruitment, killing, exhaustion', () => {
  const v = values();
  const lut = defaultLuts();

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
});
