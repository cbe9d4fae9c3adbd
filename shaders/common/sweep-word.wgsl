// One site's word of a red-black SOR half-sweep: the rules of the field sweep over the whole lattice
// (field-sweep.wgsl, which spells planWord and finishWord out inline for speed) and of the tiled one
// in workgroup memory (field-tile.wgsl). Vessels hold O2 and the
// drug at their plasma level, leaky vessels the nanoparticles; the drug and nanoparticle fields are
// only solved while their drug is around (clock.dose modes) and cleared once it has gone.

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

// Whether word plane p is touched at all this hour (a word whose two fields are skipped is not).
fn planeActive(p: u32) -> bool {
  return fieldMode(2u * p) != FIELD_SKIP || fieldMode(2u * p + 1u) != FIELD_SKIP;
}

// What a half-sweep does to the two fields of word plane p at a site holding cell word a: `next`
// holds the values of halves that do not relax (skipped: their value, cleared: 0, held: the
// vessel's level), `solve` which halves relax.
struct WordPlan {
  next: vec2u,
  solve: vec2<bool>,
}

fn planWord(p: u32, a: u32, w: u32) -> WordPlan {
  // The word's two fields: field 2p in the low half, 2p + 1 in the high half.
  let f = vec2u(2u * p, 2u * p + 1u);
  let mode = vec2u(fieldMode(f.x), fieldMode(f.y));
  let held = vec2u(heldAt(f.x, a), heldAt(f.y, a));
  let c = vec2u(w & FIELD_MAX, w >> FIELD_HALF_BITS);
  let next = select(select(held, c, mode == vec2u(FIELD_SKIP)), vec2u(0u), mode == vec2u(FIELD_CLEAR));
  return WordPlan(next, (mode == vec2u(FIELD_SOLVE)) & (held == vec2u(NO_HOLD)));
}

// Field f relaxed at a site of the given secretor row, from its value c and the sum of its four
// neighbours.
fn relaxed(f: u32, secretor: u32, c: u32, sum: u32) -> u32 {
  let kappa = lut[LUT_KAPPA + f * SECRETOR_ROWS + secretor];
  let sigma = lut[LUT_SIGMA + f * SECRETOR_ROWS + secretor];
  return relax(c, sum, kappa, sigma, P.omegaQ8, select(1u, 0u, f == FIELD_O2));
}

// The site's next word from its plan, its word w and its four neighbours' words (a missing
// neighbour, across the closed boundary, is the site's own word: zero flux).
fn finishWord(p: u32, plan: WordPlan, secretor: u32, w: u32, hood: vec4u) -> u32 {
  var next = plan.next;
  let c = vec2u(w & FIELD_MAX, w >> FIELD_HALF_BITS);
  let sum = vec2u(dot(hood & vec4u(FIELD_MAX), vec4u(1u)), dot(hood >> vec4u(FIELD_HALF_BITS), vec4u(1u)));
  if (plan.solve.x) { next.x = relaxed(2u * p, secretor, c.x, sum.x); }
  if (plan.solve.y) { next.y = relaxed(2u * p + 1u, secretor, c.y, sum.y); }
  return next.x | (next.y << FIELD_HALF_BITS);
}
