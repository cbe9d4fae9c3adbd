// Field sweep: one colour of a red-black SOR sweep of every field (model.md §3, architecture.md §3).
// Reads the cell state for sources and sinks; updates fields in place — a site of one colour only
// reads neighbours of the other colour, so threads never race. Vessels hold O2 and the drug at
// their plasma level, leaky vessels the nanoparticles; the drug and nanoparticle fields are only
// solved while their drug is around (clock.dose modes) and cleared once it has gone.
// Current cell state (read only).
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
// FIELD_COUNT planes of width × height fixed-point values.
@group(1) @binding(1) var<storage, read_write> fields: array<u32>;

// 0: sites with (x + y) even, 1: odd.
override PARITY: u32 = 0u;

const VON_NEUMANN = vec4u(1u, 3u, 4u, 6u);

// The value a vessel site holds field f at, or NO_HOLD when the field relaxes there.
const NO_HOLD: u32 = 0xffffffffu;
fn heldAt(f: u32, a: u32) -> u32 {
  if (cellType(a) != TYPE_VESSEL) { return NO_HOLD; }
  if (f == FIELD_O2) { return P.o2VesselQ16; }
  if (f == FIELD_DRUG) { return clock.dose.drugPlasmaQ16; }
  if (f == FIELD_NANO && field(a, LEAKY_SHIFT, LEAKY_MASK) == 1u) { return clock.dose.nanoPlasmaQ16; }
  return NO_HOLD;
}

fn fieldMode(f: u32) -> u32 {
  if (f == FIELD_DRUG) { return clock.dose.drugMode; }
  if (f == FIELD_NANO) { return clock.dose.nanoMode; }
  return FIELD_SOLVE;
}

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
    let mode = fieldMode(f);
    if (mode == FIELD_SKIP) { continue; }
    let held = heldAt(f, a);
    if (mode == FIELD_CLEAR || held != NO_HOLD) {
      fields[plane + i] = select(held, 0u, mode == FIELD_CLEAR);
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
