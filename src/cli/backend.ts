/**
 * Opens the chosen Stepper for the CLI: the GPU engine on Dawn (npm `webgpu`), or the CPU twin.
 * When no adapter is found it says why and what to try, and never switches driver behind the user's back.
 */
import { existsSync } from 'node:fs';
import { acquireGpu, NoWebGpuError, type AdapterSummary } from '../engine/device';
import { GpuStepper } from '../engine/gpu-stepper';
import { CpuStepper } from '../model/reference/cpu-stepper';
import type { Stepper } from '../model/stepper';
import type { Backend } from './args';

/** Chromium's software Vulkan driver: WebGPU without a GPU (slow, but exact). */
export const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

/** An error the CLI reports as its message alone, with this exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface Engine {
  stepper: Stepper;
  /** The GPU adapter; null on the CPU twin. */
  adapter: AdapterSummary | null;
  /** Problems the GPU reported while running (uncaptured errors, device loss); any of them fails the run. */
  problems: string[];
  /** Frees the stepper and, on the GPU, the device. */
  close(): void;
}

export async function openEngine(backend: Backend, report: (message: string) => void): Promise<Engine> {
  if (backend === 'cpu') {
    const stepper = new CpuStepper();
    return { stepper, adapter: null, problems: [], close: () => stepper.destroy() };
  }
  // Dawn's instance must outlive the device: if the GPU object from create() is collected mid-run,
  // the process aborts inside Dawn (node-webgpu README, "Lifetime"). close() lets go of it.
  let gpu: GPU | null = await loadDawn();
  let handle;
  try {
    handle = await acquireGpu(gpu);
  } catch (e) {
    if (e instanceof NoWebGpuError) throw new CliError(noAdapterMessage(e));
    throw e;
  }
  const problems: string[] = [];
  const fail = (message: string): void => {
    problems.push(message);
    report(message);
  };
  handle.device.addEventListener('uncapturederror', (e) =>
    fail(`GPU error: ${(e as GPUUncapturedErrorEvent).error.message}`),
  );
  // destroy() at the end of a run also resolves `lost`, with reason 'destroyed': that one is expected.
  void handle.device.lost.then((info) => info.reason !== 'destroyed' && fail(`GPU device lost: ${info.message}`));
  const stepper = new GpuStepper(handle);
  stepper.onMessage = report;
  const close = (): void => {
    stepper.destroy();
    handle.device.destroy();
    gpu = null;
  };
  return { stepper, adapter: handle.info, problems, close };
}

/** One line for the summary, e.g. "google swiftshader, SwiftShader driver 5.0.0 (software)". */
export function describeAdapter(adapter: AdapterSummary | null): string {
  if (!adapter) return 'CPU twin';
  const name = [adapter.vendor, adapter.architecture].filter(Boolean).join(' ');
  return [name, adapter.description].filter(Boolean).join(', ') + (adapter.software ? ' (software)' : '');
}

export async function loadDawn(): Promise<GPU> {
  try {
    // Loaded only for --backend gpu, so the CPU twin runs where Dawn's native module does not.
    const { create, globals } = await import('webgpu');
    // The engine uses GPUBufferUsage and friends as globals, as in a browser.
    Object.assign(globalThis, globals);
    return create([]);
  } catch (e) {
    const why = `the 'webgpu' package (Dawn for Node) failed to load: ${(e as Error).message}`;
    throw new CliError(`WebGPU is unavailable: ${why}\nRun on the CPU twin with --backend cpu.`);
  }
}

function noAdapterMessage(e: NoWebGpuError): string {
  const why = e.reason === 'no-device' ? e.message : 'Dawn found no usable GPU adapter (no working Vulkan driver).';
  const lines = [
    `WebGPU is unavailable: ${why}`,
    'Run on the CPU twin with --backend cpu (the same results, bit for bit),',
  ];
  const icd = process.env.VK_ICD_FILENAMES;
  if (icd) lines.push(`or check VK_ICD_FILENAMES, which is set to ${icd}.`);
  else if (existsSync(SWIFTSHADER_ICD)) {
    lines.push(`or use Chromium's SwiftShader software driver: VK_ICD_FILENAMES=${SWIFTSHADER_ICD} npm run sim -- …`);
  } else
    lines.push(
      'or point VK_ICD_FILENAMES at a Vulkan driver (SwiftShader, which ships with Chromium, works without a GPU).',
    );
  return lines.join('\n');
}
