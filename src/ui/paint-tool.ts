/**
 * The Paint & inspect panel and its canvas interaction: with a paint tool chosen, a drag paints a
 * freehand disk stroke or a rectangle (corner to corner) instead of panning. The stroke is shown as a
 * preview while dragging and applied to the lattice as one edit when the pointer is released, so
 * undo and redo (buttons, Ctrl+Z / Ctrl+Shift+Z) work on whole strokes.
 */
import type GUI from 'lil-gui';
import type { Controller } from 'lil-gui';
import type { Camera } from './camera';
import type { UiState } from './controls';
import {
  applyEdit,
  coveredSites,
  PaintHistory,
  paintStroke,
  type Brush,
  type BrushKind,
  type SitePoint,
  type StrokeShape,
} from './paint';
import { cssColour, PALETTES } from './palettes';
import type { PageListen } from './page-events';
import type { LatticeEditor, NoticeBoard } from './ports';
import type { ParamValues } from '../model/registry';

export type ToolName = 'inspect' | BrushKind;

const TOOLS: Record<string, ToolName> = {
  'Inspect (click a site)': 'inspect',
  Tumour: 'tumour',
  Vessel: 'vessel',
  'ECM (stroma)': 'ecm',
  'CD8 T cell (effector)': 'ctl',
  Eraser: 'eraser',
};
const PREVIEW_COLOUR: Record<BrushKind, string> = {
  tumour: 'tumour',
  vessel: 'vessel',
  ctl: 'ctlEffector',
  eraser: 'empty',
  ecm: 'necrotic',
};
const HINTS = {
  inspect: 'Wheel: zoom · drag: pan · click: inspect · double-click: fit · ?: shortcuts',
  paint: 'Wheel: zoom · drag: paint · Ctrl+Z: undo · Ctrl+Shift+Z: redo · ?: shortcuts',
};

/** What painting needs of the page: the view, the lattice, notices, new runs and the brush's defaults. */
export interface PaintPorts {
  camera: Camera;
  editor: LatticeEditor;
  notices: NoticeBoard;
  events: PageListen;
  /** Tumour antigenicity, PD-L1 and CTL kill capacity of painted cells come from the current values. */
  values: Readonly<ParamValues>;
  ui: Pick<UiState, 'palette'>;
}

export class PaintTool {
  readonly settings = {
    tool: 'inspect' as ToolName,
    shape: 'disk' as StrokeShape['kind'],
    size: 5,
    antigenicity: 0.7,
    clone: 1,
    ecmDensity: 0.8,
  };
  private readonly history = new PaintHistory();
  private stroke: { pointerId: number; points: SitePoint[] } | null = null;
  private pendingCommits = 0;
  private readonly preview: HTMLCanvasElement;
  private readonly brushControls = new Map<Controller, (tool: ToolName) => boolean>();
  private ecmNoted = false;

  constructor(
    private readonly ports: PaintPorts,
    private readonly hint: HTMLElement,
  ) {
    const canvas = ports.camera.canvas;
    this.preview = document.createElement('canvas');
    this.preview.className = 'paint-preview';
    canvas.after(this.preview);
    this.settings.antigenicity = ports.values.tumorAntigenicity;
    canvas.addEventListener('pointerdown', (e) => this.onDown(e));
    canvas.addEventListener('pointermove', (e) => this.onMove(e));
    canvas.addEventListener('pointerup', (e) => this.onUp(e));
    canvas.addEventListener('pointercancel', () => this.endStroke());
    ports.events.on('runStart', () => this.history.clear());
  }

  get active(): boolean {
    return this.settings.tool !== 'inspect';
  }

  /** Adds the "Paint & inspect" folder to the panel. */
  buildFolder(gui: GUI): GUI {
    const f = gui.addFolder('Paint & inspect');
    const s = this.settings;
    f.add(s, 'tool', TOOLS)
      .name('Tool')
      .onChange(() => this.applyTool());
    const only =
      (...tools: ToolName[]) =>
      (t: ToolName) =>
        tools.includes(t);
    const painting = (t: ToolName) => t !== 'inspect';
    const shape = f.add(s, 'shape', { 'Disk (freehand)': 'disk', Rectangle: 'rectangle' }).name('Shape');
    shape.domElement.title =
      'Disk: a freehand stroke of disks as wide as the brush. Rectangle: drag from one corner to the other.';
    this.brushControls.set(
      shape.onChange(() => this.applyTool()),
      painting,
    );
    this.brushControls.set(
      f.add(s, 'size', 1, 64, 1).name('Brush size (sites)'),
      (t) => painting(t) && s.shape === 'disk',
    );
    this.brushControls.set(f.add(s, 'antigenicity', 0, 1, 0.01).name('Antigenicity (0–1)'), only('tumour'));
    this.brushControls.set(f.add(s, 'clone', 0, 255, 1).name('Clone id'), only('tumour'));
    this.brushControls.set(f.add(s, 'ecmDensity', 0, 1, 0.01).name('ECM density (0–1)'), only('ecm'));
    f.add({ undo: () => void this.undo() }, 'undo').name('Undo stroke (Ctrl+Z)');
    f.add({ redo: () => void this.redo() }, 'redo').name('Redo stroke (Ctrl+Shift+Z)');
    this.applyTool();
    f.close();
    return f;
  }

  undo(): Promise<void> {
    return this.replay('undo');
  }

  redo(): Promise<void> {
    return this.replay('redo');
  }

  private applyTool(): void {
    this.ports.camera.suspendPan(this.active);
    this.ports.camera.canvas.classList.toggle('painting', this.active);
    this.hint.textContent = this.active ? HINTS.paint : HINTS.inspect;
    for (const [c, visible] of this.brushControls) c.show(visible(this.settings.tool));
  }

  private brush(): Brush {
    const { tool, antigenicity, clone, ecmDensity } = this.settings;
    return {
      kind: tool as BrushKind,
      antigenicity,
      clone,
      ecmDensity,
      pdl1: this.ports.values.tumorPdl1,
      killCapacity: this.ports.values.ctlKillCapacity,
    };
  }

  private siteOf(e: PointerEvent): SitePoint {
    const p = this.ports.camera.siteAt(e.clientX, e.clientY);
    return { x: Math.floor(p.x), y: Math.floor(p.y) };
  }

  private onDown(e: PointerEvent): void {
    if (!this.active || !e.isPrimary || e.button !== 0) return;
    e.preventDefault();
    this.ports.camera.canvas.setPointerCapture(e.pointerId);
    this.stroke = { pointerId: e.pointerId, points: [this.siteOf(e)] };
    this.preview.width = this.ports.camera.pixelWidth;
    this.preview.height = this.ports.camera.pixelHeight;
    this.drawPreview(this.shape(this.stroke.points), true);
  }

  private onMove(e: PointerEvent): void {
    const stroke = this.stroke;
    if (!stroke || e.pointerId !== stroke.pointerId) return;
    const p = this.siteOf(e);
    const last = stroke.points.at(-1)!;
    if (p.x === last.x && p.y === last.y) return;
    stroke.points.push(p);
    // A disk stroke only grows: draw the new segment. A rectangle is redrawn from its corners.
    if (this.settings.shape === 'disk') this.drawPreview(this.shape([last, p]), false);
    else this.drawPreview(this.shape(stroke.points), true);
  }

  private onUp(e: PointerEvent): void {
    const stroke = this.stroke;
    if (!stroke || e.pointerId !== stroke.pointerId) return;
    this.stroke = null;
    void this.commit(this.shape(stroke.points));
  }

  private endStroke(): void {
    this.stroke = null;
    if (this.pendingCommits === 0)
      this.preview.getContext('2d')!.clearRect(0, 0, this.preview.width, this.preview.height);
  }

  private shape(points: SitePoint[]): StrokeShape {
    if (this.settings.shape === 'rectangle') return { kind: 'rectangle', from: points[0], to: points.at(-1)! };
    return { kind: 'disk', path: points, size: this.settings.size };
  }

  private drawPreview(shape: StrokeShape, clear: boolean): void {
    const ctx = this.preview.getContext('2d')!;
    if (clear) ctx.clearRect(0, 0, this.preview.width, this.preview.height);
    const { camera, ui } = this.ports;
    const width = camera.latticeWidth;
    const colour = PALETTES[ui.palette].colours[PREVIEW_COLOUR[this.settings.tool as BrushKind]];
    ctx.fillStyle = cssColour(colour); // opaque: the element's CSS opacity fades it evenly where segments overlap
    const side = Math.max(1, Math.ceil(camera.zoom));
    for (const site of coveredSites(width, camera.latticeHeight, shape)) {
      const p = camera.pixelOf(site % width, Math.floor(site / width));
      ctx.fillRect(Math.floor(p.x), Math.floor(p.y), side, side);
    }
  }

  /** Applies a finished stroke as one edit; the preview stays until the lattice holds it. */
  private async commit(shape: StrokeShape): Promise<void> {
    const brush = this.brush();
    this.pendingCommits++;
    try {
      await this.ports.editor.editLattice((lattice) => {
        const { lattice: painted, edit } = paintStroke(lattice, brush, shape);
        this.history.push(edit);
        return edit.sites.length > 0 ? painted : null;
      });
      if (brush.kind === 'ecm' && !this.ecmNoted) {
        this.ecmNoted = true;
        this.ports.notices.show(
          'ECM is not drawn in the lattice view; click a site with the Inspect tool to see its density.',
          'info',
        );
      }
    } catch (e) {
      this.ports.notices.show(`Painting failed: ${(e as Error).message}`, 'error');
    } finally {
      this.pendingCommits--;
      if (!this.stroke) this.endStroke();
    }
  }

  private async replay(direction: 'undo' | 'redo'): Promise<void> {
    try {
      const applied = await this.ports.editor.editLattice((lattice) => {
        const edit = direction === 'undo' ? this.history.undo() : this.history.redo();
        return edit ? applyEdit(lattice, edit, direction) : null;
      });
      if (!applied) this.ports.notices.show(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.', 'info');
    } catch (e) {
      this.ports.notices.show(`${direction === 'undo' ? 'Undo' : 'Redo'} failed: ${(e as Error).message}`, 'error');
    }
  }
}
