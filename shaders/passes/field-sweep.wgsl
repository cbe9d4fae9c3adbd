// Field sweep: one colour of a red-black SOR sweep of every field (model.md §3, architecture.md §3).
// Reads the cell state for sources and sinks; updates fields in place — a site of one colour only
// reads neighbours of the other colour, so threads never race. Vessels hold O2 and the drug at
// their plasma level, leaky vessels the nanoparticles; the drug and nanoparticle fields are only
// solved while their drug is around (clock.dose modes) and cleared once it has gone. Fields are
// packed two to a word (field-pack.wgsl): a thread loads each neighbour word once for both fields
// and writes its own site's word whole.
// Current cell state (read only).
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
// FIELD_WORDS planes of width × height words, two fixed-point fields each.
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

// Whether field f relaxes at a site of cell word a (rather than being kept, cleared or held).
fn relaxes(f: u32, a: u32) -> bool {
  return fieldMode(f) == FIELD_SOLVE && heldAt(f, a) == NO_HOLD;
}

// The new value of field f at a site of cell word a and secretor row, from its value c and the sum
// of its four neighbours (only read when the field relaxes).
fn updated(f: u32, a: u32, secretor: u32, c: u32, sum: u32) -> u32 {
  let mode = fieldMode(f);
  if (mode == FIELD_SKIP) { return c; }
  if (mode == FIELD_CLEAR) { return 0u; }
  let held = heldAt(f, a);
  if (held != NO_HOLD) { return held; }
  let kappa = lut[LUT_KAPPA + f * SECRETOR_ROWS + secretor];
  let sigma = lut[LUT_SIGMA + f * SECRETOR_ROWS + secretor];
  return relax(c, sum, kappa, sigma, P.omegaQ8, select(1u, 0u, f == FIELD_O2));
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
  for (var p = 0u; p < FIELD_WORDS; p++) {
    let lo = 2u * p;
    let hi = lo + 1u;
    if (fieldMode(lo) == FIELD_SKIP && fieldMode(hi) == FIELD_SKIP) { continue; }
    let plane = p * n;
    let c = fields[plane + i];
    var sum = vec2u(0u);
    if (relaxes(lo, a) || relaxes(hi, a)) {
      for (var s = 0u; s < 4u; s++) {
        let j = neighbourOf(x, y, VON_NEUMANN[s]);
        // Zero flux across the closed boundary: a missing neighbour mirrors the site.
        let w = select(fields[plane + u32(j)], c, j < 0);
        sum += vec2u(fieldHalf(w, lo), fieldHalf(w, hi));
      }
    }
    let next = vec2u(updated(lo, a, secretor, fieldHalf(c, lo), sum.x), updated(hi, a, secretor, fieldHalf(c, hi), sum.y));
    fields[plane + i] = next.x | (next.y << FIELD_HALF_BITS);
  }
}
