/**
 * The page's GPU device and its replacement when it is lost: steppers made on the current device
 * report their diagnostics here, and each device's uncaptured errors and loss are watched once.
 */
import { acquireGpu, type GpuHandle } from '../engine/device';
import { GpuStepper } from '../engine/gpu-stepper';
import type { NoticeLevel } from './notices';

/** How long an engine message waits to learn whether the device was lost (recovery explains that). */
const LOSS_GRACE_MS = 2000;

export interface SessionEvents {
  report(message: string, level: NoticeLevel): void;
  /** The current device was lost (not destroyed by replacing it). */
  lost(reason: string): void;
}

export class GpuSession {
  constructor(
    public gpu: GpuHandle,
    private readonly events: SessionEvents,
  ) {
    this.watch(gpu.device);
  }

  /** A stepper on the current device, its engine messages reported. */
  createStepper(): GpuStepper {
    const sim = new GpuStepper(this.gpu);
    const device = this.gpu.device;
    sim.onMessage = (m) => void this.reportEngine(m, device);
    return sim;
  }

  /** Acquires a new device after a loss; steppers made from now on use it. */
  async renew(): Promise<void> {
    this.gpu = await acquireGpu(navigator.gpu);
    this.watch(this.gpu.device);
  }

  private watch(device: GPUDevice): void {
    device.addEventListener('uncapturederror', (e) =>
      this.events.report(`GPU error: ${(e as GPUUncapturedErrorEvent).error.message}`, 'error'),
    );
    void device.lost.then((info) => {
      if (info.reason !== 'destroyed' || this.gpu.device === device) this.events.lost(info.message);
    });
  }

  /** Engine messages, except the failed readbacks of a lost device. */
  private async reportEngine(message: string, device: GPUDevice): Promise<void> {
    const lost = await Promise.race([
      device.lost.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), LOSS_GRACE_MS)),
    ]);
    if (!lost) this.events.report(message, message.startsWith('error') ? 'error' : 'warn');
  }
}
