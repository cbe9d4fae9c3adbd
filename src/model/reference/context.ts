/**
 * What every CPU-twin pass reads: the lattice, the packed uniform and lookup tables (the very
 * arrays uploaded to the GPU), the intent plane, the systemic compartment and the hour's
 * statistics record.
 */
import { packParams, unpackParams, type Packed } from '../gpu-params';
import { cellType } from '../layout';
import { neighbourOf, type Lattice } from '../lattice';
import { buildLuts } from '../luts';
import type { ParamValues } from '../registry';
import { STAT_COUNT } from '../stats';
import { exposureAt, Pharmacokinetics, type Exposure } from '../therapy/exposure';

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

/** Everything the twin's passes read for `lattice` under `values` (packed params, tables, scratch). */
export function contextFor(lattice: Lattice, values: ParamValues): TwinContext {
  const n = lattice.width * lattice.height;
  return {
    lattice,
    next: new Uint32Array(2 * n),
    intents: new Uint32Array(n),
    params: unpackParams(packParams(values, lattice)),
    lut: buildLuts(values),
    stats: new Uint32Array(STAT_COUNT),
    dose: exposureAt(new Pharmacokinetics(values, []), lattice.hour),
  };
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
