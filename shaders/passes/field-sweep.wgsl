// Field sweep: one colour of a red-black SOR sweep of every field over the whole lattice (model.md
// §3, architecture.md §3), with the rules of sweep-word.wgsl. Reads the cell state for sources and
// sinks; updates fields in place — a site of one colour only reads neighbours of the other colour,
// so threads never race. This kernel spells out planWord and finishWord inline, not calling them:
// measured 5–25 % faster on SwiftShader (docs/performance.md); the tiled kernel calls them. Fields are
// packed two to a word (src/engine/field-pack.ts): a thread loads each neighbour word once for both
// of its fields and writes its own site's word whole; a word whose two fields are skipped is not
// touched.
// Current cell state (read only).
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
// FIELD_WORDS planes of width × height words, two fixed-point fields each.
@group(1) @binding(1) var<storage, read_write> fields: array<u32>;

// 0: sites with (x + y) even, 1: odd.
override PARITY: u32 = 0u;

const VON_NEUMANN = vec4u(1u, 3u, 4u, 6u);

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let y = gid.y;
  let x = 2u * gid.x + ((y + PARITY) & 1u);
  if (x >= P.width || y >= P.height) { return; }
  let i = siteIndex(x, y);
  let n = P.width * P.height;
  let a = stateIn[i].x;
  let secretor = secretorIndex(a);
  // Zero flux across the closed boundary: a missing neighbour mirrors the site.
  var hood: vec4u;
  for (var s = 0u; s < 4u; s++) {
    let j = neighbourOf(x, y, VON_NEUMANN[s]);
    hood[s] = select(u32(j), i, j < 0);
  }
  for (var p = 0u; p < FIELD_WORDS; p++) {
    // The word's two fields: field 2p in the low half, 2p + 1 in the high half.
    let f = vec2u(2u * p, 2u * p + 1u);
    let mode = vec2u(fieldMode(f.x), fieldMode(f.y));
    if (all(mode == vec2u(FIELD_SKIP))) { continue; }
    let held = vec2u(heldAt(f.x, a), heldAt(f.y, a));
    let plane = p * n;
    let w = fields[plane + i];
    let c = vec2u(w & FIELD_MAX, w >> FIELD_HALF_BITS);
    // Skipped halves keep their value, cleared ones go to 0, held ones take the vessel's level; the
    // rest relax below.
    var next = select(select(held, c, mode == vec2u(FIELD_SKIP)), vec2u(0u), mode == vec2u(FIELD_CLEAR));
    let solve = (mode == vec2u(FIELD_SOLVE)) & (held == vec2u(NO_HOLD));
    if (any(solve)) {
      var sum = vec2u(0u);
      for (var s = 0u; s < 4u; s++) {
        let v = fields[plane + hood[s]];
        sum += vec2u(v & FIELD_MAX, v >> FIELD_HALF_BITS);
      }
      if (solve.x) { next.x = relaxed(f.x, secretor, c.x, sum.x); }
      if (solve.y) { next.y = relaxed(f.y, secretor, c.y, sum.y); }
    }
    fields[plane + i] = next.x | (next.y << FIELD_HALF_BITS);
  }
}
