/**
 * The benchmark protocol (docs/performance.md), DOM-free so that the page, Chromium driven by the
 * CLI, and Node on Dawn run the very same steps on their own GpuStepper objects:
 * for each lattice side, reset the fixed scenario, warm up, time whole model hours (throughput),
 * time each pass group alone, one rendered frame, the bandwidth probe and a Game-of-Life generation.
 */
import type { GpuHandle } from '../engine/device';
import { GpuStepper, type EngineOptions } from '../engine/gpu-stepper';
import { MAX_BATCH_HOURS } from '../engine/clock';
import { BenchKernels, KERNEL_BYTES_PER_SITE, type KernelName } from './kernels';
import { GpuTimer } from './gpu-timer';
import { renderFrames } from './offscreen';
import { BENCH_PRESET, BENCH_SEED, benchValues, WARMUP_HOURS } from './scenario';
import { groupBytesPerSite, onlyGroup, PASS_GROUPS, type PassGroup } from './traffic';
import { adapterRecord } from './adapter';
import {
  BENCH_SCHEMA,
  type BenchEnvironment,
  type BenchResult,
  type GroupResult,
  type KernelResult,
  type SizeResult,
} from './result';

export interface BenchOptions {
  /** Lattice sides to run; default 128, 256, … up to the adapter's largest, within the budget. */
  sizes?: number[];
  /** At most this many model hours timed per size for throughput. */
  hours?: number;
  /** Seconds of measurement aimed at per size. */
  budgetSeconds?: number;
  /** Engine options to run with (field sweeps tiled, intents fused: GpuStepper's EngineOptions). */
  engine?: EngineOptions;
}

export interface BenchHooks {
  environment: BenchEnvironment;
  appVersion: string;
  /** Fraction done (0..1) and what runs now. */
  progress?: (fraction: number, label: string) => void;
  signal?: AbortSignal;
  report?: (message: string) => void;
}

export const FIRST_SIDE = 128;
export const DEFAULT_BUDGET_SECONDS = 20;
const DEFAULT_MAX_HOURS = 256;
/** The default ladder stops before a size whose set-up and warm-up would exceed this many budgets. */
const SETUP_LIMIT = 5;
/** Shares of the per-size budget: whole hours, the groups alone, then render and kernels each. */
const SHARE = { hours: 0.5, groups: 0.3, each: 0.04 };
/** Dispatches or frames timed at least, and at most, per measurement. */
const MIN_REPS = 2;
const MAX_REPS = 256;
const KERNEL_RUNS = 3;

const now = (): number => performance.now();

/** 128, 256, … up to `maxSide`. */
export function ladder(maxSide: number): number[] {
  const sides: number[] = [];
  for (let s = FIRST_SIDE; s <= maxSide; s *= 2) sides.push(s);
  return sides;
}

export async function runBenchmark(gpu: GpuHandle, options: BenchOptions, hooks: BenchHooks): Promise<BenchResult> {
  const budget = options.budgetSeconds ?? DEFAULT_BUDGET_SECONDS;
  const explicit = options.sizes !== undefined;
  const sides = (options.sizes ?? ladder(gpu.maxSide)).filter((s) => s <= gpu.maxSide);
  const values = benchValues(FIRST_SIDE);
  const engine: Required<EngineOptions> = {
    tiledSweeps: options.engine?.tiledSweeps === true,
    fusedIntents: options.engine?.fusedIntents === true,
  };
  const result: BenchResult = {
    schema: BENCH_SCHEMA,
    date: new Date().toISOString(),
    appVersion: hooks.appVersion,
    environment: hooks.environment,
    adapter: adapterRecord(gpu),
    timing: gpu.device.features.has('timestamp-query') ? 'timestamp-query' : 'cpu-batched',
    engine,
    scenario: {
      preset: BENCH_PRESET,
      seed: BENCH_SEED,
      warmupHours: WARMUP_HOURS,
      substeps: values.substeps,
      fieldSweepsPerHour: values.fieldSweepsPerHour,
      fieldResetSweeps: values.fieldResetSweeps,
    },
    budgetSeconds: budget,
    sizes: [],
    stopped: null,
  };
  for (const [index, side] of sides.entries()) {
    const progress = (f: number, label: string): void =>
      hooks.progress?.((index + f) / sides.length, `${side} × ${side}: ${label}`);
    const size = await benchSize(gpu, side, options.hours ?? DEFAULT_MAX_HOURS, budget, engine, { ...hooks, progress });
    result.sizes.push(size);
    const next = sides[index + 1];
    // The next side has four times the sites, so about four times this one's set-up and warm-up.
    if (!explicit && next && 4 * size.setupSeconds > SETUP_LIMIT * budget) {
      result.stopped = `stopped before ${next} × ${next}: its set-up and warm-up alone would take about ${Math.round(4 * size.setupSeconds)} s, over ${SETUP_LIMIT} × the ${budget} s budget per size (ask for it with --sizes, or a larger --budget)`;
      break;
    }
  }
  hooks.progress?.(1, 'done');
  return result;
}

async function benchSize(
  gpu: GpuHandle,
  side: number,
  maxHours: number,
  budget: number,
  engine: EngineOptions,
  hooks: BenchHooks & { progress: (f: number, label: string) => void },
): Promise<SizeResult> {
  const start = now();
  const values = benchValues(side);
  const sim = new GpuStepper(gpu, engine);
  sim.onMessage = hooks.report ?? sim.onMessage;
  const timer = new GpuTimer(gpu.device);
  const kernels = new BenchKernels(gpu.device, side, sim.onMessage);
  const check = (f: number, label: string): void => {
    hooks.signal?.throwIfAborted();
    hooks.progress(f, label);
  };
  try {
    check(0, 'set-up');
    await sim.reset(values);
    check(0.1, `warm-up (${WARMUP_HOURS} h)`);
    await sim.step(WARMUP_HOURS);
    const setupSeconds = (now() - start) / 1000;
    check(0.2, 'whole hours');
    const whole = await timeHours(sim, timer, maxHours, budget * SHARE.hours);
    const groups: Partial<Record<PassGroup, number>> = {};
    const groupHours = clamp(Math.floor((budget * SHARE.groups * 1000) / whole.wallMs), 1, MAX_BATCH_HOURS);
    for (const [i, group] of PASS_GROUPS.entries()) {
      check(0.5 + 0.05 * i, `${group} alone`);
      groups[group] =
        group === 'render'
          ? await renderFrames(gpu.device, sim.view, budget * SHARE.each * 1000, sim.onMessage)
          : await timeGroup(sim, timer, group, groupHours);
    }
    const kernelMs: Partial<Record<KernelName, number>> = {};
    for (const [i, name] of (['copy', 'stencil', 'life'] as const).entries()) {
      check(0.8 + 0.07 * i, `${name} kernel`);
      kernelMs[name] = await timeKernel(gpu.device, timer, kernels, name, budget * SHARE.each * 1000);
    }
    return sizeResult(
      side,
      groupBytesPerSite(values, engine),
      whole,
      groups as Record<PassGroup, number>,
      kernelMs as Record<KernelName, number>,
      { setupSeconds, seconds: (now() - start) / 1000 },
    );
  } finally {
    sim.destroy();
    timer.destroy();
    kernels.destroy();
  }
}

interface WholeHours {
  hours: number;
  wallMs: number;
  /** GPU time per hour from timestamps, or the wall clock's. */
  ms: number;
}

/** Whole model hours in batches (one submit each) until `maxHours` or `budgetSeconds` is spent. */
async function timeHours(
  sim: GpuStepper,
  timer: GpuTimer,
  maxHours: number,
  budgetSeconds: number,
): Promise<WholeHours> {
  let hours = 0;
  let wall = 0;
  let gpuMs = 0;
  let batch = 1;
  while (hours < maxHours) {
    const n = Math.min(batch, maxHours - hours);
    sim.timestampWrites = timer.writes();
    const t = now();
    await sim.step(n);
    wall += now() - t;
    sim.timestampWrites = undefined;
    gpuMs += (await timer.read()) ?? NaN;
    hours += n;
    const left = budgetSeconds * 1000 - wall;
    if (left <= 0) break;
    batch = clamp(Math.floor(left / (wall / hours)), 1, MAX_BATCH_HOURS);
  }
  return { hours, wallMs: wall / hours, ms: (Number.isFinite(gpuMs) ? gpuMs : wall) / hours };
}

/** Milliseconds per model hour of one pass group run alone, `hours` hours in one submit. */
async function timeGroup(sim: GpuStepper, timer: GpuTimer, group: PassGroup, hours: number): Promise<number> {
  sim.passFilter = onlyGroup(group);
  try {
    await sim.step(1); // pipelines of a group first used alone
    sim.timestampWrites = timer.writes();
    const t = now();
    await sim.step(hours);
    const wall = now() - t;
    sim.timestampWrites = undefined;
    return ((await timer.read()) ?? wall) / hours;
  } finally {
    sim.passFilter = null;
    sim.timestampWrites = undefined;
  }
}

/** Milliseconds per dispatch of a bench kernel, repeated to fill about `budgetMs`. */
async function timeKernel(
  device: GPUDevice,
  timer: GpuTimer,
  kernels: BenchKernels,
  name: KernelName,
  budgetMs: number,
): Promise<number> {
  const run = async (reps: number): Promise<number> => {
    const encoder = device.createCommandEncoder({ label: `bench.${name}` });
    const pass = encoder.beginComputePass({ label: `bench.${name}.pass`, timestampWrites: timer.writes() });
    kernels.encode(pass, name, reps);
    pass.end();
    const t = now();
    device.queue.submit([encoder.finish()]);
    await device.queue.onSubmittedWorkDone();
    const wall = now() - t;
    return ((await timer.read()) ?? wall) / reps;
  };
  const first = await run(MIN_REPS);
  // The median of three runs, each a third of the budget: one burst of other work on a shared machine moves it less.
  const reps = clamp(Math.floor(budgetMs / KERNEL_RUNS / Math.max(first, 1e-3)), MIN_REPS, MAX_REPS);
  const times: number[] = [];
  for (let i = 0; i < KERNEL_RUNS; i++) times.push(await run(reps));
  return times.sort((a, b) => a - b)[KERNEL_RUNS >> 1];
}

function sizeResult(
  side: number,
  bytes: Record<PassGroup, number>,
  whole: WholeHours,
  groupMs: Record<PassGroup, number>,
  kernelMs: Record<KernelName, number>,
  time: { setupSeconds: number; seconds: number },
): SizeResult {
  const sites = side * side;
  const rate = (bytesPerSite: number, ms: number): number => (bytesPerSite * sites) / (ms / 1000);
  const kernels = Object.fromEntries(
    Object.entries(kernelMs).map(([k, ms]) => [
      k,
      { ms, bytesPerSecond: rate(KERNEL_BYTES_PER_SITE[k as KernelName], ms) },
    ]),
  ) as Record<KernelName, KernelResult>;
  const probe = Math.max(kernels.copy.bytesPerSecond, kernels.stencil.bytesPerSecond);
  const groups = Object.fromEntries(
    PASS_GROUPS.map((g) => {
      const r: GroupResult = {
        ms: groupMs[g],
        bytesPerSite: bytes[g],
        bytesPerSecond: rate(bytes[g], groupMs[g]),
        fractionOfProbe: rate(bytes[g], groupMs[g]) / probe,
      };
      return [g, r];
    }),
  ) as Record<PassGroup, GroupResult>;
  const hoursPerSecond = 1000 / whole.wallMs;
  return {
    side,
    sites,
    hours: whole.hours,
    hoursPerSecond,
    siteHoursPerSecond: hoursPerSecond * sites,
    msPerHour: whole.ms,
    groups,
    kernels,
    probeBytesPerSecond: probe,
    hourInLifeGenerations: whole.ms / kernels.life.ms,
    ...time,
  };
}

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
