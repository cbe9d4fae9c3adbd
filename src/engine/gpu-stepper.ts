/**
 * The GPU step (architecture.md §3): the Stepper the page, the CLI and the tests drive. One hour is
 * field sweeps → fates → hourly intents → resolve → sub-steps of CTL intents → resolve → census,
 * exactly the CPU twin's order; many hours go into one submit.
 */
import { initialLattice, initialSystemic } from '../model/init';

import { createLattice, type Lattice } from '../model/lattice';
import type { ParamValues } from '../model/registry';
import { tickKey, tickOf } from '../model/rng';
import { decodeStats, STAT_COUNT, type HourStats } from '../model/stats';
import type { LiveStepper } from '../model/stepper';
import { buildLuts } from '../model/luts';
import { FIELD_WORDS } from '../model/fields';
import { packParams } from '../model/gpu-params';
import { SYS_WORDS } from '../model/systemic-words';
import { packFields, unpackFields } from './field-pack';
import { latticeSizeProblem, type GpuHandle } from './device';
import {
  compileModule,
  FUSED_PASS_SPECS,
  INTENT_PASS_SPECS,
  LatticePass,
  PASS_SPECS,
  TILE_HALF_SWEEPS,
  TILE_PASS_SPECS,
  tiledSweepDispatches,
  type PassSpec,
} from './lattice-pass';
import { exposureAt, exposureWords, Pharmacokinetics } from '../model/therapy/exposure';
import type { Schedule } from '../model/therapy/schedule';
import { CLOCK_HEADER_WORDS, CLOCK_STRIDE, MAX_BATCH_HOURS, MAX_SUBSTEPS, SimResources } from './resources';
import { passSource, type PassName } from './shaders';
import { StatsRing, type StatsBatch } from './stats-ring';

/** A LatticePass for each spec of a table of specs. */
type PassesOf<T> = Record<keyof T, LatticePass>;

export interface EngineOptions {
  /**
   * Relax the fields TILE_HALF_SWEEPS half-sweeps at a time in workgroup memory (field-tile.wgsl)
   * instead of one half-sweep per pass over the lattice. The lattice is bit-identical either way;
   * which is faster depends on the adapter (on SwiftShader the tiles are several times slower,
   * docs/performance.md), so it is off unless asked for (`npm run bench -- --tiled-sweeps`).
   */
  tiledSweeps?: boolean;
  /**
   * Compute each intent pass's intents in workgroup memory and resolve them in the same dispatch
   * (intent-resolve.wgsl), one dispatch instead of two and no intents buffer traffic. The lattice is
   * bit-identical either way; on SwiftShader the sub-steps take 2.3 × as long (a whole hour about
   * 1.5 ×, docs/performance.md), so it is off unless asked for (`npm run bench -- --fused-intents`).
   */
  fusedIntents?: boolean;
}

export class GpuStepper implements LiveStepper {
  readonly backend = 'gpu';
  /** Called with every hour's statistics, in order, as readbacks complete. */
  onStats: (stats: HourStats[]) => void = () => {};
  /** Shader compilation messages and other engine diagnostics. */
  onMessage: (message: string) => void = (m) => console.warn(m);
  /** Benchmark hook (src/bench): when set, hours encode only the passes it accepts. */
  passFilter: ((spec: PassSpec) => boolean) | null = null;
  /** Benchmark hook: timestamp writes for the compute pass of the next advance(). */
  timestampWrites: GPUComputePassTimestampWrites | undefined = undefined;

  private res: SimResources | null = null;
  private passes: PassesOf<typeof PASS_SPECS> | null = null;
  /** Exactly one of intentPasses (the default) and fused is set. */
  private intentPasses: PassesOf<typeof INTENT_PASS_SPECS> | null = null;
  private fused: PassesOf<typeof FUSED_PASS_SPECS> | null = null;
  private tiles: PassesOf<typeof TILE_PASS_SPECS> | null = null;
  private ring: StatsRing | null = null;
  private values: ParamValues | null = null;
  private schedule: Schedule = [];
  private pk: Pharmacokinetics | null = null;
  private readonly modules = new Map<PassName, GPUShaderModule>();
  private readonly clockWords = new Uint32Array((MAX_BATCH_HOURS * (MAX_SUBSTEPS + 1) * CLOCK_STRIDE) / 4);
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
    this.sweepFields(values.fieldResetSweeps);
    await this.device.queue.onSubmittedWorkDone();
  }

  setParams(values: ParamValues): void {
    const res = this.resources();
    if (values.substeps > MAX_SUBSTEPS) throw new RangeError(`substeps: at most ${MAX_SUBSTEPS}`);
    this.values = { ...this.values, ...values, latticeSize: res.width, seed: this.values!.seed };
    this.device.queue.writeBuffer(res.params, 0, packParams(this.values, res));
    this.device.queue.writeBuffer(res.lut, 0, buildLuts(this.values));
    this.pk = new Pharmacokinetics(this.values, this.schedule);
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
    const substeps = this.values!.substeps;
    this.writeClock(firstHour, n, substeps);
    const encoder = this.device.createCommandEncoder({ label: 'hours' });
    encoder.clearBuffer(res.stats, 0, n * STAT_COUNT * 4);
    const pass = encoder.beginComputePass({ label: 'hours.pass', timestampWrites: this.timestampWrites });
    for (let h = 0; h < n; h++) this.encodeHour(pass, h, substeps);
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
    this.passes = null;
    this.intentPasses = null;
    this.fused = null;
    this.tiles = null;
  }

  private allocate(width: number, height: number): void {
    this.destroy();
    const { tiledSweeps = false, fusedIntents = false } = this.options;
    const res = new SimResources(this.device, width, height, { spareFields: tiledSweeps, intents: !fusedIntents });
    const module = (name: PassName): GPUShaderModule => {
      if (!this.modules.has(name))
        this.modules.set(name, compileModule(this.device, name, passSource(name), this.onMessage));
      return this.modules.get(name)!;
    };
    const build = <T extends Record<string, PassSpec>>(specs: T): PassesOf<T> =>
      Object.fromEntries(
        Object.entries(specs).map(([key, spec]) => [key, new LatticePass(res, spec, module(spec.name))]),
      ) as PassesOf<T>;
    this.passes = build(PASS_SPECS);
    this.intentPasses = fusedIntents ? null : build(INTENT_PASS_SPECS);
    this.fused = fusedIntents ? build(FUSED_PASS_SPECS) : null;
    this.tiles = tiledSweeps ? build(TILE_PASS_SPECS) : null;
    this.ring = new StatsRing(this.device, MAX_BATCH_HOURS);
    this.res = res;
  }

  private writeClock(firstHour: number, hours: number, substeps: number): void {
    const seed = this.values!.seed;
    const perHour = substeps + 1;
    for (let h = 0; h < hours; h++) {
      const hour = firstHour + h;
      const exposure = exposureAt(this.pk!, hour);
      for (let phase = 0; phase <= substeps; phase++) {
        const o = ((h * perHour + phase) * CLOCK_STRIDE) / 4;
        this.clockWords[o] = tickKey(seed, tickOf(hour, phase));
        this.clockWords[o + 1] = hour;
        this.clockWords[o + 2] = h;
        this.clockWords[o + 3] = phase;
        exposureWords(exposure, this.clockWords, o + CLOCK_HEADER_WORDS);
      }
    }
    this.device.queue.writeBuffer(this.resources().clock, 0, this.clockWords, 0, (hours * perHour * CLOCK_STRIDE) / 4);
  }

  private encodeHour(pass: GPUComputePassEncoder, h: number, substeps: number): void {
    const p = this.passes!;
    const res = this.resources();
    const record = (phase: number): number[] => [(h * (substeps + 1) + phase) * CLOCK_STRIDE];
    pass.setBindGroup(0, res.shared, record(0));
    this.encodeSweeps(pass, this.values!.fieldSweepsPerHour);
    this.run(pass, p.cellFate);
    this.encodeIntents(pass, 'hour');
    for (let s = 1; s <= substeps; s++) {
      pass.setBindGroup(0, res.shared, record(s));
      this.encodeIntents(pass, 'immune');
    }
    pass.setBindGroup(0, res.shared, record(0));
    this.run(pass, p.stats);
    this.run(pass, p.systemic);
  }

  /** The hourly or a sub-step's intents and their resolve: two passes, or one with fusedIntents. */
  private encodeIntents(pass: GPUComputePassEncoder, phase: 'hour' | 'immune'): void {
    if (this.fused) {
      this.run(pass, phase === 'hour' ? this.fused.hourIntentResolve : this.fused.immuneIntentResolve);
      return;
    }
    const p = this.intentPasses!;
    this.run(pass, phase === 'hour' ? p.hourIntent : p.immuneIntent);
    this.run(pass, p.resolve);
  }

  /** `sweeps` red-black sweeps: with tiledSweeps TILE_HALF_SWEEPS at a time where they fit, the rest over the lattice. */
  private encodeSweeps(pass: GPUComputePassEncoder, sweeps: number): void {
    const tiled = this.tiles ? tiledSweepDispatches(sweeps) : 0;
    for (let t = 0; t < tiled; t++) this.run(pass, t % 2 === 0 ? this.tiles!.sweepTileOut : this.tiles!.sweepTileBack);
    for (let s = (tiled * TILE_HALF_SWEEPS) / 2; s < sweeps; s++) {
      this.run(pass, this.passes!.sweepRed);
      this.run(pass, this.passes!.sweepBlack);
    }
  }

  /** Relaxes the fields `sweeps` times on the current lattice (used at reset). */
  private sweepFields(sweeps: number): void {
    const res = this.resources();
    this.writeClock(this.hoursSubmitted, 1, 0);
    const encoder = this.device.createCommandEncoder({ label: 'resetSweeps' });
    const pass = encoder.beginComputePass({ label: 'resetSweeps.pass' });
    pass.setBindGroup(0, res.shared, [0]);
    this.encodeSweeps(pass, sweeps);
    pass.end();
    this.device.queue.submit([encoder.finish()]);
    this.version++;
  }

  private run(pass: GPUComputePassEncoder, lp: LatticePass): void {
    if (this.passFilter && !this.passFilter(lp.spec)) return;
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
