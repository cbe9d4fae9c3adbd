/**
 * The lattice as plain typed arrays, shared by the CPU twin, snapshots and the engine's uploads:
 * `state` interleaves the two words of every site (A0, B0, A1, B1, …) exactly as the GPU's
 * array<vec2<u32>>; `fields` holds FIELD_COUNT planes of width × height fixed-point values.
 */
import { FIELD_COUNT } from './fields';
import { SYS_WORDS } from './systemic-words';

export interface Lattice {
  readonly width: number;
  readonly height: number;
  /** Model hours completed. */
  hour: number;
  state: Uint32Array<ArrayBuffer>;
  fields: Uint32Array<ArrayBuffer>;
  systemic: Uint32Array<ArrayBuffer>;
}

export const createLattice = (width: number, height: number): Lattice => ({
  width,
  height,
  hour: 0,
  state: new Uint32Array(width * height * 2),
  fields: new Uint32Array(width * height * FIELD_COUNT),
  systemic: new Uint32Array(SYS_WORDS),
});

export const cloneLattice = (l: Lattice): Lattice => ({
  ...l,
  state: l.state.slice(),
  fields: l.fields.slice(),
  systemic: l.systemic.slice(),
});

/** Moore neighbourhood, k = 0..7; the neighbour opposite k is 7 − k. Mirrors shaders/common/hood.wgsl. */
export const DX = [-1, 0, 1, -1, 1, -1, 0, 1] as const;
export const DY = [-1, -1, -1, 0, 0, 1, 1, 1] as const;
/** The four von Neumann neighbours used by the field stencil. */
export const VON_NEUMANN = [1, 3, 4, 6] as const;

/** Index of neighbour k of (x, y), or −1 off the lattice (closed boundary). */
export function neighbourOf(width: number, height: number, x: number, y: number, k: number): number {
  const nx = x + DX[k];
  const ny = y + DY[k];
  if (nx < 0 || ny < 0 || nx >= width || ny >= height) return -1;
  return ny * width + nx;
}
