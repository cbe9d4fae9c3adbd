/**
 * Determinism check a user can run on their own GPU: the same parameters and seed on this device
 * and in the CPU twin, compared word for word (architecture.md §2).
 */
import type { Lattice } from '../model/lattice';
import { CpuStepper } from '../model/reference/cpu-stepper';
import type { ParamValues } from '../model/registry';
import type { Schedule } from '../model/therapy/schedule';
import type { GpuHandle } from '../engine/device';
import { GpuStepper } from '../engine/gpu-stepper';

export interface LatticeDifference {
  /** 'state' words (two per site) or 'fields' values (FIELD_COUNT planes). */
  array: 'state' | 'fields';
  index: number;
  gpu: number;
  cpu: number;
  /** Differing words in that array. */
  count: number;
}

export function firstDifference(gpu: Lattice, cpu: Lattice): LatticeDifference | null {
  for (const array of ['state', 'fields'] as const) {
    const a = gpu[array];
    const b = cpu[array];
    let first = -1;
    let count = 0;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) {
        if (first < 0) first = i;
        count++;
      }
    }
    if (first >= 0) return { array, index: first, gpu: a[first], cpu: b[first], count };
  }
  return null;
}

export interface VerifyResult {
  hours: number;
  size: number;
  difference: LatticeDifference | null;
}

export async function verifyAgainstTwin(
  gpu: GpuHandle,
  values: ParamValues,
  hours: number,
  size = 128,
  schedule: Schedule = [],
): Promise<VerifyResult> {
  const v = { ...values, latticeSize: size };
  const sim = new GpuStepper(gpu);
  const twin = new CpuStepper();
  sim.setSchedule(schedule);
  twin.setSchedule(schedule);
  try {
    await sim.reset(v);
    await twin.reset(v);
    await sim.step(hours);
    await twin.step(hours);
    return { hours, size, difference: firstDifference(await sim.readState(), await twin.readState()) };
  } finally {
    sim.destroy();
    twin.destroy();
  }
}
