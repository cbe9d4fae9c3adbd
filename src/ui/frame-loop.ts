/**
 * The frame loop: each animation frame it starts the hours playback asks for and draws the arms
 * side by side with one camera — only when the picture would change. It only submits work and
 * draws: statistics arrive through the engine's readback ring, so nothing here awaits the GPU.
 */
import type { GpuStepper } from '../engine/gpu-stepper';
import { Renderer, type Rgb } from '../engine/renderer';
import type { Run } from '../engine/run';
import { Camera } from './camera';
import type { UiState } from './controls';
import type { NoticeLevel } from './notices';
import { overlayView } from './overlay';
import type { PaletteName } from './palettes';
import type { Playback } from './playback';

export interface FramePorts {
  /** The arms to step and draw (replaced after a device loss). */
  run(): Run<GpuStepper>;
  /** True while work that replaces the lattice holds stepping. */
  busy(): boolean;
  playback: Playback;
  /** Called as each frame begins (the clock's frame time). */
  beforeFrame(): void;
  /** Called after each frame (the chart's redraw, the page's 'frame' event). */
  afterFrame(): void;
  report(message: string, level: NoticeLevel): void;
}

type Palette = Readonly<Record<string, Rgb>>;

export class FrameLoop {
  readonly camera: Camera;
  /** Lattice frames drawn since the page opened (read by the browser tests). */
  framesDrawn = 0;
  /** False while suspend() runs work that must not share the GPU with frames. */
  private drawing = true;
  private renderer: Renderer | null = null;
  private rendererDevice: GPUDevice | null = null;
  private palette: { name: PaletteName; colours: Palette } | null = null;
  /** What the canvas shows: its renderer, arms and a key of everything else drawn. */
  private drawn: { renderer: Renderer; arms: readonly GpuStepper[]; key: string } | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly ui: UiState,
    private readonly ports: FramePorts,
  ) {
    this.camera = new Camera(canvas);
  }

  start(): void {
    const frame = (): void => {
      // Scheduled first, so one failing frame (reported on the console) does not stop the loop.
      requestAnimationFrame(frame);
      this.frame();
    };
    requestAnimationFrame(frame);
  }

  /** Runs `work` with stepping and drawing paused. */
  async suspend<T>(work: () => Promise<T>): Promise<T> {
    this.drawing = false;
    try {
      return await work();
    } finally {
      this.drawing = true;
    }
  }

  get paletteName(): PaletteName {
    return this.palette?.name ?? 'standard';
  }

  setPalette(name: PaletteName, colours: Palette): void {
    this.palette = { name, colours };
    this.renderer?.setPalette(colours);
  }

  /** Draws the current lattice and encodes the canvas as PNG in the same task, before it is presented. */
  capturePng(): Promise<Blob> {
    this.draw(true);
    return new Promise((resolve, reject) =>
      this.canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded as PNG'))),
        'image/png',
      ),
    );
  }

  private frame(): void {
    if (!this.drawing) return;
    this.ports.beforeFrame();
    this.camera.resize();
    const { playback } = this.ports;
    const run = this.ports.run();
    if (!this.ports.busy()) {
      const hours = playback.hoursFor(run.submittedHours);
      // Paused, arms behind still catch up with the first: lockstep.
      if (hours > 0) playback.started(run.advance(hours));
      else run.catchUp();
    }
    this.draw();
    this.ports.afterFrame();
  }

  /**
   * Draws the lattice when the picture would change: new hours or a new lattice in a drawn arm, the
   * view, the canvas size, the palette or the renderer (a recovered device). Drawing is decoupled
   * from stepping: a paused run, or a slow one between its hours, costs no GPU time per frame.
   */
  private draw(force = false): void {
    const run = this.ports.run();
    const arms = run.steppers;
    const renderer = this.rendererFor(arms[0].device);
    const view = this.camera.view(overlayView(this.ui));
    const key = [
      run.contentVersion,
      this.camera.pixelWidth,
      this.camera.pixelHeight,
      this.paletteName,
      ...Object.values(view),
    ].join();
    const same =
      this.drawn !== null &&
      this.drawn.renderer === renderer &&
      this.drawn.arms.length === arms.length &&
      this.drawn.arms.every((a, i) => a === arms[i]) &&
      this.drawn.key === key;
    if (same && !force) return;
    this.drawn = { renderer, arms, key };
    this.framesDrawn++;
    renderer.render(
      arms.map((a) => a.view),
      this.camera.pixelWidth,
      this.camera.pixelHeight,
      view,
    );
  }

  /** The renderer of the device the arms live on: a recovered device gets a new one. */
  private rendererFor(device: GPUDevice): Renderer {
    if (this.renderer && this.rendererDevice === device) return this.renderer;
    const context = this.canvas.getContext('webgpu');
    if (!context) throw new Error('The canvas has no WebGPU context.');
    const report = (m: string): void => this.ports.report(m, m.startsWith('error') ? 'error' : 'warn');
    this.renderer = new Renderer(device, context, navigator.gpu.getPreferredCanvasFormat(), report);
    this.rendererDevice = device;
    if (this.palette) this.renderer.setPalette(this.palette.colours);
    return this.renderer;
  }
}
