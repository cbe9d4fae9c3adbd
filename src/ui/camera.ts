/**
 * Zoom and pan of the lattice view: wheel zooms about the cursor, drag (mouse, pen or one finger)
 * pans, two fingers pinch-zoom, double-click fits. Zoom is in device pixels per site and the shader
 * looks sites up by floor(), so pixels stay crisp at every zoom. A paint tool suspends panning so a
 * drag paints instead; the wheel still zooms.
 */
import type { ViewState } from '../engine/renderer';

export class Camera {
  centreX = 0;
  centreY = 0;
  zoom = 1;
  private latticeW = 1;
  private latticeH = 1;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private panSuspended = false;
  /** Side-by-side views sharing this camera (comparison): each gets an equal column of the canvas. */
  private columnCount = 1;

  constructor(readonly canvas: HTMLCanvasElement) {
    canvas.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    canvas.addEventListener('pointerdown', (e) => this.onDown(e));
    canvas.addEventListener('pointermove', (e) => this.onMove(e));
    for (const type of ['pointerup', 'pointercancel', 'pointerleave'] as const)
      canvas.addEventListener(type, (e) => this.onUp(e));
    canvas.addEventListener('dblclick', () => this.fit());
  }

  get latticeWidth(): number {
    return this.latticeW;
  }
  get latticeHeight(): number {
    return this.latticeH;
  }

  /** Canvas size in device pixels. */
  get pixelWidth(): number {
    return this.canvas.width;
  }
  get pixelHeight(): number {
    return this.canvas.height;
  }

  get columns(): number {
    return this.columnCount;
  }

  /** Splits the canvas into `n` equal columns that show the same view; refits. */
  setColumns(n: number): void {
    this.columnCount = Math.max(1, Math.floor(n));
    this.fit();
  }

  /** Width in device pixels of one column (the whole canvas without comparison). */
  get viewWidth(): number {
    return Math.max(1, Math.floor(this.canvas.width / this.columnCount));
  }

  setLattice(width: number, height: number): void {
    this.latticeW = width;
    this.latticeH = height;
    this.fit();
  }

  fit(): void {
    this.centreX = this.latticeW / 2;
    this.centreY = this.latticeH / 2;
    this.zoom = Math.min(this.viewWidth / this.latticeW, this.canvas.height / this.latticeH);
  }

  /** Matches the backing store to the element's size; returns true when it changed. */
  resize(): boolean {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(this.canvas.clientWidth * dpr));
    const h = Math.max(1, Math.round(this.canvas.clientHeight * dpr));
    if (w === this.canvas.width && h === this.canvas.height) return false;
    const wasFit =
      Math.abs(this.zoom - Math.min(this.viewWidth / this.latticeW, this.canvas.height / this.latticeH)) < 1e-6;
    this.canvas.width = w;
    this.canvas.height = h;
    if (wasFit) this.fit();
    return true;
  }

  /** While suspended, pointer drags are left to others (painting); wheel zoom still works. */
  suspendPan(suspended: boolean): void {
    this.panSuspended = suspended;
    if (suspended) this.pointers.clear();
    this.canvas.classList.remove('dragging');
  }

  /** Device-pixel position on the canvas of a lattice coordinate (inverse of siteAt, without the CSS offset). */
  pixelOf(x: number, y: number): { x: number; y: number } {
    return {
      x: (x - this.centreX) * this.zoom + this.viewWidth / 2,
      y: (y - this.centreY) * this.zoom + this.canvas.height / 2,
    };
  }

  /** Lattice coordinates under a client (CSS pixel) position. */
  siteAt(clientX: number, clientY: number): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    const dpr = this.canvas.width / Math.max(1, rect.width);
    // Every column shows the same view: a position maps to the same site in each.
    const px = ((clientX - rect.left) * dpr) % this.viewWidth;
    return {
      x: this.centreX + (px - this.viewWidth / 2) / this.zoom,
      y: this.centreY + ((clientY - rect.top) * dpr - this.canvas.height / 2) / this.zoom,
    };
  }

  view(overlay: Pick<ViewState, 'overlay' | 'overlayAlpha' | 'overlayMax'>): ViewState {
    return { centreX: this.centreX, centreY: this.centreY, zoom: this.zoom, ...overlay };
  }

  private zoomAbout(clientX: number, clientY: number, factor: number): void {
    const before = this.siteAt(clientX, clientY);
    const fitZoom = Math.min(this.viewWidth / this.latticeW, this.canvas.height / this.latticeH);
    this.zoom = Math.min(64, Math.max(fitZoom / 4, this.zoom * factor));
    const after = this.siteAt(clientX, clientY);
    this.centreX += before.x - after.x;
    this.centreY += before.y - after.y;
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    this.zoomAbout(e.clientX, e.clientY, Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)));
  }

  private onDown(e: PointerEvent): void {
    if (this.panSuspended) return;
    this.canvas.setPointerCapture(e.pointerId);
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.canvas.classList.add('dragging');
  }

  private onMove(e: PointerEvent): void {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    const dpr = this.canvas.width / Math.max(1, this.canvas.getBoundingClientRect().width);
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()];
      const other = a === last ? b : a;
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
      if (before > 0) this.zoomAbout((e.clientX + other.x) / 2, (e.clientY + other.y) / 2, after / before);
    } else {
      this.centreX -= ((e.clientX - last.x) * dpr) / this.zoom;
      this.centreY -= ((e.clientY - last.y) * dpr) / this.zoom;
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
  }

  private onUp(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size === 0) this.canvas.classList.remove('dragging');
  }
}
