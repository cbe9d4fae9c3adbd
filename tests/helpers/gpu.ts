/**
 * GPU tests run the engine on Dawn (npm `webgpu`) in Node. withDevice() acquires a device exactly as
 * the CLI does, wraps the test in validation, out-of-memory and internal error scopes, fails on any
 * uncaptured error, engine diagnostic or lost device, and destroys what the test registered and the
 * device itself. A missing adapter fails the test: CI always has SwiftShader.
 */
import { create, globals } from 'webgpu';
import { acquireGpu, type GpuHandle } from '../../src/engine/device';
import { GpuStepper, type EngineOptions } from '../../src/engine/gpu-stepper';

Object.assign(globalThis, globals);

/** Dawn's GPU object must outlive every device made from it, so there is one per test process. */
const navigatorGpu: GPU = create([]);

export interface DeviceScope {
  gpu: GpuHandle;
  device: GPUDevice;
  /** Registers a buffer, simulation or anything with destroy() to be destroyed when the test ends. */
  own<T extends { destroy(): void }>(resource: T): T;
  /** Records a diagnostic that fails the test (engine onMessage, compilation messages). */
  report(message: string): void;
  /** A GpuStepper on this device (or on `handle`, e.g. with a smaller maxSide) whose messages fail the test. */
  simulation(handle?: GpuHandle, options?: EngineOptions): GpuStepper;
}

const SCOPES: GPUErrorFilter[] = ['internal', 'out-of-memory', 'validation'];

export async function withDevice<T>(fn: (scope: DeviceScope) => Promise<T>): Promise<T> {
  const gpu = await acquireGpu(navigatorGpu);
  const { device } = gpu;
  const problems: string[] = [];
  const owned: { destroy(): void }[] = [];
  let destroyed = false;
  const onUncaptured = (event: Event): void => {
    problems.push(`uncaptured GPU error: ${(event as GPUUncapturedErrorEvent).error.message}`);
  };
  device.addEventListener('uncapturederror', onUncaptured);
  void device.lost.then((info) => {
    if (!destroyed) problems.push(`device lost (${info.reason}): ${info.message}`);
  });
  const scope: DeviceScope = {
    gpu,
    device,
    own: (resource) => (owned.push(resource), resource),
    report: (message) => problems.push(message),
    simulation: (handle = gpu, options = {}) => {
      const sim = scope.own(new GpuStepper(handle, options));
      sim.onMessage = (message) => problems.push(`GpuStepper: ${message}`);
      return sim;
    },
  };
  for (const filter of SCOPES) device.pushErrorScope(filter);
  let result: T;
  try {
    result = await fn(scope);
    await device.queue.onSubmittedWorkDone();
  } finally {
    for (const filter of [...SCOPES].reverse()) {
      const error = await device.popErrorScope();
      if (error) problems.push(`${filter} error: ${error.message}`);
    }
    for (const resource of owned.reverse()) resource.destroy();
    device.removeEventListener('uncapturederror', onUncaptured);
    destroyed = true;
    device.destroy();
  }
  if (problems.length > 0) throw new Error(`GPU problems:\n${problems.join('\n')}`);
  return result;
}
