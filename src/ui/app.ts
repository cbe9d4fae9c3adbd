/**
 * The page's orchestration: owns the parameter values, the GPU simulation, the renderer, the chart
 * and the panel, and runs the frame loop. The loop only submits work and draws: statistics arrive
 * through the engine's readback ring, so nothing here awaits the GPU per frame.
 */
import { acquireGpu, latticeSizeProblem, type GpuHandle } from '../engine/device';
import { Renderer } from '../engine/renderer';
import { GpuSimulation } from '../engine/simulation';
import { verifyAgainstTwin, type VerifyResult } from '../engine/verify';
import type { Lattice } from '../model/lattice';
import { latticeHash } from '../model/lattice-hash';
import { checkValue, PARAM_BY_KEY, type ParamValues } from '../model/registry';
import type { HourStats } from '../model/stats';
import { FIELD_CHEMOKINE, FIELD_O2, O2_Q16_PER_MMHG } from '../model/tables';
import { Camera } from './camera';
import { CountsChart } from './chart';
import { Controls, type UiState } from './controls';
import { renderLegend } from './legend';
import { Notices } from './notices';
import { queryFromValues } from './url-state';

export interface AppElements {
  canvas: HTMLCanvasElement;
  panel: HTMLElement;
  chart: HTMLElement;
  legend: HTMLElement;
  notices: HTMLElement;
  hour: HTMLElement;
  day: HTMLElement;
  speed: HTMLElement;
  adapter: HTMLElement;
}

/** Hours between the background snapshots used to recover from a lost device. */
const SNAPSHOT_EVERY_H = 24;
const O2_OVERLAY_MAX_MMHG = 40;

export class App {
  readonly notices: Notices;
  readonly ui: UiState;
  private sim: GpuSimulation;
  private renderer: Renderer;
  private readonly camera: Camera;
  private readonly chart: CountsChart;
  readonly controls: Controls;
  private busy = false;
  private pendingStep = false;
  /** Last hour whose statistics arrived (what the counter shows). */
  hour = 0;
  private speedSamples: Array<{ t: number; hour: number }> = [];
  private snapshot: Lattice | null = null;
  private snapshotting = false;
  private generation = 0;

  constructor(
    private gpu: GpuHandle,
    readonly values: ParamValues,
    private readonly el: AppElements,
  ) {
    this.notices = new Notices(el.notices);
    this.ui = { playing: true, hoursPerFrame: gpu.info.software ? 1 : 4, overlay: 'none', overlayAlpha: 0.7, chemokineScale: 0.05, showAdvanced: false };
    this.camera = new Camera(el.canvas);
    this.chart = new CountsChart(el.chart);
    this.sim = this.createSimulation();
    this.renderer = this.createRenderer();
    this.controls = new Controls(el.panel, values, this.ui, {
      togglePlay: () => this.setPlaying(!this.ui.playing),
      step: () => this.stepOnce(),
      reset: () => void this.reset(),
      fitView: () => this.camera.fit(),
      verify: () => void this.verify(),
      setParam: (key, value) => this.setParam(key, value),
      viewChanged: () => this.updateLegend(),
    });
    this.showAdapter();
    this.updateLegend();
  }

  async start(): Promise<void> {
    await this.reset();
    const frame = (): void => {
      this.frame();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }

  setPlaying(playing: boolean): void {
    this.controls.setPlaying(playing);
  }

  stepOnce(): void {
    this.setPlaying(false);
    this.pendingStep = true;
  }

  /** Applies a registry value from the panel, a link or the test API; false when rejected. */
  setParam(key: string, value: number): boolean {
    const def = PARAM_BY_KEY.get(key);
    if (!def) return false;
    const problem = checkValue(def, value) ?? (key === 'latticeSize' ? latticeSizeProblem(value, this.gpu.maxSide) : null);
    if (problem) {
      this.notices.show(problem, 'error');
      return false;
    }
    this.values[key] = value;
    this.controls.show(key, value);
    history.replaceState(null, '', `${location.pathname}${queryFromValues(this.values) ? '?' + queryFromValues(this.values) : ''}`);
    if (def.applies === 'live') this.sim.setParams(this.values);
    else this.notices.show(`${def.label} applies at the next reset — press Reset.`, 'info');
    return true;
  }

  async reset(): Promise<void> {
    this.busy = true;
    try {
      await this.sim.reset(this.values);
      this.chart.clear();
      this.hour = 0;
      this.speedSamples = [];
      this.snapshot = null;
      this.camera.resize();
      this.camera.setLattice(this.sim.view.width, this.sim.view.height);
      this.showHour();
    } catch (e) {
      this.notices.show(`Reset failed: ${(e as Error).message}`, 'error');
    } finally {
      this.busy = false;
    }
  }

  async readState(): Promise<Lattice> {
    return this.sim.readState();
  }

  async latticeHash(): Promise<string> {
    return latticeHash(await this.sim.readState());
  }

  latestCounts(): Record<string, number> {
    return this.chart.latest();
  }

  private frame(): void {
    this.camera.resize();
    if (!this.busy && (this.ui.playing || this.pendingStep)) {
      const { hours } = this.sim.advance(this.pendingStep ? 1 : this.ui.hoursPerFrame);
      if (hours > 0) this.pendingStep = false;
    }
    const overlay = this.ui.overlay === 'none' ? 0 : 1 + (this.ui.overlay === 'oxygen' ? FIELD_O2 : FIELD_CHEMOKINE);
    const overlayMax = this.ui.overlay === 'oxygen' ? O2_OVERLAY_MAX_MMHG * O2_Q16_PER_MMHG : this.ui.chemokineScale * 65535;
    this.renderer.render(this.sim.view, this.camera.pixelWidth, this.camera.pixelHeight, this.camera.view({ overlay, overlayAlpha: this.ui.overlayAlpha, overlayMax }));
    this.chart.flush();
  }

  private onStats(stats: HourStats[]): void {
    if (stats.length === 0) return;
    this.chart.push(stats);
    this.hour = stats[stats.length - 1].hour;
    const now = performance.now();
    this.speedSamples.push({ t: now, hour: this.hour });
    while (this.speedSamples.length > 2 && now - this.speedSamples[0].t > 3000) this.speedSamples.shift();
    this.showHour();
    if (this.hour - (this.snapshot?.hour ?? 0) >= SNAPSHOT_EVERY_H) void this.takeSnapshot();
  }

  private showHour(): void {
    this.el.hour.textContent = `hour ${this.hour}`;
    this.el.day.textContent = `day ${(this.hour / 24).toFixed(1)}`;
    const [a, b] = [this.speedSamples[0], this.speedSamples.at(-1)];
    const rate = a && b && b.t > a.t ? ((b.hour - a.hour) * 1000) / (b.t - a.t) : 0;
    this.el.speed.textContent = this.ui.playing && rate > 0 ? `${rate < 10 ? rate.toFixed(1) : rate.toFixed(0)} model h/s` : 'paused';
  }

  private showAdapter(): void {
    const { info } = this.gpu;
    const name = info.description || `${info.vendor} ${info.architecture}`.trim();
    this.el.adapter.textContent = info.software ? `${name} — software adapter: runs on the CPU, expect it to be slow` : name;
    this.el.adapter.classList.toggle('software', info.software);
  }

  private updateLegend(): void {
    const overlay =
      this.ui.overlay === 'oxygen' ? { name: 'oxygen', max: `${O2_OVERLAY_MAX_MMHG} mmHg` } : this.ui.overlay === 'chemokine' ? { name: 'chemokine', max: `${this.ui.chemokineScale} C` } : null;
    renderLegend(this.el.legend, overlay);
  }

  /** Runs the current parameters on this GPU and in the CPU twin and compares every word. */
  checkTwin(hours: number, size = 128): Promise<VerifyResult> {
    return verifyAgainstTwin(this.gpu, this.values, hours, size);
  }

  private async verify(): Promise<void> {
    const note = this.notices.show('Checking this GPU against the CPU twin (24 model hours on 128 × 128)…', 'warn');
    try {
      const r = await this.checkTwin(24);
      note.remove();
      if (!r.difference) this.notices.show(`✓ This GPU matches the CPU twin bit for bit after ${r.hours} h on ${r.size} × ${r.size}.`, 'info');
      else this.notices.show(`✗ GPU and CPU twin differ: ${r.difference.count} ${r.difference.array} words, first at ${r.difference.index}. Please report this GPU.`, 'error');
    } catch (e) {
      note.remove();
      this.notices.show(`The check failed: ${(e as Error).message}`, 'error');
    }
  }

  private async takeSnapshot(): Promise<void> {
    if (this.snapshotting) return;
    this.snapshotting = true;
    const generation = this.generation;
    try {
      const snap = await this.sim.readState();
      if (generation === this.generation) this.snapshot = snap;
    } catch {
      // A failed snapshot (e.g. during device loss) keeps the previous one.
    } finally {
      this.snapshotting = false;
    }
  }

  private createSimulation(): GpuSimulation {
    const sim = new GpuSimulation(this.gpu);
    // A simulation replaced after device loss may still deliver late results: ignore them.
    sim.onStats = (s) => sim === this.sim && this.onStats(s);
    sim.onMessage = (m) => sim === this.sim && this.notices.show(m, m.startsWith('error') ? 'error' : 'warn');
    const device = this.gpu.device;
    device.addEventListener('uncapturederror', (e) => this.notices.show(`GPU error: ${(e as GPUUncapturedErrorEvent).error.message}`, 'error'));
    void device.lost.then((info) => {
      if (info.reason !== 'destroyed' || this.gpu.device === device) void this.recover(info.message);
    });
    return sim;
  }

  private createRenderer(): Renderer {
    const context = this.el.canvas.getContext('webgpu');
    if (!context) throw new Error('The canvas has no WebGPU context.');
    const format = navigator.gpu.getPreferredCanvasFormat();
    return new Renderer(this.gpu.device, context, format, (m) => this.notices.show(m, m.startsWith('error') ? 'error' : 'warn'));
  }

  /** Device lost: a new device, the latest snapshot restored, and the user told what was lost. */
  private async recover(reason: string): Promise<void> {
    this.busy = true;
    this.generation++;
    const lostAt = this.hour;
    const snap = this.snapshot;
    try {
      this.gpu = await acquireGpu(navigator.gpu);
      this.sim = this.createSimulation();
      this.renderer = this.createRenderer();
      await this.sim.reset(this.values);
      if (snap) {
        this.sim.upload(snap);
        this.chart.truncate(snap.hour);
      } else {
        this.chart.clear();
      }
      this.hour = snap?.hour ?? 0;
      this.showHour();
      this.notices.show(`The GPU device was lost (${reason || 'no reason given'}). Recovered from the snapshot at hour ${this.hour}: ${lostAt - this.hour} simulated hours were lost.`, 'warn');
    } catch (e) {
      this.notices.show(`The GPU device was lost and could not be recovered: ${(e as Error).message}. Reload the page.`, 'error');
    } finally {
      this.busy = false;
    }
  }
}
