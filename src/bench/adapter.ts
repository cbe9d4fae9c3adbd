/** The adapter's identity, features and the limits that bound the lattice, for the result record. */
import type { GpuHandle } from '../engine/device';
import type { BenchResult } from './result';

const LIMITS = [
  'maxBufferSize',
  'maxStorageBufferBindingSize',
  'maxComputeWorkgroupsPerDimension',
  'maxComputeInvocationsPerWorkgroup',
  'maxComputeWorkgroupStorageSize',
  'maxStorageBuffersPerShaderStage',
  'maxTextureDimension2D',
] as const satisfies ReadonlyArray<keyof GPUSupportedLimits>;

export function adapterRecord(gpu: GpuHandle): BenchResult['adapter'] {
  const limits = Object.fromEntries(LIMITS.map((k) => [k, gpu.adapter.limits[k]]));
  return {
    ...gpu.info,
    features: [...gpu.adapter.features].sort(),
    limits: { ...limits, maxLatticeSide: gpu.maxSide },
  };
}
