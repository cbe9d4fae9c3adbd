// Field sweep: one colour of a red-black SOR sweep of every field over the whole lattice (model.md
// §3, architecture.md §3); the per-word rules are in sweep-word.wgsl. Reads the cell state for
// sources and sinks; updates fields in place — a site of one colour only reads neighbours of the
// other colour, so threads never race. Fields are packed two to a word (src/engine/field-pack.ts):
// a thread loads each neighbour word once for both of its fields and writes its own site's word
// whole; a word whose two fields are skipped is not touched.
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
    if (!planeActive(p)) { continue; }
    let plane = p * n;
    let w = fields[plane + i];
    let plan = planWord(p, a, w);
    var next = plan.next.x | (plan.next.y << FIELD_HALF_BITS);
    if (any(plan.solve)) {
      next = finishWord(p, plan, secretor, w, vec4u(fields[plane + hood.x], fields[plane + hood.y], fields[plane + hood.z], fields[plane + hood.w]));
    }
    fields[plane + i] = next;
  }
}
