/**
 * `npm run bench -- --node`: the benchmark protocol in Node on Dawn (npm `webgpu`). With no Vulkan
 * driver chosen and no hardware adapter found, it falls back to Chromium's SwiftShader and says so.
 */
import { existsSync } from 'node:fs';
import { arch, cpus, loadavg, release, type as osType } from 'node:os';
import { acquireGpu, NoWebGpuError, type GpuHandle } from '../engine/device';
import { runBenchmark, type BenchHooks, type BenchOptions } from '../bench/protocol';
import type { BenchResult } from '../bench/result';
import { CliError, loadDawn, SWIFTSHADER_ICD } from './backend';

/** The host's CPU, for the result record. */
export const hostCpu = (): string => `${cpus()[0]?.model.trim() ?? 'unknown'} (${cpus().length} logical cores)`;

/** The 1-minute load average against the core count, e.g. "6.4 on 2 cores". */
export const hostLoad = (): string => `${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;

export async function benchInNode(
  options: BenchOptions,
  hooks: Omit<BenchHooks, 'environment'>,
  say: (m: string) => void,
  swiftshader = false,
): Promise<BenchResult> {
  if (swiftshader) process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  // Dawn's GPU object must stay referenced while its device is in use (node-webgpu README, "Lifetime").
  let dawn = await loadDawn();
  let gpu: GpuHandle;
  try {
    gpu = await acquireGpu(dawn);
  } catch (e) {
    if (!(e instanceof NoWebGpuError) || process.env.VK_ICD_FILENAMES || !existsSync(SWIFTSHADER_ICD))
      throw new CliError(`WebGPU is unavailable: ${(e as Error).message}`);
    say(`No hardware Vulkan adapter found: benchmarking Chromium's SwiftShader (${SWIFTSHADER_ICD}) instead.`);
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
    dawn = await loadDawn();
    gpu = await acquireGpu(dawn);
  }
  gpu.device.addEventListener('uncapturederror', (e) =>
    hooks.report?.(`GPU error: ${(e as GPUUncapturedErrorEvent).error.message}`),
  );
  const { version } = await import('webgpu/package.json', { with: { type: 'json' } }).catch(() => ({ version: '?' }));
  const environment = {
    runtime: `Node ${process.version} + webgpu ${version as string} (Dawn)`,
    userAgent: `node/${process.version}`,
    os: `${osType()} ${release()} ${arch()}`,
    cpu: hostCpu(),
    load: hostLoad(),
  };
  try {
    return await runBenchmark(gpu, options, { ...hooks, environment });
  } finally {
    gpu.device.destroy();
    void dawn;
  }
}
