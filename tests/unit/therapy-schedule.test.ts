/**
 * Dose schedules, pharmacokinetics and the per-hour exposure the host hands to the kernels
 * (model.md §3, §5): file format and error messages, regimens, occupancy under clinical dosing,
 * linear-quadratic survival, and the identity exposure of an hour without drugs.
 */
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/registry';
import {
  exposureAt,
  FIELD_CLEAR,
  FIELD_SKIP,
  FIELD_SOLVE,
  lqKilled,
  Pharmacokinetics,
  Q16_ONE,
} from '../../src/model/therapy/exposure';
import {
  administrations,
  parseDoseFlag,
  parseSchedule,
  REGIMENS,
  SCHEDULE_FORMAT,
  scheduleJson,
  therapyStart,
  type Schedule,
} from '../../src/model/therapy/schedule';

const v = defaultValues();
const pd1q2w: Schedule = [{ therapy: 'antiPD1', start: 0, every: 336, count: 6, dose: 1 }];

describe('dose schedules', () => {
  it('reads the file form and a bare list, and writes what it reads', () => {
    const file = scheduleJson(pd1q2w);
    expect(file.format).toBe(SCHEDULE_FORMAT);
    expect(parseSchedule(JSON.parse(JSON.stringify(file)))).toEqual({ schedule: pd1q2w, errors: [] });
    expect(parseSchedule(pd1q2w).schedule).toEqual(pd1q2w);
  });

  it('names the bad event and applies nothing', () => {
    const bad = [
      pd1q2w[0],
      { therapy: 'aspirin', start: 0, every: 0, count: 1, dose: 1 },
      { therapy: 'chemo', start: -3, every: 0, count: 1, dose: 1 },
    ];
    const { schedule, errors } = parseSchedule(bad);
    expect(schedule).toEqual([]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/event 2: unknown therapy 'aspirin'/);
    expect(errors[1]).toMatch(/event 3 \(chemo\): start/);
    expect(
      parseSchedule([{ therapy: 'chemo', start: 0, every: 0, count: 1, dose: 1, region: [0, 0, 5, 5] }]).errors[0],
    ).toMatch(/only radiotherapy takes a region/);
    expect(
      parseSchedule([{ therapy: 'radiation', start: 0, every: 0, count: 1, dose: 1, region: [5, 5, 2, 9] }]).errors[0],
    ).toMatch(/region/);
    expect(parseSchedule([{ therapy: 'radiation', start: 0, every: 0, count: 1, dose: 40 }]).errors[0]).toMatch(
      /dose must be/,
    );
    expect(parseSchedule([{ therapy: 'antiPD1', start: 0, every: 0, count: 3, dose: 1 }]).errors[0]).toMatch(/every/);
    expect(
      parseSchedule([{ therapy: 'antiPD1', start: 0, every: 1, count: 1, dose: 1, when: 'now' }]).errors[0],
    ).toMatch(/unknown field 'when'/);
    expect(parseSchedule({ format: 'tme-snapshot/1', events: [] }).errors[0]).toMatch(/not a schedule/);
    expect(parseSchedule('hello').errors[0]).toMatch(/list of dose events/);
  });

  it('refuses two radiotherapy fractions in one hour', () => {
    const { errors } = parseSchedule([
      { therapy: 'radiation', start: 24, every: 24, count: 5, dose: 2 },
      { therapy: 'radiation', start: 72, every: 0, count: 1, dose: 8 },
    ]);
    expect(errors[0]).toMatch(/hour 72/);
  });

  it('parses --dose flags with defaults and reports bad ones', () => {
    expect(parseDoseFlag('radiation:start=72,every=24,count=5,dose=2,region=10/10/100/100').event).toEqual({
      therapy: 'radiation',
      start: 72,
      every: 24,
      count: 5,
      dose: 2,
      region: [10, 10, 100, 100],
    });
    expect(parseDoseFlag('vaccine').event).toEqual({ therapy: 'vaccine', start: 0, every: 0, count: 1, dose: 1 });
    expect(parseDoseFlag('chemo:start=x').error).toMatch(/--dose chemo:start=x: .*start/);
    expect(parseDoseFlag('chemo:start').error).toMatch(/not key=value/);
  });

  it('every clinical regimen is a valid schedule and expands to its doses', () => {
    for (const r of REGIMENS) expect(parseSchedule(r.events(100)).errors, r.key).toEqual([]);
    const rt = REGIMENS.find((r) => r.key === 'rt5x2')!.events(10);
    expect(administrations(rt).map((a) => a.hour)).toEqual([10, 34, 58, 82, 106]);
    expect(therapyStart(REGIMENS.find((r) => r.key === 'rtPd1')!.events(50))).toBe(50);
    expect(therapyStart([])).toBeNull();
  });
});

describe('pharmacokinetics', () => {
  it('anti-PD-1 every 2 or 3 weeks keeps occupancy near 0.9 at the trough (model.md §3)', () => {
    const q2 = new Pharmacokinetics(v, pd1q2w);
    expect(q2.occupancy('antiPD1', 0)).toBeGreaterThan(0.9);
    expect(q2.occupancy('antiPD1', 335)).toBeGreaterThan(0.85);
    expect(q2.occupancy('antiPD1', 335)).toBeLessThan(0.95);
    expect(q2.occupancy('antiPD1', 5 * 336 - 1)).toBeGreaterThan(q2.occupancy('antiPD1', 335));
    const q3 = new Pharmacokinetics(v, [{ therapy: 'antiPD1', start: 0, every: 504, count: 4, dose: 1 }]);
    expect(q3.occupancy('antiPD1', 503)).toBeGreaterThan(0.8);
    // Half-life: the level halves in pd1HalfLife days.
    const once = new Pharmacokinetics(v, [{ therapy: 'antiPD1', start: 0, every: 0, count: 1, dose: 1 }]);
    expect(once.level('antiPD1', v.pd1HalfLife * 24)).toBeCloseTo(0.5, 6);
    expect(q2.level('antiPD1', -1)).toBe(0);
  });

  it('linear-quadratic survival matches model.md §5 (tumour SF 0.86 at 2 Gy, 0.19 at 10 Gy; lymphocytes 0.39 at 2 Gy)', () => {
    expect(1 - lqKilled(v.rtAlphaTumor, v.rtBetaTumor, 2)).toBeCloseTo(0.86, 2);
    expect(1 - lqKilled(v.rtAlphaTumor, v.rtBetaTumor, 10)).toBeCloseTo(0.19, 2);
    expect(1 - lqKilled(v.rtAlphaLymph, v.rtBetaLymph, 2)).toBeCloseTo(0.39, 2);
    expect(lqKilled(0.3, 0.03, 0)).toBe(0);
  });
});

describe('exposure of an hour', () => {
  it('is the identity without drugs: nothing blocked, boosted, removed or solved', () => {
    const e = exposureAt(new Pharmacokinetics(v, []), 10);
    expect(e).toMatchObject({
      checkpointFree: Q16_ONE,
      primingScaleQ8: 256,
      tregRecruitQ16: Q16_ONE,
      mdscRecruitQ16: Q16_ONE,
      ecmKeepQ16: Q16_ONE,
      drugMode: FIELD_SKIP,
      nanoMode: FIELD_SKIP,
    });
    for (const k of [
      'reinvigorateThr',
      'tregKillThr',
      'mdscKillThr',
      'reprogramThr',
      'drugPlasmaQ16',
      'nanoPlasmaQ16',
      'rtDoomThr',
      'rtDoomHypoxicThr',
      'rtLymphThr',
    ] as const)
      expect(e[k], k).toBe(0);
    expect(e.rtRegionMax, 'no region: the whole tumour').toBe(0);
  });

  it('blocks the checkpoint by occupancy and boosts priming with anti-CTLA-4', () => {
    const pk = new Pharmacokinetics(v, [...pd1q2w, { therapy: 'antiCTLA4', start: 0, every: 0, count: 1, dose: 1 }]);
    const e = exposureAt(pk, 24);
    expect(e.checkpointFree / Q16_ONE).toBeCloseTo(1 - pk.occupancy('antiPD1', 24), 4);
    expect(e.primingScaleQ8 / 256).toBeCloseTo(1 + v.ctla4Priming * pk.occupancy('antiCTLA4', 24), 2);
    expect(e.reinvigorateThr).toBeGreaterThan(0);
  });

  it('depletes only in the dose hour, and keeps recruitment down while the agent lasts', () => {
    const pk = new Pharmacokinetics(v, [{ therapy: 'tregDepletion', start: 10, every: 0, count: 1, dose: 1 }]);
    expect(exposureAt(pk, 10).tregKillThr / 2 ** 32).toBeCloseTo(v.tregDepletionProb, 6);
    expect(exposureAt(pk, 11).tregKillThr).toBe(0);
    expect(exposureAt(pk, 9).tregRecruitQ16).toBe(Q16_ONE);
    expect(exposureAt(pk, 11).tregRecruitQ16).toBeLessThan(Q16_ONE * 0.5);
  });

  it('solves the drug field while the drug is in plasma and a day after, then clears it once', () => {
    const pk = new Pharmacokinetics(v, [{ therapy: 'chemo', start: 5, every: 0, count: 1, dose: 1 }]);
    const mode = (h: number): number => exposureAt(pk, h).drugMode;
    expect(mode(4)).toBe(FIELD_SKIP);
    expect(mode(5)).toBe(FIELD_SOLVE);
    let last = 5;
    while (exposureAt(pk, last + 1).drugPlasmaQ16 > 0) last++;
    expect(mode(last + 24)).toBe(FIELD_SOLVE);
    expect(mode(last + 25)).toBe(FIELD_CLEAR);
    expect(mode(last + 26)).toBe(FIELD_SKIP);
  });

  it('irradiates only in the fraction hour, over its region; hypoxic cells resist with the oxygen effect', () => {
    const pk = new Pharmacokinetics(v, [
      { therapy: 'radiation', start: 3, every: 0, count: 1, dose: 2, region: [1, 2, 30, 40] },
    ]);
    const e = exposureAt(pk, 3);
    expect(e.rtDoomThr / 2 ** 32).toBeCloseTo(0.14, 2);
    expect(e.rtDoomHypoxicThr).toBeLessThan(e.rtDoomThr);
    expect([e.rtRegionMin, e.rtRegionMax]).toEqual([1 | (2 << 16), 30 | (40 << 16)]);
    expect(exposureAt(pk, 4).rtDoomThr).toBe(0);
    const noOer = exposureAt(new Pharmacokinetics({ ...v, rtOxygenEffect: 0 }, pk.schedule), 3);
    expect(noOer.rtDoomHypoxicThr).toBe(noOer.rtDoomThr);
  });
});
