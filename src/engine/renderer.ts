/**
 * Draws the lattice into a WebGPU canvas context: one full-screen triangle, fragment shader reading
 * the state buffer directly (architecture.md §3). Knows nothing of the DOM beyond the context.
 */
import {
  CTL_ACTIVATED,
  CTL_EFFECTOR,
  CTL_EXHAUSTED,
  MAC_M0,
  MAC_M1,
  MAC_M2,
  TYPE_CAF,
  TYPE_CTL,
  TYPE_EMPTY,
  TYPE_MACROPHAGE,
  TYPE_MDSC,
  TYPE_NECROTIC,
  TYPE_TREG,
  TYPE_TUMOR,
  TYPE_VESSEL,
} from '../model/layout';
import { compileModule } from './lattice-pass';
import { viewSource } from './shaders';

export type Rgb = readonly [number, number, number];

/** Cell colours, chosen to stay distinct for common colour-vision deficiencies (Okabe–Ito based). */
export const PALETTE: Readonly<Record<string, Rgb>> = {
  empty: [0.93, 0.91, 0.86],
  tumour: [0.84, 0.37, 0.0],
  /** Drug-resistant clone (chemotherapy spares it). */
  tumourResistant: [1.0, 0.68, 0.35],
  /** Lethally irradiated (doomed) tumour cell, dying within days. */
  tumourDoomed: [0.62, 0.52, 0.46],
  necrotic: [0.36, 0.29, 0.25],
  vessel: [0.8, 0.1, 0.18],
  ctlEffector: [0.35, 0.7, 0.9],
  ctlActivated: [0.0, 0.45, 0.7],
  ctlExhausted: [0.6, 0.6, 0.72],
  treg: [0.8, 0.47, 0.65],
  macM0: [0.72, 0.7, 0.5],
  macM1: [0.0, 0.62, 0.45],
  macM2: [0.94, 0.89, 0.26],
  mdsc: [0.5, 0.3, 0.62],
  caf: [0.45, 0.3, 0.15],
  /** Free tissue at full ECM density; free sites blend towards it with their density. */
  ecm: [0.62, 0.74, 0.55],
};

/** Palette slots after the 16 types: CTL states, macrophage states, stroma (mirrors view.wgsl); unused type slots hold tumour variants. */
const RESISTANT_SLOT = 9;
const DOOMED_SLOT = 10;
const CTL_SLOT = 16;
const MAC_SLOT = 20;
const ECM_SLOT = 23;
export const PALETTE_SLOT_COUNT = 24;

const PALETTE_SLOTS: ReadonlyArray<readonly [number, keyof typeof PALETTE]> = [
  [TYPE_EMPTY, 'empty'],
  [TYPE_TUMOR, 'tumour'],
  [TYPE_NECROTIC, 'necrotic'],
  [TYPE_VESSEL, 'vessel'],
  [TYPE_CTL, 'ctlEffector'],
  [TYPE_TREG, 'treg'],
  [TYPE_MACROPHAGE, 'macM0'],
  [TYPE_MDSC, 'mdsc'],
  [TYPE_CAF, 'caf'],
  [RESISTANT_SLOT, 'tumourResistant'],
  [DOOMED_SLOT, 'tumourDoomed'],
  [CTL_SLOT + CTL_EFFECTOR, 'ctlEffector'],
  [CTL_SLOT + CTL_ACTIVATED, 'ctlActivated'],
  [CTL_SLOT + CTL_EXHAUSTED, 'ctlExhausted'],
  [MAC_SLOT + MAC_M0, 'macM0'],
  [MAC_SLOT + MAC_M1, 'macM1'],
  [MAC_SLOT + MAC_M2, 'macM2'],
  [ECM_SLOT, 'ecm'],
];

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

const VIEW_FLOATS = 12 + PALETTE_SLOT_COUNT * 4;

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
  private readonly data = new ArrayBuffer(VIEW_FLOATS * 4);

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
    const f = new Float32Array(this.data, 12 * 4);
    for (const [slot, name] of PALETTE_SLOTS) f.set([...(entries[name] ?? PALETTE[name]), 1], slot * 4);
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
          size: this.data.byteLength,
          usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
        }),
        group: null,
        key: null,
      };
    const c = this.columns[i];
    const f = new Float32Array(this.data);
    const u = new Uint32Array(this.data);
    f.set([source.width, source.height, w, h, view.centreX, view.centreY, view.zoom]);
    u[7] = view.overlay;
    f[8] = view.overlayAlpha;
    f[9] = view.overlayMax;
    f[10] = originX;
    f[11] = 0;
    this.device.queue.writeBuffer(c.uniform, 0, this.data);
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
