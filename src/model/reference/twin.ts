/**
 * The CPU twin: the same hour as the GPU step (src/engine/gpu-stepper.ts), pass for pass, on the
 * same packed parameters and tables, so its lattice is the test oracle for the GPU bit for bit.
 */
import { cloneLattice, type Lattice } from '../lattice';
import { initialLattice } from '../init';
import { buildLuts } from '../luts';
import type { ParamValues } from '../registry';
import { tickKey, tickOf } from '../rng';
import { decodeStats, STAT_COUNT, type HourStats } from '../stats';
import type { LiveStepper } from '../stepper';
import { packParams, unpackParams } from '../gpu-params';
import { exposureAt, Pharmacokinetics } from '../therapy/exposure';
import type { Schedule } from '../therapy/schedule';
import { swapState, type TwinContext } from './context';
import { cellFate } from './cell-fate';
import { census } from './stats';
import { immuneIntent } from './immune-intent';
import { fieldSweep } from './field-sweep';
import { hourIntent } from './hour-intent';
import { resolve } from './resolve';
import { updateSystemic } from './systemic';

/** Census and systemic state of a fresh lattice, before the first hour (shared with the GPU reset). */
export function initialSystemic(lattice: Lattice, values: ParamValues): void {
  const ctx = contextFor(lattice, values);
  census(ctx);
  updateSystemic(ctx.params, lattice.systemic, ctx.stats);
}

/** Everything the twin's passes read for `lattice` under `values` (packed params, tables, scratch). */
export function contextFor(lattice: Lattice, values: ParamValues): TwinContext {
  const n = lattice.width * lattice.height;
  return {
    lattice,
    next: new Uint32Array(2 * n),
    intents: new Uint32Array(n),
    params: unpackParams(packParams(values, lattice)),
    lut: buildLuts(values),
    stats: new Uint32Array(STAT_COUNT),
    dose: exposureAt(new Pharmacokinetics(values, []), lattice.hour),
  };
}

export class CpuStepper implements LiveStepper {
  readonly backend = 'cpu';
  onStats: (stats: HourStats[]) => void = () => {};
  onMessage: (message: string) => void = (m) => console.warn(m);
  private version = 0;
  private ctx: TwinContext | null = null;
  private values: ParamValues | null = null;
  private schedule: Schedule = [];
  private pk: Pharmacokinetics | null = null;

  async reset(values: ParamValues): Promise<void> {
    const lattice = initialLattice(values);
    initialSystemic(lattice, values);
    this.values = { ...values };
    this.pk = new Pharmacokinetics(this.values, this.schedule);
    this.ctx = contextFor(lattice, values);
    this.sweep(values.fieldResetSweeps);
    this.version++;
  }

  /** Continues from `lattice` (a snapshot) with `values`. */
  async load(lattice: Lattice, values: ParamValues): Promise<void> {
    this.values = { ...values };
    this.pk = new Pharmacokinetics(this.values, this.schedule);
    this.ctx = contextFor(cloneLattice(lattice), values);
    this.version++;
  }

  /** The hour the lattice is at: the CPU twin finishes every hour it starts. */
  get submittedHours(): number {
    return this.context().lattice.hour;
  }

  get contentVersion(): number {
    return this.version;
  }

  /** Runs `hours` hours now (the CPU has no queue to fill) and reports their statistics. */
  advance(hours: number): { hours: number; stats: Promise<HourStats[]> | null } {
    const stats: HourStats[] = [];
    for (let h = 0; h < hours; h++) stats.push(this.stepHour());
    if (hours > 0) this.onStats(stats);
    return { hours, stats: Promise.resolve(stats) };
  }

  upload(lattice: Lattice): void {
    const ctx = this.context();
    if (lattice.width !== ctx.lattice.width || lattice.height !== ctx.lattice.height)
      throw new RangeError('upload: lattice size differs');
    ctx.lattice = cloneLattice(lattice);
    this.version++;
  }

  setParams(values: ParamValues): void {
    const ctx = this.context();
    this.values = { ...values, latticeSize: ctx.lattice.width, seed: this.values!.seed };
    ctx.params = unpackParams(packParams(this.values, ctx.lattice));
    ctx.lut = buildLuts(this.values);
    this.pk = new Pharmacokinetics(this.values, this.schedule);
  }

  setSchedule(schedule: Schedule): void {
    this.schedule = schedule;
    if (this.values) this.pk = new Pharmacokinetics(this.values, schedule);
  }

  async step(hours: number): Promise<HourStats[]> {
    const out: HourStats[] = [];
    for (let h = 0; h < hours; h++) out.push(this.stepHour());
    return out;
  }

  async readState(): Promise<Lattice> {
    return cloneLattice(this.context().lattice);
  }

  destroy(): void {
    this.ctx = null;
  }

  /** One model hour: fields, fates, hourly intents, motility sub-steps, census, systemic update. */
  stepHour(): HourStats {
    const ctx = this.context();
    const seed = this.values!.seed;
    const hour = ctx.lattice.hour;
    ctx.stats.fill(0);
    this.sweep(this.values!.fieldSweepsPerHour);
    const hourKey = tickKey(seed, tickOf(hour, 0));
    cellFate(ctx, hourKey);
    swapState(ctx);
    hourIntent(ctx, hourKey);
    resolve(ctx, hourKey);
    swapState(ctx);
    for (let s = 1; s <= ctx.params.substeps; s++) {
      const key = tickKey(seed, tickOf(hour, s));
      immuneIntent(ctx, key);
      resolve(ctx, key);
      swapState(ctx);
    }
    census(ctx);
    updateSystemic(ctx.params, ctx.lattice.systemic, ctx.stats, ctx.dose.primingScaleQ8);
    ctx.lattice.hour = hour + 1;
    this.version++;
    return decodeStats(hour + 1, ctx.stats);
  }

  private sweep(count: number): void {
    const ctx = this.context();
    ctx.dose = exposureAt(this.pk!, ctx.lattice.hour);
    for (let s = 0; s < count; s++) {
      fieldSweep(ctx, 0);
      fieldSweep(ctx, 1);
    }
  }

  private context(): TwinContext {
    if (!this.ctx) throw new Error('CpuStepper: call reset() first');
    return this.ctx;
  }
}
