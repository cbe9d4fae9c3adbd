/**
 * The CPU twin: the same hour as the GPU step (src/engine/simulation.ts), pass for pass, on the
 * same packed parameters and tables, so its lattice is the test oracle for the GPU bit for bit.
 */
import { cloneLattice, type Lattice } from '../lattice';
import { initialLattice } from '../init';
import type { ParamValues } from '../registry';
import { tickKey, tickOf } from '../rng';
import { decodeStats, STAT_COUNT, type HourStats } from '../stats';
import type { Stepper } from '../stepper';
import { buildLuts, packParams, unpackParams } from '../tables';
import { swapState, type TwinContext } from './context';
import { cellFate } from './cell-fate';
import { census } from './stats';
import { ctlIntent } from './ctl-intent';
import { fieldSweep } from './field-sweep';
import { hourIntent } from './hour-intent';
import { resolve } from './resolve';

export class CpuStepper implements Stepper {
  readonly backend = 'cpu';
  private ctx: TwinContext | null = null;
  private values: ParamValues | null = null;

  async reset(values: ParamValues): Promise<void> {
    const lattice = initialLattice(values);
    const n = lattice.width * lattice.height;
    this.values = { ...values };
    this.ctx = {
      lattice,
      next: new Uint32Array(2 * n),
      intents: new Uint32Array(n),
      params: unpackParams(packParams(values, lattice)),
      lut: buildLuts(values),
      stats: new Uint32Array(STAT_COUNT),
    };
    this.sweep(values.fieldResetSweeps);
  }

  setParams(values: ParamValues): void {
    const ctx = this.context();
    this.values = { ...values };
    ctx.params = unpackParams(packParams(values, ctx.lattice));
    ctx.lut = buildLuts(values);
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

  /** One model hour: fields, fates, hourly intents, motility sub-steps, census. */
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
    resolve(ctx);
    swapState(ctx);
    for (let s = 1; s <= ctx.params.substeps; s++) {
      ctlIntent(ctx, tickKey(seed, tickOf(hour, s)));
      resolve(ctx);
      swapState(ctx);
    }
    census(ctx);
    ctx.lattice.hour = hour + 1;
    return decodeStats(hour + 1, ctx.stats);
  }

  private sweep(count: number): void {
    const ctx = this.context();
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
