/**
 * Painting on the lattice, as pure functions: a stroke (a brush and the sites it covers) turns a
 * lattice into an edited copy plus the list of sites it changed, with their words before and after,
 * so whole strokes can be undone and redone. Coverage is integer arithmetic on site coordinates:
 * the same strokes on the same lattice always give the same words. Fields are left as they are; the
 * solver relaxes them around the new cells within the next hours.
 */
import {
  ANTIGEN_SHIFT,
  CTL_EFFECTOR,
  ECM_MASK,
  ECM_SHIFT,
  KCAP_MASK,
  KCAP_SHIFT,
  PDL1_SHIFT,
  SITE_BITS,
  STATE_SHIFT,
  TYPE_CTL,
  TYPE_TUMOR,
  TYPE_VESSEL,
  withField,
} from '../model/layout';
import { cloneLattice, type Lattice } from '../model/lattice';
import { byte01, q16of01 } from '../model/thresholds';

export type BrushKind = 'tumour' | 'vessel' | 'ecm' | 'ctl' | 'eraser';

export interface Brush {
  kind: BrushKind;
  /** Tumour brush: antigenicity 0–1, clone id 0–255, PD-L1 0–1. */
  antigenicity: number;
  clone: number;
  pdl1: number;
  /** ECM brush: density 0–1. */
  ecmDensity: number;
  /** CTL brush: kills a fresh effector can make (the registry's ctlKillCapacity). */
  killCapacity: number;
}

/** A site coordinate (whole numbers; points off the lattice are allowed and clipped). */
export interface SitePoint {
  x: number;
  y: number;
}

/** A freehand stroke of disks of `size` sites along `path`, or a rectangle between two corners. */
export type StrokeShape =
  { kind: 'disk'; path: readonly SitePoint[]; size: number } | { kind: 'rectangle'; from: SitePoint; to: SitePoint };

/** The sites a stroke changed (ascending), with both words of each before and after it. */
export interface StrokeEdit {
  sites: Uint32Array;
  before: Uint32Array;
  after: Uint32Array;
}

/** Words of a site after `brush` touched it; the site's ECM stays unless the brush is ECM. */
export function paintedWords(brush: Brush, a: number, b: number): [number, number] {
  const site = a & SITE_BITS;
  switch (brush.kind) {
    case 'tumour': {
      const props =
        (Math.round(brush.clone) & 0xff) |
        (byte01(brush.antigenicity) << ANTIGEN_SHIFT) |
        (q16of01(brush.pdl1) << PDL1_SHIFT);
      return [(site | TYPE_TUMOR) >>> 0, props >>> 0];
    }
    case 'vessel':
      return [(site | TYPE_VESSEL) >>> 0, 0];
    case 'ctl': {
      // A freshly recruited effector, as the resolve pass makes them (freshCtl).
      const kcap = Math.min(KCAP_MASK, Math.max(0, Math.round(brush.killCapacity)));
      return [(site | TYPE_CTL | (CTL_EFFECTOR << STATE_SHIFT) | (kcap << KCAP_SHIFT)) >>> 0, 0];
    }
    case 'ecm':
      return [withField(a, ECM_SHIFT, ECM_MASK, byte01(brush.ecmDensity)), b >>> 0];
    case 'eraser':
      return [site >>> 0, 0];
  }
}

/** Sites of a straight line between two points, one per step of the longer axis (no gaps). */
function lineSites(p: SitePoint, q: SitePoint): SitePoint[] {
  const n = Math.max(Math.abs(q.x - p.x), Math.abs(q.y - p.y));
  if (n === 0) return [p];
  return Array.from({ length: n + 1 }, (_, i) => ({
    x: p.x + Math.round(((q.x - p.x) * i) / n),
    y: p.y + Math.round(((q.y - p.y) * i) / n),
  }));
}

/** Offsets of a disk `size` sites across: sites whose centres lie within size/2 of the centre site. */
function diskOffsets(size: number): SitePoint[] {
  const reach = Math.floor(size / 2);
  const out: SitePoint[] = [];
  for (let dy = -reach; dy <= reach; dy++)
    for (let dx = -reach; dx <= reach; dx++) if (4 * (dx * dx + dy * dy) <= size * size) out.push({ x: dx, y: dy });
  return out;
}

/** Indices of the lattice sites a shape covers, ascending, each once. */
export function coveredSites(width: number, height: number, shape: StrokeShape): Uint32Array {
  if (shape.kind === 'rectangle') {
    const [x0, x1] = [
      Math.max(0, Math.min(shape.from.x, shape.to.x)),
      Math.min(width - 1, Math.max(shape.from.x, shape.to.x)),
    ];
    const [y0, y1] = [
      Math.max(0, Math.min(shape.from.y, shape.to.y)),
      Math.min(height - 1, Math.max(shape.from.y, shape.to.y)),
    ];
    const out: number[] = [];
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.push(y * width + x);
    return Uint32Array.from(out);
  }
  const size = Math.max(1, Math.round(shape.size));
  const offsets = diskOffsets(size);
  const centres = shape.path.flatMap((p, i) => (i === 0 ? [p] : lineSites(shape.path[i - 1], p).slice(1)));
  // A mask over the lattice rows the stroke can reach keeps the result ordered and free of repeats.
  const reach = Math.floor(size / 2);
  const top = Math.max(0, centres.reduce((m, p) => Math.min(m, p.y), Infinity) - reach);
  const bottom = Math.min(height - 1, centres.reduce((m, p) => Math.max(m, p.y), -Infinity) + reach);
  if (bottom < top) return new Uint32Array(0);
  const mask = new Uint8Array((bottom - top + 1) * width);
  for (const c of centres) {
    for (const o of offsets) {
      const [x, y] = [c.x + o.x, c.y + o.y];
      if (x >= 0 && x < width && y >= top && y <= bottom) mask[(y - top) * width + x] = 1;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(top * width + i);
  return Uint32Array.from(out);
}

/** Paints `shape` with `brush` on a copy of `lattice`; the edit lists only sites whose words changed. */
export function paintStroke(
  lattice: Lattice,
  brush: Brush,
  shape: StrokeShape,
): { lattice: Lattice; edit: StrokeEdit } {
  const out = cloneLattice(lattice);
  const changed: number[] = [];
  const before: number[] = [];
  const after: number[] = [];
  for (const site of coveredSites(lattice.width, lattice.height, shape)) {
    const [a, b] = [out.state[2 * site], out.state[2 * site + 1]];
    const [na, nb] = paintedWords(brush, a, b);
    if (na === a && nb === b) continue;
    out.state[2 * site] = na;
    out.state[2 * site + 1] = nb;
    changed.push(site);
    before.push(a, b);
    after.push(na, nb);
  }
  return {
    lattice: out,
    edit: { sites: Uint32Array.from(changed), before: Uint32Array.from(before), after: Uint32Array.from(after) },
  };
}

/** A copy of `lattice` with the edit's sites set to their words before ('undo') or after ('redo'). */
export function applyEdit(lattice: Lattice, edit: StrokeEdit, direction: 'undo' | 'redo'): Lattice {
  const out = cloneLattice(lattice);
  const words = direction === 'undo' ? edit.before : edit.after;
  edit.sites.forEach((site, i) => {
    out.state[2 * site] = words[2 * i];
    out.state[2 * site + 1] = words[2 * i + 1];
  });
  return out;
}

/** Undo and redo stacks of whole strokes; a new stroke clears what could be redone. */
export class PaintHistory {
  private readonly done: StrokeEdit[] = [];
  private readonly undone: StrokeEdit[] = [];

  push(edit: StrokeEdit): void {
    if (edit.sites.length === 0) return;
    this.done.push(edit);
    this.undone.length = 0;
  }

  /** The stroke to undo (moved to the redo stack), or null when there is none. */
  undo(): StrokeEdit | null {
    const edit = this.done.pop() ?? null;
    if (edit) this.undone.push(edit);
    return edit;
  }

  /** The stroke to redo (moved back to the undo stack), or null when there is none. */
  redo(): StrokeEdit | null {
    const edit = this.undone.pop() ?? null;
    if (edit) this.done.push(edit);
    return edit;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}
