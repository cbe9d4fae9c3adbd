/**
 * Driving the CPU twin in tests. Vitest's module runner turns every call of an imported function
 * into a live-binding lookup, which makes the twin's inner loops (cellType, neighbourOf, draw, …)
 * 3–5× slower than in Node; so the twin is loaded natively through tsx — the same source files, at
 * the speed the CLI runs them — and the suite stays within its time budget on two cores.
 */
import { tsImport } from 'tsx/esm/api';
import type { Lattice } from '../../src/model/lattice';
import type { CpuStepper } from '../../src/model/reference/cpu-stepper';
import { defaultValues, type ParamValues } from '../../src/model/registry';

type TwinModule = typeof import('../../src/model/reference/cpu-stepper');

const twinModule = tsImport('../../src/model/reference/cpu-stepper.ts', import.meta.url) as Promise<TwinModule>;

/** Registry defaults with `overrides` applied (a small lattice unless one is given). */
export const testValues = (overrides: Partial<ParamValues> = {}): ParamValues =>
  ({ ...defaultValues(), latticeSize: 64, ...overrides }) as ParamValues;

/** A CPU twin reset to `values`. */
export async function twinAt(values: ParamValues): Promise<CpuStepper> {
  const { CpuStepper } = await twinModule;
  const twin = new CpuStepper();
  await twin.reset(values);
  return twin;
}

/** A CPU twin continuing from a hand-made `lattice` (any size) with `values`. */
export async function twinFrom(lattice: Lattice, values: ParamValues): Promise<CpuStepper> {
  const { CpuStepper } = await twinModule;
  const twin = new CpuStepper();
  await twin.load(lattice, values);
  return twin;
}

/** Sum of one statistics column over a run. */
export const total = (stats: { counts: Record<string, number> }[], column: string): number =>
  stats.reduce((sum, s) => sum + s.counts[column], 0);
