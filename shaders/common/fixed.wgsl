// Fixed-point arithmetic of the field solver, the twin of src/model/reference/field-sweep.ts.

// round(c · k / 2^24) for c < 2^16 and k < 2^24 without leaving 32 bits (k split into 12-bit halves).
fn mulQ24(c: u32, k: u32) -> u32 {
  let hi = k >> 12u;
  let lo = k & 0xfffu;
  let r = c * hi + ((c * lo + 2048u) >> 12u);
  return (r + 2048u) >> 12u;
}

// One SOR update towards c = (Σ neighbours − κc + σ) / 4; shifts on i32 are arithmetic (floor).
fn relax(c: u32, sumNeighbours: u32, kappa: u32, sigma: u32, omegaQ8: u32) -> u32 {
  let relaxed = (i32(sumNeighbours) - i32(mulQ24(c, kappa)) + i32(sigma) + 2) >> 2u;
  let next = i32(c) + (((relaxed - i32(c)) * i32(omegaQ8) + 128) >> 8u);
  return u32(clamp(next, 0, 65535));
}
