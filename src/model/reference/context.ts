/**
 * What every CPU-twin pass reads: the lattice, the packed uniform and lookup tables (the very
 * arrays uploaded to the GPU), the intent plane and the hour's statistics record.
 */
import type { Lattice } from '../lattice';
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
