/**
 * The renderer's uniform is packed by field name at offsets computed from the declared field list
 * (src/engine/view-uniform.ts), the same list `struct View` is generated from. If the offsets broke
 * WGSL's alignment rules the shader would read the zoom as the overlay or the palette shifted by a
 * slot: the lattice would be drawn in the wrong colours or not at all.
 */
import { describe, expect, it } from 'vitest';
import { PALETTE_SLOT_COUNT } from '../../src/engine/palette';
import { uniformLayout, VIEW_FIELDS, ViewUniform } from '../../src/engine/view-uniform';

describe('view uniform layout', () => {
  it('places each field at its WGSL alignment: vec2f on 8 bytes, vec4f arrays on 16', () => {
    const { offsets, size } = uniformLayout([
      { name: 'a', type: 'f32', doc: '' },
      { name: 'b', type: 'vec2f', doc: '' },
      { name: 'c', type: 'u32', doc: '' },
      { name: 'd', type: 'vec4f', count: 2, doc: '' },
      { name: 'e', type: 'f32', doc: '' },
    ]);
    expect(offsets).toEqual({ a: 0, b: 8, c: 16, d: 32, e: 64 });
    expect(size).toBe(80); // rounded up to the struct's alignment, 16
  });

  it('refuses an array the uniform address space would pad', () => {
    expect(() => uniformLayout([{ name: 'x', type: 'f32', count: 4, doc: '' }])).toThrow(/padded/);
  });

  it('lays out struct View with the palette after the twelve view words', () => {
    const { offsets, size } = uniformLayout(VIEW_FIELDS);
    expect([offsets.overlay, offsets.origin, offsets.palette]).toEqual([28, 40, 48]);
    expect(size).toBe(48 + 16 * PALETTE_SLOT_COUNT);
  });

  it('writes integers as u32 and the rest as f32, refusing a wrong component count', () => {
    const view = new ViewUniform();
    view.set({ zoom: 2.5, overlay: 3, centre: [10, 20] });
    expect(new Float32Array(view.data, 16, 3)).toEqual(new Float32Array([10, 20, 2.5]));
    expect(new Uint32Array(view.data, 28, 1)[0]).toBe(3);
    expect(() => view.set({ centre: [1] })).toThrow(/components/);
  });
});
