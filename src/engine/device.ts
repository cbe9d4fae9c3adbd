/**
 * Device acquisition and the limits that decide how large a lattice fits (architecture.md §4).
 * DOM-free: the page passes navigator.gpu, Node passes the `webgpu` package's GPU.
 */

import type { AdapterSummary } from '../model/run-record';
import { FIELD_WORDS } from '../model/fields';

export class NoWebGpuError extends Error {
  constructor(
    readonly reason: 'no-api' | 'no-adapter' | 'no-device',
    detail: string,
  ) {
    super(detail);
    this.name = 'NoWebGpuError';
  }
}

export type { AdapterSummary };

export interface GpuHandle {
  adapter: GPUAdapter;
  device: GPUDevice;
  info: AdapterSummary;
  /** Largest lattice side whose buffers fit this device. */
  maxSide: number;
}

const SOFTWARE_NAMES = /swiftshader|llvmpipe|lavapipe|softpipe|warp|microsoft basic render|software/i;

export function summariseAdapter(adapter: GPUAdapter): AdapterSummary {
  const i = adapter.info ?? ({} as GPUAdapterInfo);
  const text = `${i.vendor ?? ''} ${i.architecture ?? ''} ${i.description ?? ''} ${i.device ?? ''}`;
  const fallback =
    (adapter as GPUAdapter & { isFallbackAdapter?: boolean }).isFallbackAdapter === true ||
    (i as GPUAdapterInfo & { isFallbackAdapter?: boolean }).isFallbackAdapter === true;
  return {
    vendor: i.vendor || 'unknown',
    architecture: i.architecture || '',
    description: i.description || '',
    device: i.device || '',
    software: fallback || SOFTWARE_NAMES.test(text),
  };
}

/** Bytes per site of the largest single buffer binding: state (two u32 words) or fields (FIELD_WORDS u32 words). */
export const LARGEST_BINDING_BYTES_PER_SITE = Math.max(8, 4 * FIELD_WORDS);

export function maxLatticeSide(
  limits: Pick<
    GPUSupportedLimits,
    'maxStorageBufferBindingSize' | 'maxBufferSize' | 'maxComputeWorkgroupsPerDimension'
  >,
): number {
  const bytes = Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize);
  const bySize = Math.floor(Math.sqrt(bytes / LARGEST_BINDING_BYTES_PER_SITE));
  const byDispatch = limits.maxComputeWorkgroupsPerDimension * 8;
  return Math.floor(Math.min(bySize, byDispatch) / 16) * 16;
}

export async function acquireGpu(
  gpu: GPU | undefined,
  powerPreference: GPUPowerPreference = 'high-performance',
): Promise<GpuHandle> {
  if (!gpu) throw new NoWebGpuError('no-api', 'This browser does not expose WebGPU (navigator.gpu is missing).');
  const adapter = await gpu.requestAdapter({ powerPreference });
  if (!adapter)
    throw new NoWebGpuError(
      'no-adapter',
      'WebGPU is present but no GPU adapter is available (it may be disabled or blocklisted).',
    );
  const { maxStorageBufferBindingSize, maxBufferSize } = adapter.limits;
  let device: GPUDevice;
  try {
    // Timestamps only serve the benchmark (src/bench), which times on the CPU where they are missing.
    const requiredFeatures: GPUFeatureName[] = adapter.features.has('timestamp-query') ? ['timestamp-query'] : [];
    device = await adapter.requestDevice({
      requiredLimits: { maxStorageBufferBindingSize, maxBufferSize },
      requiredFeatures,
      label: 'TME device',
    });
  } catch (e) {
    throw new NoWebGpuError('no-device', `The GPU adapter refused to create a device: ${(e as Error).message}`);
  }
  return { adapter, device, info: summariseAdapter(adapter), maxSide: maxLatticeSide(device.limits) };
}

/** A message for a lattice that does not fit, naming the largest side that does. */
export function latticeSizeProblem(side: number, maxSide: number): string | null {
  return side > maxSide
    ? `A ${side} × ${side} lattice does not fit this GPU's buffer limits; the largest that fits is ${maxSide} × ${maxSide}.`
    : null;
}
