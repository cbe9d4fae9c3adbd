/** The benchmark's JSON record (`tme-bench/1`): what one run measured, and on what. */
import type { AdapterSummary } from '../engine/device';
import type { EngineOptions } from '../engine/gpu-stepper';
import type { KernelName } from './kernels';
import type { PassGroup } from './traffic';

export const BENCH_SCHEMA = 'tme-bench/1';

/** Where the benchmark ran, as the runner (page or CLI) knows it. */
export interface BenchEnvironment {
  /** e.g. "Chromium 156 (headless, puppeteer-core)" or "Node 20.19 + webgpu 0.6.2 (Dawn)". */
  runtime: string;
  userAgent: string;
  os: string;
  cpu: string;
  /** The host's load average when the run started, where the runner can read it (other work skews timings). */
  load?: string;
}

export interface GroupResult {
  /** Milliseconds per model hour (render: per frame). */
  ms: number;
  /** Bytes per site the group moves per hour (render: per frame), from src/bench/traffic.ts. */
  bytesPerSite: number;
  /** Effective bandwidth: bytesPerSite × sites / time. */
  bytesPerSecond: number;
  /** bytesPerSecond over the probe's achievable bandwidth. */
  fractionOfProbe: number;
}

export interface KernelResult {
  /** Milliseconds per dispatch. */
  ms: number;
  bytesPerSecond: number;
}

export interface SizeResult {
  side: number;
  sites: number;
  /** Model hours timed for throughput (after the warm-up). */
  hours: number;
  /** Wall-clock throughput: hours submitted in batches, each awaited. */
  hoursPerSecond: number;
  siteHoursPerSecond: number;
  /** Milliseconds per model hour by the run's timing method (GPU timestamps, or the wall clock). */
  msPerHour: number;
  groups: Record<PassGroup, GroupResult>;
  kernels: Record<KernelName, KernelResult>;
  /** The probe's achievable bandwidth: the faster of the copy and stencil kernels. */
  probeBytesPerSecond: number;
  /** One model hour in naive Game-of-Life generations on the same lattice (msPerHour / life ms). */
  hourInLifeGenerations: number;
  /** Seconds of reset and warm-up. */
  setupSeconds: number;
  /** Seconds this size took in all. */
  seconds: number;
}

export interface BenchResult {
  schema: typeof BENCH_SCHEMA;
  date: string;
  appVersion: string;
  environment: BenchEnvironment;
  adapter: AdapterSummary & { features: string[]; limits: Record<string, number> };
  /** How pass groups and kernels were timed; render is always timed on the CPU, batched. */
  timing: 'timestamp-query' | 'cpu-batched';
  scenario: {
    preset: string;
    seed: number;
    warmupHours: number;
    substeps: number;
    fieldSweepsPerHour: number;
    fieldResetSweeps: number;
  };
  /** Engine options the run used; absent in records from before them (fusedIntents, in older ones). */
  engine?: Required<EngineOptions>;
  /** Seconds of measurement per size the run aimed at. */
  budgetSeconds: number;
  sizes: SizeResult[];
  /** Why the size ladder stopped before the adapter's largest lattice, if it did. */
  stopped: string | null;
}
