/**
 * Running the GPU engine and the CPU twin side by side and comparing them bit for bit (state words,
 * fields, systemic compartment and per-hour statistics) after reset and after every chunk of hours.
 */
import type { EngineOptions } from '../../src/engine/gpu-stepper';
import { expect } from 'vitest';
import type { Lattice } from '../../src/model/lattice';
import type { ParamValues } from '../../src/model/registry';
import type { HourStats } from '../../src/model/stats';
import type { Schedule } from '../../src/model/therapy/schedule';
import { describeStatsDifference } from './compare';
import type { DeviceScope } from './gpu';
import { describeDifference } from './lattice';
import { twinAt } from './twin';

const NAMES = ['GPU', 'CPU twin'];

export interface BothRun {
  /** The statistics of every hour (equal on both). */
  series: HourStats[];
  /** The lattice after reset and at the end (equal on both). */
  start: Lattice;
  end: Lattice;
}

/** Runs both steppers (with a dose schedule from hour 0); fails the test at the first chunk after which they differ. */
export async function runBoth(
  scope: DeviceScope,
  values: ParamValues,
  chunks: number[],
  schedule: Schedule = [],
  options: EngineOptions = {},
): Promise<BothRun> {
  const sim = scope.simulation(undefined, options);
  // The GPU works on its own threads while the twin computes on this one.
  const gpuReset = sim.reset(values);
  const twin = await twinAt(values);
  await gpuReset;
  sim.setSchedule(schedule);
  twin.setSchedule(schedule);
  const start = await sim.readState();
  expect(
    describeDifference(start, await twin.readState(), NAMES),
    'after reset (initial lattice, converged fields, systemic)',
  ).toBeNull();
  const series: HourStats[] = [];
  let end = start;
  for (const hours of chunks) {
    const gpuRun = sim.step(hours);
    const twinStats = await twin.step(hours);
    const gpuStats = await gpuRun;
    const at = `after hour ${series.length + hours}`;
    expect(describeStatsDifference(gpuStats, twinStats, NAMES), `statistics up to ${at}`).toBeNull();
    end = await sim.readState();
    expect(describeDifference(end, await twin.readState(), NAMES), `lattice ${at}`).toBeNull();
    series.push(...gpuStats);
  }
  return { series, start, end };
}
