// Field lookups. Every pass that includes this file binds the fields as `fields`.
fn fieldAt(f: u32, i: u32) -> u32 {
  return fields[f * P.width * P.height + i];
}
