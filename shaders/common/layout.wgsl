// Site words (two u32 per site): field access and the secretor row. The constants (TYPE_*, *_SHIFT,
// *_MASK, …) are generated from src/model/layout.ts, which documents every field, into constants.wgsl.
fn field(word: u32, shift: u32, mask: u32) -> u32 { return (word >> shift) & mask; }
fn withField(word: u32, shift: u32, mask: u32, value: u32) -> u32 {
  return (word & ~(mask << shift)) | ((value & mask) << shift);
}
fn cellType(a: u32) -> u32 { return a & TYPE_MASK; }
fn cellState(a: u32) -> u32 { return (a >> STATE_SHIFT) & STATE_MASK; }

// Row of the field tables a cell secretes and consumes by (see secretorIndex in layout.ts).
fn secretorIndex(a: u32) -> u32 {
  let kind = cellType(a);
  var state = min(cellState(a), 3u);
  if (kind == TYPE_CTL && state == CTL_ACTIVATED && field(a, TIMER_SHIFT, TIMER_MASK) == 0u) { state = SECRETOR_QUIET_CTL; }
  return kind * 4u + state;
}
