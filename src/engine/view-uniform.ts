/**
 * The renderer's uniform, declared once as a field list: scripts/generate.ts writes `struct View`
 * from it into shaders/render/view-uniform.wgsl, and ViewUniform packs values by field name at the
 * offsets WGSL's uniform layout gives them, so neither side counts words by hand.
 */
import { PALETTE_SLOT_COUNT } from './palette';

/** The WGSL types the uniform uses, with their alignment and size in bytes (WGSL §14.4, uniform address space). */
export const UNIFORM_TYPES = {
  f32: { align: 4, size: 4, words: 1 },
  u32: { align: 4, size: 4, words: 1 },
  vec2f: { align: 8, size: 8, words: 2 },
  vec4f: { align: 16, size: 16, words: 4 },
} as const;

export interface UniformField {
  readonly name: string;
  readonly type: keyof typeof UNIFORM_TYPES;
  /** Elements of an array of `type` (WGSL `array<type, count>`; the WGSL names the count by `countName`). */
  readonly count?: number;
  readonly countName?: string;
  readonly doc: string;
}

export const VIEW_FIELDS = [
  { name: 'lattice', type: 'vec2f', doc: 'lattice size in sites' },
  { name: 'canvas', type: 'vec2f', doc: 'canvas size in device pixels' },
  { name: 'centre', type: 'vec2f', doc: 'lattice coordinate shown at the canvas centre' },
  { name: 'zoom', type: 'f32', doc: 'device pixels per site' },
  { name: 'overlay', type: 'u32', doc: '0 none, 1 + FIELD_* for a field overlay' },
  { name: 'overlayAlpha', type: 'f32', doc: 'overlay opacity 0..1' },
  { name: 'overlayMax', type: 'f32', doc: 'field value (Q16 units) shown at the top of the colormap' },
  {
    name: 'origin',
    type: 'vec2f',
    doc: "framebuffer pixel of this view's top-left corner (side-by-side arms share one canvas)",
  },
  {
    name: 'palette',
    type: 'vec4f',
    count: PALETTE_SLOT_COUNT,
    countName: 'PALETTE_SLOT_COUNT',
    doc: 'colour per palette slot (PALETTE_*_SLOT, src/engine/palette.ts)',
  },
] as const satisfies readonly UniformField[];

export type ViewField = (typeof VIEW_FIELDS)[number]['name'];

const roundUp = (n: number, align: number): number => Math.ceil(n / align) * align;

/** Byte offset of every field and the struct's size: each field at its type's alignment, the size rounded to the largest. */
export function uniformLayout(fields: readonly UniformField[]): { offsets: Record<string, number>; size: number } {
  const offsets: Record<string, number> = {};
  let end = 0;
  let align = 4;
  for (const f of fields) {
    const t = UNIFORM_TYPES[f.type];
    // Array elements in the uniform address space lie 16 bytes apart at least: only vec4f packs tightly.
    if (f.count !== undefined && t.size < 16) throw new RangeError(`${f.name}: uniform arrays of ${f.type} are padded`);
    offsets[f.name] = roundUp(end, t.align);
    end = offsets[f.name] + t.size * (f.count ?? 1);
    align = Math.max(align, t.align);
  }
  return { offsets, size: roundUp(end, align) };
}

/** The bytes of one View uniform, written field by field by name. */
export class ViewUniform {
  readonly data: ArrayBuffer;
  private readonly f32: Float32Array;
  private readonly u32: Uint32Array;
  private readonly offsets: Record<string, number>;

  constructor() {
    const layout = uniformLayout(VIEW_FIELDS);
    this.data = new ArrayBuffer(layout.size);
    this.f32 = new Float32Array(this.data);
    this.u32 = new Uint32Array(this.data);
    this.offsets = layout.offsets;
  }

  /** Writes the given fields; a vector or array takes its components in order. */
  set(values: Partial<Record<ViewField, number | readonly number[]>>): void {
    for (const [name, value] of Object.entries(values) as [ViewField, number | readonly number[]][]) {
      const field = VIEW_FIELDS.find((f) => f.name === name)!;
      const words = UNIFORM_TYPES[field.type].words * ('count' in field ? field.count : 1);
      const list = typeof value === 'number' ? [value] : value;
      if (list.length !== words) throw new RangeError(`View.${name}: ${list.length} components, expected ${words}`);
      (field.type === 'u32' ? this.u32 : this.f32).set(list, this.offsets[name] / 4);
    }
  }
}
