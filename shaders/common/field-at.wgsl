// Field lookups. Every pass that includes this file binds the fields as `fields` (field-pack.wgsl).
fn fieldAt(f: u32, i: u32) -> u32 {
  return fieldHalf(fields[(f >> 1u) * P.width * P.height + i], f);
}
