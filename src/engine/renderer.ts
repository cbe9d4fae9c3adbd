/**
 * Draws the lattice into a WebGPU canvas context: one full-screen triangle, fragment shader reading
 * the state buffer directly (architecture.md §3). Knows nothing of the DOM beyond the context.
 */
import { compileModule } from './lattice-pass';
import { PALETTE, PALETTE_SLOT_COUNT, PALETTE_SLOTS, type Rgb } from './palette';
import { viewSource } from './shaders';
import { ViewUniform } from './view-uniform';

export { PALETTE, type Rgb } from './palette';

export interface ViewState {
  /** Lattice coordinate at the canvas centre. */
  centreX: number;
  centreY: number;
  /** Device pixels per site. */
  zoom: number;
  /** 0 none, 1 + FIELD_* for a field overlay. */
  overlay: number;
  overlayAlpha: number;
  /** Field value (Q16 units) at the top of the colormap. */
  overlayMax: number;
}

/** What the renderer draws: a simulation's current state and fields. */
export interface RenderSource {
  state: GPUBuffer;
  fields: GPUBuffer;
  width: number;
  height: number;
}

/** One column of the canvas: its uniform buffer and the bind group of its source. */
interface Column {
  uniform: GPUBuffer;
  group: GPUBindGroup | null;
  key: [GPUBuffer, GPUBuffer] | null;
}

export class Renderer {
  private readonly pipeline: GPURenderPipeline;
  private readonly columns: Column[] = [];
  /** The view uniform of the column being written: its palette is kept from setPalette(). */
  private readonly uniform = new ViewUniform();

  constructor(
    private readonly device: GPUDevice,
    private readonly context: GPUCanvasContext,
    readonly format: GPUTextureFormat,
    report: (msg: string) => void,
  ) {
    context.configure({ device, format, alphaMode: 'opaque' });
    const module = compileModule(device, 'view', viewSource(), report);
    this.pipeline = device.createRenderPipeline({
      label: 'view.pipeline',
      layout: 'auto',
      vertex: { module, entryPoint: 'vs' },
      fragment: { module, entryPoint: 'fs', targets: [{ format }] },
      primitive: { topology: 'triangle-list' },
    });
    this.setPalette(PALETTE);
  }

  /** Colours cells from `entries` (keys as in PALETTE); entries it lacks keep PALETTE's colour. */
  setPalette(entries: Readonly<Record<string, Rgb>>): void {
    const palette = new Array<number>(PALETTE_SLOT_COUNT * 4).fill(0);
    for (const [slot, name] of PALETTE_SLOTS) palette.splice(slot * 4, 4, ...(entries[name] ?? PALETTE[name]), 1);
    this.uniform.set({ palette });
  }

  /**
   * Draws one source over the canvas, or several side by side in equal columns with the same view
   * (side-by-side comparison): each column shows its source about the same centre and zoom.
   */
  render(sources: RenderSource | readonly RenderSource[], canvasW: number, canvasH: number, view: ViewState): void {
    const list = Array.isArray(sources) ? sources : [sources as RenderSource];
    const columnW = Math.max(1, Math.floor(canvasW / list.length));
    const encoder = this.device.createCommandEncoder({ label: 'view' });
    const pass = encoder.beginRenderPass({
      label: 'view.pass',
      colorAttachments: [
        {
          view: this.context.getCurrentTexture().createView(),
          loadOp: 'clear',
          storeOp: 'store',
          clearValue: { r: 0, g: 0, b: 0, a: 1 },
        },
      ],
    });
    pass.setPipeline(this.pipeline);
    list.forEach((source, i) => {
      const column = this.column(i, source, columnW, canvasH, i * columnW, view);
      pass.setViewport(i * columnW, 0, columnW, canvasH, 0, 1);
      pass.setScissorRect(i * columnW, 0, columnW, canvasH);
      pass.setBindGroup(0, column.group!);
      pass.draw(3);
    });
    pass.end();
    this.device.queue.submit([encoder.finish()]);
  }

  /** The uniform and bind group of column i, written for this frame. */
  private column(i: number, source: RenderSource, w: number, h: number, originX: number, view: ViewState): Column {
    if (!this.columns[i])
      this.columns[i] = {
        uniform: this.device.createBuffer({
          label: `view.uniform.${i}`,
          size: this.uniform.data.byteLength,
          usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
        }),
        group: null,
        key: null,
      };
    const c = this.columns[i];
    this.uniform.set({
      lattice: [source.width, source.height],
      canvas: [w, h],
      centre: [view.centreX, view.centreY],
      zoom: view.zoom,
      overlay: view.overlay,
      overlayAlpha: view.overlayAlpha,
      overlayMax: view.overlayMax,
      origin: [originX, 0],
    });
    this.device.queue.writeBuffer(c.uniform, 0, this.uniform.data);
    if (!c.group || c.key![0] !== source.state || c.key![1] !== source.fields) {
      c.group = this.device.createBindGroup({
        label: `view.group.${i}`,
        layout: this.pipeline.getBindGroupLayout(0),
        entries: [
          { binding: 0, resource: { buffer: c.uniform } },
          { binding: 1, resource: { buffer: source.state } },
          { binding: 2, resource: { buffer: source.fields } },
        ],
      });
      c.key = [source.state, source.fields];
    }
    return c;
  }

  destroy(): void {
    for (const c of this.columns) c.uniform.destroy();
  }
}
