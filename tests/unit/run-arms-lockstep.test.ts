/**
 * A Run of three CPU-twin arms (64², a few hours): the arms advance in lockstep, each arm follows its
 * own schedule, untreated arms are the lone twin hash for hash, and reset and upload reach every arm.
 * Three arms, with the treated one last, so a Run that handled only two would fail.
 */
import { tsImport } from 'tsx/esm/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { Run } from '../../src/engine/run';
import { latticeHash } from '../../src/model/lattice-hash';
import type { CpuStepper } from '../../src/model/reference/cpu-stepper';
import type { HourStats } from '../../src/model/stats';
import type { Schedule } from '../../src/model/therapy/schedule';
import { testValues, twinAt } from '../helpers/twin';

// Loaded natively, as tests/helpers/twin.ts does, so the twin runs at the CLI's speed.
type TwinModule = typeof import('../../src/model/reference/cpu-stepper');
let newTwin: () => CpuStepper;
beforeAll(async () => {
  const { CpuStepper } = (await tsImport('../../src/model/reference/cpu-stepper.ts', import.meta.url)) as TwinModule;
  newTwin = () => new CpuStepper();
});

const HOURS = 6;
/** A short reset relaxation (the default's 600 sweeps cost more than the hours): every arm and the lone twin share it. */
const values = testValues({ seed: 11, fieldResetSweeps: 40 });
/** 8 Gy from hour 1: doomed tumour cells from the next hour, so the treated lattice differs at once. */
const RADIATION: Schedule = [{ therapy: 'radiation', start: 1, every: 0, count: 1, dose: 8 }];

const hashes = (run: Run<CpuStepper>): Promise<string[]> =>
  Promise.all(run.steppers.map(async (s) => latticeHash(await s.readState())));

/** A run of three arms, the last on radiotherapy, reset to `values`; `reports` collects each arm's hours. */
async function threeArms(reports: number[][] = [[], [], []]): Promise<Run<CpuStepper>> {
  const run = new Run([newTwin(), newTwin(), newTwin()]);
  run.setSchedule(2, RADIATION);
  run.onStats = (arm: number, stats: HourStats[]) => reports[arm].push(...stats.map((s) => s.hour));
  await run.reset(values);
  return run;
}

describe('Run: arms in lockstep', () => {
  it('takes every arm to the same hour and reports each arm under its own index', async () => {
    const reports: number[][] = [[], [], []];
    const run = await threeArms(reports);
    while (run.submittedHours < HOURS) run.advance(Math.min(2, HOURS - run.submittedHours));
    expect(run.steppers.map((s) => s.submittedHours)).toEqual([HOURS, HOURS, HOURS]);
    expect([0, 1, 2].map((arm) => run.hourOf(arm))).toEqual([HOURS, HOURS, HOURS]);
    const hours = Array.from({ length: HOURS }, (_, i) => i + 1);
    expect(reports).toEqual([hours, hours, hours]);
  }, 120_000);

  it('an untreated arm is the lone twin hash for hash, and only the arm given a schedule differs', async () => {
    const run = await threeArms();
    run.advance(HOURS);
    const lone = await twinAt(values);
    await lone.step(HOURS);
    const [a, b, treated] = await hashes(run);
    expect(a).toBe(await latticeHash(await lone.readState()));
    expect(b).toBe(a);
    expect(treated).not.toBe(a);
    expect(run.scheduleOf(2)).toBe(RADIATION);
    expect(run.scheduleOf(0)).toEqual([]);
  }, 120_000);

  it('brings an arm that is behind up to the others before any goes further', async () => {
    const run = await threeArms();
    run.advance(2);
    run.steppers[2].upload(await run.readState(0).then((l) => ({ ...l, hour: 0 })));
    expect(run.submittedHours).toBe(2);
    expect(run.advance(3)).toBe(3);
    expect(run.steppers.map((s) => s.submittedHours)).toEqual([5, 5, 5]);
  }, 120_000);

  it('upload and reset reach every arm', async () => {
    const run = await threeArms();
    run.advance(3);
    const lattice = await run.readState(2);
    run.upload(lattice);
    const uploaded = await latticeHash(lattice);
    expect(await hashes(run)).toEqual([uploaded, uploaded, uploaded]);
    expect([0, 1, 2].map((arm) => run.hourOf(arm))).toEqual([3, 3, 3]);

    await run.reset(values);
    const fresh = await latticeHash(await (await twinAt(values)).readState());
    expect(await hashes(run)).toEqual([fresh, fresh, fresh]);
    expect([0, 1, 2].map((arm) => run.hourOf(arm))).toEqual([0, 0, 0]);
  }, 120_000);

  it('drops the statistics of an arm it no longer holds, and the arms after it move down one', async () => {
    const reports: number[][] = [[], [], []];
    const run = await threeArms(reports);
    const removed = run.steppers[1];
    const lateDelivery = removed.onStats;
    run.removeArm(1);
    expect(run.size).toBe(2);
    expect(run.scheduleOf(1)).toBe(RADIATION);
    run.advance(2);
    lateDelivery([{ hour: 9, counts: {} } as HourStats]); // a readback that lands after the arm left
    expect(reports).toEqual([[1, 2], [1, 2], []]);
    await expect(removed.readState()).rejects.toThrow(/reset/);
  }, 120_000);
});
