// Packed fields (src/engine/field-pack.ts): word plane f / 2 holds field f in its low half when f
// is even, its high half when odd.
fn fieldHalf(word: u32, f: u32) -> u32 {
  return (word >> ((f & 1u) * FIELD_HALF_BITS)) & FIELD_MAX;
}
