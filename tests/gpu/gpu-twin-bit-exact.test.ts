/**
 * The promise of architecture.md §2: the GPU engine and the CPU twin give the same lattice — every
 * state word and field value — and the same per-hour statistics, bit for bit, after many hours in
 * which every rule fires. Lattice sides that are not multiples of the workgroup (8) or odd exercise
 * the kernels' bounds guards and the red-black column mapping.
 */
import { describe, expect, it } from 'vitest';
import type { ParamValues } from '../../src/model/registry';
import type { HourStats } from '../../src/model/stats';
import { describeStatsDifference } from '../helpers/compare';
import { withDevice, type DeviceScope } from '../helpers/gpu';
import { describeDifference } from '../helpers/lattice';
import { testValues, total, twinAt } from '../helpers/twin';

const NAMES = ['GPU', 'CPU twin'];

/** Runs both steppers side by side; compares after reset and after every chunk of hours. */
async function runBoth(scope: DeviceScope, values: ParamValues, chunks: number[]): Promise<HourStats[]> {
  const sim = scope.simulation();
  // The GPU works on its own threads while the twin computes on this one.
  const gpuReset = sim.reset(values);
  const twin = await twinAt(values);
  await gpuReset;
  expect(
    describeDifference(await sim.readState(), await twin.readState(), NAMES),
    'after reset (initial lattice and converged fields)',
  ).toBeNull();
  const series: HourStats[] = [];
  for (const hours of chunks) {
    const gpuRun = sim.step(hours);
    const twinStats = await twin.step(hours);
    const gpuStats = await gpuRun;
    const at = `after hour ${series.length + hours}`;
    expect(describeStatsDifference(gpuStats, twinStats, NAMES), `statistics up to ${at}`).toBeNull();
    expect(describeDifference(await sim.readState(), await twin.readState(), NAMES), `lattice ${at}`).toBeNull();
    series.push(...gpuStats);
  }
  return series;
}

const peak = (series: HourStats[], column: string): number => Math.max(...series.map((s) => s.counts[column]));

describe('GPU engine equals the CPU twin bit for bit', () => {
  it('on 128² for 100 h in which T cells are recruited, activate, kill and exhaust, and the tumour divides and turns necrotic', async () => {
    // A large disk far from the vessels gives a necrotic, hypoxic core; strong recruitment brings
    // T cells that activate, kill and exhaust at the rim while the rim divides.
    const values = testValues({
      latticeSize: 128,
      tumorRadius: 400,
      ctlRecruitmentRate: 0.5,
      vesselDensity: 0.01,
      fieldResetSweeps: 300,
      seed: 2024,
    });
    const series = await withDevice((scope) => runBoth(scope, values, [1, 24, 25, 50]));
    expect(series).toHaveLength(100);
    for (const column of ['kills', 'recruited', 'divisions']) expect(total(series, column), `${column} happened`).toBeGreaterThan(0);
    for (const column of ['necrotic', 'hypoxic_tumour', 'ctl_activated', 'ctl_exhausted']) {
      expect(peak(series, column), `${column} happened`).toBeGreaterThan(0);
    }
  });

  it.each([
    [96, 'a multiple of the workgroup'],
    [100, 'not a multiple of the workgroup'],
    [99, 'odd'],
  ])('on %i² (%s) with 3 sub-steps and 5 field sweeps per hour for 30 h', async (side) => {
    const values = testValues({
      latticeSize: side,
      substeps: 3,
      fieldSweepsPerHour: 5,
      fieldResetSweeps: 300,
      ctlRecruitmentRate: 0.5,
      vesselDensity: 0.01,
      seed: side,
    });
    const series = await withDevice((scope) => runBoth(scope, values, [10, 20]));
    for (const column of ['kills', 'recruited', 'divisions']) expect(total(series, column), `${column} happened`).toBeGreaterThan(0);
  });
});
