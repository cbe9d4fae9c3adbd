/**
 * What every CPU-twin pass reads: the lattice, the packed uniform and lookup tables (the very
 * arrays uploaded to the GPU), the intent plane, the systemic compartment and the hour's
 * statistics record.
 */
import type { Lattice } from '../lattice';
import { cellType } from '../layout';
import { neighbourOf } from '../lattice';
import type { Packed } from '../tables';

export interface TwinContext {
  lattice: Lattice;
  /** State being written by a ping-pong pass (same shape as lattice.state). */
  next: Uint32Array<ArrayBuffer>;
  intents: Uint32Array;
  params: Packed;
  lut: Uint32Array;
  /** The hour's statistics record being accumulated. */
  stats: Uint32Array;
}

/** Swaps the written state in after a ping-pong pass. */
export function swapState(ctx: TwinContext): void {
  const written = ctx.next;
  ctx.next = ctx.lattice.state;
  ctx.lattice.state = written;
}

/** Cells of `type` among the eight neighbours of (x, y). */
export function countAround(ctx: TwinContext, x: number, y: number, type: number): number {
  const { width, height, state } = ctx.lattice;
  let n = 0;
  for (let k = 0; k < 8; k++) {
    const j = neighbourOf(width, height, x, y, k);
    if (j >= 0 && cellType(state[2 * j]) === type) n++;
  }
  return n;
}

/** A field value at site i. */
export const fieldAt = (ctx: TwinContext, f: number, i: number): number => ctx.lattice.fields[f * ctx.lattice.width * ctx.lattice.height + i];
