// Field sweep: one colour of a red-black SOR sweep of every field (model.md §3, architecture.md §3).
// Reads the cell state for sources and sinks; updates fields in place — a site of one colour only
// reads neighbours of the other colour, so threads never race.
// Current cell state (read only).
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
// FIELD_COUNT planes of width × height fixed-point values.
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
  for (var f = 0u; f < FIELD_COUNT; f++) {
    let plane = f * n;
    if (f == FIELD_O2 && cellType(a) == TYPE_VESSEL) {
      fields[plane + i] = P.o2VesselQ16;
      continue;
    }
    let c = fields[plane + i];
    var sum = 0u;
    for (var s = 0u; s < 4u; s++) {
      let j = neighbourOf(x, y, VON_NEUMANN[s]);
      // Zero flux across the closed boundary: a missing neighbour mirrors the site.
      sum += select(fields[plane + u32(j)], c, j < 0);
    }
    let kappa = lut[LUT_KAPPA + f * SECRETOR_ROWS + secretor];
    let sigma = lut[LUT_SIGMA + f * SECRETOR_ROWS + secretor];
    fields[plane + i] = relax(c, sum, kappa, sigma, P.omegaQ8, select(1u, 0u, f == FIELD_O2));
  }
}
