/**
 * The page's GPU objects — device, simulation, renderer — and their replacement when the device is
 * lost. A replaced simulation may still deliver late results; they are ignored.
 */
import { acquireGpu, type GpuHandle } from '../engine/device';
import { Renderer, type Rgb } from '../engine/renderer';
import { GpuStepper } from '../engine/gpu-stepper';
import type { Lattice } from '../model/lattice';
import type { ParamValues } from '../model/registry';
import type { HourStats } from '../model/stats';
import type { Schedule } from '../model/therapy/schedule';
import type { NoticeLevel } from './notices';

/** How long an engine message waits to learn whether the device was lost (recovery explains that). */
const LOSS_GRACE_MS = 2000;

export interface SessionEvents {
  stats(stats: HourStats[]): void;
  report(message: string, level: NoticeLevel): void;
  /** The current device was lost (not destroyed by replacing it). */
  lost(reason: string): void;
}

export class GpuSession {
  sim: GpuStepper;
  renderer: Renderer;
  private palette: Readonly<Record<string, Rgb>> | null = null;

  constructor(
    public gpu: GpuHandle,
    private readonly canvas: HTMLCanvasElement,
    private readonly events: SessionEvents,
  ) {
    this.sim = this.createSimulation();
    this.renderer = this.createRenderer();
  }

  setPalette(palette: Readonly<Record<string, Rgb>>): void {
    this.palette = palette;
    this.renderer.setPalette(palette);
  }

  /**
   * A new device with a simulation reset to `values` and, when given, `lattice` uploaded. The old
   * objects keep drawing (harmlessly, on the dead device) until the new ones are ready.
   */
  async replace(values: ParamValues, lattice: Lattice | null, schedule: Schedule): Promise<void> {
    this.gpu = await acquireGpu(navigator.gpu);
    const sim = this.createSimulation();
    sim.setSchedule(schedule);
    await sim.reset(values);
    if (lattice) sim.upload(lattice);
    this.sim = sim;
    this.renderer = this.createRenderer();
  }

  private createSimulation(): GpuStepper {
    const sim = new GpuStepper(this.gpu);
    const device = this.gpu.device;
    sim.onStats = (s) => sim === this.sim && this.events.stats(s);
    sim.onMessage = (m) => void this.reportEngine(m, device);
    device.addEventListener('uncapturederror', (e) =>
      this.events.report(`GPU error: ${(e as GPUUncapturedErrorEvent).error.message}`, 'error'),
    );
    void device.lost.then((info) => {
      if (info.reason !== 'destroyed' || this.gpu.device === device) this.events.lost(info.message);
    });
    return sim;
  }

  /** Engine messages, except the failed readbacks of a lost device. */
  private async reportEngine(message: string, device: GPUDevice): Promise<void> {
    const lost = await Promise.race([
      device.lost.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), LOSS_GRACE_MS)),
    ]);
    if (!lost) this.events.report(message, message.startsWith('error') ? 'error' : 'warn');
  }

  private createRenderer(): Renderer {
    const context = this.canvas.getContext('webgpu');
    if (!context) throw new Error('The canvas has no WebGPU context.');
    const format = navigator.gpu.getPreferredCanvasFormat();
    const renderer = new Renderer(this.gpu.device, context, format, (m) =>
      this.events.report(m, m.startsWith('error') ? 'error' : 'warn'),
    );
    if (this.palette) renderer.setPalette(this.palette);
    return renderer;
  }
}
