/**
 * What every CPU-twin pass reads: the lattice, the packed uniform and lookup tables (the very
 * arrays uploaded to the GPU), the intent plane, the systemic compartment and the hour's
 * statistics record.
 */
import type { Lattice } from '../lattice';
import { cellType } from '../layout';
import { neighbourOf } from '../lattice';
import type { Packed } from '../gpu-params';
import type { Exposure } from '../therapy/exposure';

export interface TwinContext {
  lattice: Lattice;
  /** State being written by a ping-pong pass (same shape as lattice.state). */
  next: Uint32Array<ArrayBuffer>;
  intents: Uint32Array;
  params: Packed;
  lut: Uint32Array;
  /** The hour's statistics record being accumulated. */
  stats: Uint32Array;
  /** The hour's therapy exposure (the GPU's clock.dose). */
  dose: Exposure;
}

/** Swaps the written state in after a ping-pong pass. */
export function swapState(ctx: TwinContext): void {
  const written = ctx.next;
  ctx.next = ctx.lattice.state;
  ctx.lattice.state = written;
}

/** Directions k of the neighbours of (x, y) holding `type`, in increasing k (twin of dirsAround in around.wgsl). */
export function dirsAround(ctx: TwinContext, x: number, y: number, type: number): number[] {
  const { width, height, state } = ctx.lattice;
  const dirs: number[] = [];
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j >= 0 && cellType(state[2 * j]) === type) dirs.push(k);
  }
  return dirs;
}

/** Cells of `type` among the eight neighbours of (x, y). */
export const countAround = (ctx: TwinContext, x: number, y: number, type: number): number =>
  dirsAround(ctx, x, y, type).length;

/** The direction a hash picks among `dirs` (non-empty; twin of pickDir in around.wgsl). */
export const pickDir = (dirs: readonly number[], hash: number): number => dirs[hash % dirs.length];

/** A field value at site i. */
export const fieldAt = (ctx: TwinContext, f: number, i: number): number =>
  ctx.lattice.fields[f * ctx.lattice.width * ctx.lattice.height + i];
