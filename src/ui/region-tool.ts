/**
 * The radiotherapy field tool: when armed, one drag on the lattice (corner to corner) gives the
 * rectangle of sites a radiotherapy event irradiates. The fields of every radiotherapy event in
 * the schedule stay outlined on the lattice (dashed), so a class sees where the dose goes.
 */
import type { Region } from '../model/therapy/schedule';
import type { Camera } from './camera';
import type { NoticeBoard, RunView } from './ports';
import { THERAPY_COLOURS } from './therapy-colours';

export class RegionTool {
  private readonly overlay: HTMLCanvasElement;
  private armed = false;
  /** Whether the overlay holds outlines (so an empty frame clears it once, not every frame). */
  private drawn = false;
  private drag: { pointerId: number; from: { x: number; y: number }; to: { x: number; y: number } } | null = null;

  constructor(
    private readonly camera: Camera,
    private readonly notices: NoticeBoard,
    private readonly run: Pick<RunView, 'schedule' | 'on'>,
    private readonly isPainting: () => boolean,
    private readonly onRegion: (region: Region) => void,
  ) {
    const canvas = camera.canvas;
    this.overlay = document.createElement('canvas');
    this.overlay.className = 'region-overlay';
    canvas.after(this.overlay);
    canvas.addEventListener('pointerdown', (e) => this.onDown(e));
    canvas.addEventListener('pointermove', (e) => this.onMove(e));
    canvas.addEventListener('pointerup', (e) => this.onUp(e));
    canvas.addEventListener('pointercancel', () => this.disarm());
    run.on('frame', () => this.draw());
  }

  /** The next drag on the lattice draws the field. */
  arm(): void {
    this.armed = true;
    this.camera.suspendPan(true);
    this.camera.canvas.classList.add('painting');
    this.notices.show('Drag a rectangle on the lattice: the radiotherapy field.', 'info');
  }

  private disarm(): void {
    this.armed = false;
    this.drag = null;
    if (!this.isPainting()) {
      this.camera.suspendPan(false);
      this.camera.canvas.classList.remove('painting');
    }
  }

  private site(e: PointerEvent): { x: number; y: number } {
    const p = this.camera.siteAt(e.clientX, e.clientY);
    const clamp = (v: number, n: number): number => Math.min(n - 1, Math.max(0, Math.floor(v)));
    return { x: clamp(p.x, this.camera.latticeWidth), y: clamp(p.y, this.camera.latticeHeight) };
  }

  private onDown(e: PointerEvent): void {
    if (!this.armed || !e.isPrimary || e.button !== 0) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.camera.canvas.setPointerCapture(e.pointerId);
    const p = this.site(e);
    this.drag = { pointerId: e.pointerId, from: p, to: p };
  }

  private onMove(e: PointerEvent): void {
    if (this.drag && e.pointerId === this.drag.pointerId) this.drag.to = this.site(e);
  }

  private onUp(e: PointerEvent): void {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    d.to = this.site(e);
    const region = regionOf(d);
    this.disarm();
    this.onRegion(region);
  }

  /** Outlines the fields of the schedule and the one being drawn. */
  private draw(): void {
    const { camera } = this;
    const fields = this.run.schedule.flatMap((e) => (e.region ? [e.region] : []));
    const unique = [...new Map(fields.map((r) => [r.join(','), r])).values()];
    if (this.drag) unique.push(regionOf(this.drag));
    const o = this.overlay;
    if (o.width !== camera.pixelWidth || o.height !== camera.pixelHeight) {
      o.width = camera.pixelWidth;
      o.height = camera.pixelHeight;
    }
    if (unique.length === 0 && !this.drawn) return;
    const ctx = o.getContext('2d')!;
    ctx.clearRect(0, 0, o.width, o.height);
    this.drawn = unique.length > 0;
    if (!this.drawn) return;
    ctx.strokeStyle = THERAPY_COLOURS.radiation;
    ctx.lineWidth = Math.max(1, devicePixelRatio * 1.5);
    ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
    for (const [x0, y0, x1, y1] of unique) {
      const a = camera.pixelOf(x0, y0);
      const b = camera.pixelOf(x1, y1);
      ctx.strokeRect(a.x, a.y, b.x - a.x, b.y - a.y);
    }
  }
}

type Corner = { x: number; y: number };

/** The rectangle of sites spanned by a drag, both corners included. */
const regionOf = ({ from, to }: { from: Corner; to: Corner }): Region => [
  Math.min(from.x, to.x),
  Math.min(from.y, to.y),
  Math.max(from.x, to.x) + 1,
  Math.max(from.y, to.y) + 1,
];
