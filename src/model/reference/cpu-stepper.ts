/**
 * The CPU twin as a Stepper, the pair of GpuStepper (src/engine/gpu-stepper.ts): it runs the same
 * hour plan (src/model/hour-plan.ts) rule by rule (hour-rules.ts) on the same packed parameters and
 * tables, so its lattice is the test oracle for the GPU bit for bit.
 */
import { hourPlan, resetPlan, type HourPlan } from '../hour-plan';
import { initialLattice, initialSystemic } from '../init';
import { cloneLattice, type Lattice } from '../lattice';
import { buildLuts } from '../luts';
import { packParams, unpackParams } from '../gpu-params';
import type { ParamValues } from '../registry';
import { decodeStats, type HourStats } from '../stats';
import type { LiveStepper } from '../stepper';
import { exposureAt, Pharmacokinetics } from '../therapy/exposure';
import type { Schedule } from '../therapy/schedule';
import { contextFor, type TwinContext } from './context';
import { runPlan } from './hour-rules';

export class CpuStepper implements LiveStepper {
  readonly backend = 'cpu';
  onStats: (stats: HourStats[]) => void = () => {};
  onMessage: (message: string) => void = (m) => console.warn(m);
  private version = 0;
  private ctx: TwinContext | null = null;
  private values: ParamValues | null = null;
  private plan: HourPlan = [];
  private schedule: Schedule = [];
  private pk: Pharmacokinetics | null = null;

  async reset(values: ParamValues): Promise<void> {
    const lattice = initialLattice(values);
    initialSystemic(lattice, values);
    this.use(values);
    this.ctx = contextFor(lattice, values);
    this.ctx.dose = exposureAt(this.pk!, lattice.hour);
    runPlan(this.ctx, resetPlan(values), values.seed);
    this.version++;
  }

  /** Continues from `lattice` (a snapshot) with `values`. */
  async load(lattice: Lattice, values: ParamValues): Promise<void> {
    this.use(values);
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
    this.use({ ...values, latticeSize: ctx.lattice.width, seed: this.values!.seed });
    ctx.params = unpackParams(packParams(this.values!, ctx.lattice));
    ctx.lut = buildLuts(this.values!);
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

  /** One model hour of the plan: fields, fates, hourly intents, motility sub-steps, census, systemic update. */
  stepHour(): HourStats {
    const ctx = this.context();
    const hour = ctx.lattice.hour;
    ctx.stats.fill(0);
    ctx.dose = exposureAt(this.pk!, hour);
    runPlan(ctx, this.plan, this.values!.seed);
    ctx.lattice.hour = hour + 1;
    this.version++;
    return decodeStats(hour + 1, ctx.stats);
  }

  /** Takes `values` for the hours from now: the plan and the dose schedule's pharmacokinetics. */
  private use(values: ParamValues): void {
    this.values = { ...values };
    this.plan = hourPlan(this.values);
    this.pk = new Pharmacokinetics(this.values, this.schedule);
  }

  private context(): TwinContext {
    if (!this.ctx) throw new Error('CpuStepper: call reset() first');
    return this.ctx;
  }
}
