/**
 * The GPU step (architecture.md §3): the Stepper the page, the CLI and the tests drive, the pair of
 * CpuStepper (src/model/reference/cpu-stepper.ts). It runs the same hour plan
 * (src/model/hour-plan.ts) as the passes hour-passes.ts maps it onto; many hours go into one submit.
 */
import { initialLattice, initialSystemic } from '../model/init';
import { hourPlan, phasesOf, resetPlan, type HourPlan } from '../model/hour-plan';
import { createLattice, type Lattice } from '../model/lattice';
import type { ParamValues } from '../model/registry';
import { decodeStats, STAT_COUNT, type HourStats } from '../model/stats';
import type { LiveStepper } from '../model/stepper';
import { buildLuts } from '../model/luts';
import { FIELD_WORDS } from '../model/fields';
import { packParams } from '../model/gpu-params';
import { SYS_WORDS } from '../model/systemic-words';
import { Pharmacokinetics } from '../model/therapy/exposure';
import type { Schedule } from '../model/therapy/schedule';
import { clockOffset, CLOCK_RECORDS, CLOCK_STRIDE, MAX_BATCH_HOURS, MAX_SUBSTEPS, writeClock } from './clock';
import { packFields, unpackFields } from './field-pack';
import { latticeSizeProblem, type GpuHandle } from './device';
import { plannedPasses, type EngineOptions, type PlannedPass } from './hour-passes';
import { compileModule, LatticePass } from './lattice-pass';
import { PASSES, type PassName } from './pass-table';
import { SimResources } from './resources';
import { simulationSource } from './shaders';
import { StatsRing, type StatsBatch } from './stats-ring';

export type { EngineOptions } from './hour-passes';

export class GpuStepper implements LiveStepper {
  readonly backend = 'gpu';
  /** Called with every hour's statistics, in order, as readbacks complete. */
  onStats: (stats: HourStats[]) => void = () => {};
  /** Shader compilation messages and other engine diagnostics. */
  onMessage: (message: string) => void = (m) => console.warn(m);
  /** Benchmark hook (src/bench): when set, hours encode only the passes it accepts. */
  passFilter: ((pass: PlannedPass) => boolean) | null = null;
  /** Benchmark hook: timestamp writes for the compute pass of the next advance(). */
  timestampWrites: GPUComputePassTimestampWrites | undefined = undefined;

  private res: SimResources | null = null;
  /** The passes built so far for these resources, each when an hour first needs it. */
  private readonly built = new Map<PassName, LatticePass>();
  private readonly modules = new Map<string, GPUShaderModule>();
  private ring: StatsRing | null = null;
  private values: ParamValues | null = null;
  /** The hour plan under the current values, as passes, and its clock records per hour. */
  private hour: PlannedPass[] = [];
  private phases = 1;
  private schedule: Schedule = [];
  private pk: Pharmacokinetics | null = null;
  private readonly clockWords = new Uint32Array((CLOCK_RECORDS * CLOCK_STRIDE) / 4);
  /** Index of the state buffer that holds the current lattice. */
  private cur: 0 | 1 = 0;
  /** Hours encoded so far (the GPU may still be working on the last batches). */
  private hoursSubmitted = 0;
  private version = 0;

  constructor(
    readonly gpu: GpuHandle,
    readonly options: EngineOptions = {},
  ) {}

  get device(): GPUDevice {
    return this.gpu.device;
  }

  get width(): number {
    return this.resources().width;
  }

  /** Hours submitted to the GPU; stats for them may still be on their way. */
  get submittedHours(): number {
    return this.hoursSubmitted;
  }

  /** Changes whenever the lattice does (hours submitted, a lattice uploaded): for redrawing only on change. */
  get contentVersion(): number {
    return this.version;
  }

  /** Buffers the renderer reads: current state and fields. */
  get view(): { state: GPUBuffer; fields: GPUBuffer; width: number; height: number } {
    const r = this.resources();
    return { state: r.state[this.cur], fields: r.fields, width: r.width, height: r.height };
  }

  async reset(values: ParamValues): Promise<void> {
    const problem = latticeSizeProblem(values.latticeSize, this.gpu.maxSide);
    if (problem) throw new RangeError(problem);
    const lattice = initialLattice(values);
    initialSystemic(lattice, values);
    if (!this.res || this.res.width !== lattice.width || this.res.height !== lattice.height)
      this.allocate(lattice.width, lattice.height);
    this.values = { ...values };
    this.upload(lattice);
    this.setParams(values);
    this.runReset(resetPlan(values));
    await this.device.queue.onSubmittedWorkDone();
  }

  setParams(values: ParamValues): void {
    const res = this.resources();
    if (values.substeps > MAX_SUBSTEPS) throw new RangeError(`substeps: at most ${MAX_SUBSTEPS}`);
    this.values = { ...this.values, ...values, latticeSize: res.width, seed: this.values!.seed };
    this.device.queue.writeBuffer(res.params, 0, packParams(this.values, res));
    this.device.queue.writeBuffer(res.lut, 0, buildLuts(this.values));
    this.pk = new Pharmacokinetics(this.values, this.schedule);
    const plan = hourPlan(this.values);
    this.hour = plannedPasses(plan, this.options);
    this.phases = phasesOf(plan);
  }

  /** The dose schedule from now on (doses before the current hour have already acted). */
  setSchedule(schedule: Schedule): void {
    this.schedule = schedule;
    if (this.values) this.pk = new Pharmacokinetics(this.values, schedule);
  }

  /**
   * Encodes and submits up to MAX_BATCH_HOURS hours without waiting. Returns the hours submitted
   * (0 when every statistics buffer is still in flight: try again next frame) and the promise of
   * their statistics.
   */
  advance(hours: number): { hours: number; stats: Promise<HourStats[]> | null } {
    const res = this.resources();
    const n = Math.min(hours, MAX_BATCH_HOURS);
    const readback = n > 0 ? this.ring!.acquire() : null;
    if (!readback) return { hours: 0, stats: null };
    const firstHour = this.hoursSubmitted;
    this.uploadClock(firstHour, n, this.phases);
    const encoder = this.device.createCommandEncoder({ label: 'hours' });
    encoder.clearBuffer(res.stats, 0, n * STAT_COUNT * 4);
    const pass = encoder.beginComputePass({ label: 'hours.pass', timestampWrites: this.timestampWrites });
    for (let slot = 0; slot < n; slot++) this.encodePlan(pass, this.hour, slot, this.phases);
    pass.end();
    encoder.copyBufferToBuffer(res.stats, 0, readback, 0, n * STAT_COUNT * 4);
    this.device.queue.submit([encoder.finish()]);
    this.hoursSubmitted += n;
    this.version++;
    const stats = this.ring!.collect(readback, firstHour, n).then((batch) => this.decode(batch));
    stats.then(this.onStats, (e: unknown) => this.onMessage(`statistics readback failed: ${String(e)}`));
    return { hours: n, stats };
  }

  async step(hours: number): Promise<HourStats[]> {
    const out: HourStats[] = [];
    let left = hours;
    const pending: Promise<HourStats[]>[] = [];
    while (left > 0) {
      const { hours: done, stats } = this.advance(left);
      if (stats) {
        pending.push(stats);
        left -= done;
      } else {
        out.push(...(await pending.shift()!));
      }
    }
    for (const p of pending) out.push(...(await p));
    return out;
  }

  async readState(): Promise<Lattice> {
    const res = this.resources();
    const stateBytes = res.sites * 8;
    const fieldBytes = res.sites * 4 * FIELD_WORDS;
    const staging = this.device.createBuffer({
      label: 'readState',
      size: stateBytes + fieldBytes + SYS_WORDS * 4,
      usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
    });
    const encoder = this.device.createCommandEncoder({ label: 'readState' });
    encoder.copyBufferToBuffer(res.state[this.cur], 0, staging, 0, stateBytes);
    encoder.copyBufferToBuffer(res.fields, 0, staging, stateBytes, fieldBytes);
    encoder.copyBufferToBuffer(res.systemic, 0, staging, stateBytes + fieldBytes, SYS_WORDS * 4);
    this.device.queue.submit([encoder.finish()]);
    const hour = this.hoursSubmitted;
    await staging.mapAsync(GPUMapMode.READ);
    const words = new Uint32Array(staging.getMappedRange().slice(0));
    staging.destroy();
    const lattice = createLattice(res.width, res.height);
    lattice.hour = hour;
    lattice.state = words.slice(0, res.sites * 2);
    lattice.fields = unpackFields(words.subarray(res.sites * 2, res.sites * (2 + FIELD_WORDS)), res.sites);
    lattice.systemic = words.slice(res.sites * (2 + FIELD_WORDS));
    return lattice;
  }

  /** Replaces the lattice with `lattice` (same size), e.g. a restored snapshot. */
  upload(lattice: Lattice): void {
    const res = this.resources();
    if (lattice.width !== res.width || lattice.height !== res.height)
      throw new RangeError('upload: lattice size differs');
    // Packed first: a field value that does not fit is refused before anything is replaced.
    const fields = packFields(lattice.fields, res.sites);
    this.cur = 0;
    this.hoursSubmitted = lattice.hour;
    this.version++;
    this.device.queue.writeBuffer(res.state[0], 0, lattice.state);
    this.device.queue.writeBuffer(res.fields, 0, fields);
    this.device.queue.writeBuffer(res.systemic, 0, lattice.systemic);
  }

  destroy(): void {
    this.ring?.destroy();
    this.res?.destroy();
    this.ring = null;
    this.res = null;
    this.built.clear();
  }

  private allocate(width: number, height: number): void {
    this.destroy();
    const { tiledSweeps = false, fusedIntents = false } = this.options;
    this.res = new SimResources(this.device, width, height, { spareFields: tiledSweeps, intents: !fusedIntents });
    this.ring = new StatsRing(this.device, MAX_BATCH_HOURS);
  }

  /** The pass `name` on these resources, built (and its module compiled, once per device) on first use. */
  private latticePass(name: PassName): LatticePass {
    let pass = this.built.get(name);
    if (!pass) {
      const def = PASSES[name];
      let module = this.modules.get(def.module);
      if (!module) {
        module = compileModule(this.device, def.module, simulationSource(def.sources), this.onMessage);
        this.modules.set(def.module, module);
      }
      pass = new LatticePass(this.resources(), name, def, module);
      this.built.set(name, pass);
    }
    return pass;
  }

  private uploadClock(firstHour: number, hours: number, phases: number): void {
    const batch = { seed: this.values!.seed, firstHour, hours, phases };
    const words = writeClock(this.clockWords, batch, this.pk!);
    this.device.queue.writeBuffer(this.resources().clock, 0, this.clockWords, 0, words);
  }

  /** One hour's passes into `pass`, each step with the clock record of its phase in batch slot `slot`. */
  private encodePlan(pass: GPUComputePassEncoder, passes: readonly PlannedPass[], slot: number, phases: number): void {
    const res = this.resources();
    let phase = -1;
    for (const planned of passes) {
      if (planned.step.phase !== phase) {
        phase = planned.step.phase;
        pass.setBindGroup(0, res.shared, [clockOffset(slot, phases, phase)]);
      }
      this.run(pass, planned);
    }
  }

  /** Runs `plan` (the reset's field sweeps) on the current lattice at its hour, in one submit. */
  private runReset(plan: HourPlan): void {
    const phases = phasesOf(plan);
    this.uploadClock(this.hoursSubmitted, 1, phases);
    const encoder = this.device.createCommandEncoder({ label: 'reset' });
    const pass = encoder.beginComputePass({ label: 'reset.pass' });
    this.encodePlan(pass, plannedPasses(plan, this.options), 0, phases);
    pass.end();
    this.device.queue.submit([encoder.finish()]);
    this.version++;
  }

  private run(pass: GPUComputePassEncoder, planned: PlannedPass): void {
    if (this.passFilter && !this.passFilter(planned)) return;
    const lp = this.latticePass(planned.pass);
    lp.encode(pass, this.cur);
    if (lp.flips) this.cur = this.cur === 0 ? 1 : 0;
  }

  private decode(batch: StatsBatch): HourStats[] {
    return batch.records.map((r, i) => decodeStats(batch.firstHour + i + 1, r));
  }

  private resources(): SimResources {
    if (!this.res) throw new Error('GpuStepper: call reset() first');
    return this.res;
  }
}
