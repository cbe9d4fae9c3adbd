// Fixed-point arithmetic, the twin of src/model/fixed.ts: every product stays below 2^32.

// round(c · k / 2^24) for c < 2^16 and k < 2^24 without leaving 32 bits (k split into 12-bit
// halves; the half is added once, so the rounding is exact).
fn mulQ24(c: u32, k: u32) -> u32 {
  let hi = k >> 12u;
  let lo = k & 0xfffu;
  let r = c * hi + ((c * lo + 0x800000u) >> 12u);
  return r >> 12u;
}

// round(x · m / 2^16) for x, m < 2^16 (x split in two bytes).
fn mulQ16(x: u32, m: u32) -> u32 {
  let r = (x >> 8u) * m + (((x & 0xffu) * m + 128u) >> 8u);
  return (r + 128u) >> 8u;
}

// floor(a · m / 2^16) for any u32 a and m < 2^16 (a split at bit 16).
fn scaleQ16(a: u32, m: u32) -> u32 {
  return (a >> 16u) * m + (((a & 0xffffu) * m) >> 16u);
}

// a scaled by a Q16 multiplier m in which Q16_ONE (65536) means exactly 1.
fn scaleBy(a: u32, m: u32) -> u32 {
  return select(scaleQ16(a, m), a, m >= Q16_ONE);
}

// One SOR update towards c = (Σ neighbours − κc + σ) / 4; shifts on i32 are arithmetic (floor).
// minSink (0 or 1): the least a non-zero value loses, so fields other than O2 fade to zero.
fn relax(c: u32, sumNeighbours: u32, kappa: u32, sigma: u32, omegaQ8: u32, minSink: u32) -> u32 {
  let sink = select(0u, max(mulQ24(c, kappa), minSink), c > 0u);
  let relaxed = (i32(sumNeighbours) - i32(sink) + i32(sigma) + 2) >> 2u;
  let next = i32(c) + (((relaxed - i32(c)) * i32(omegaQ8) + 128) >> 8u);
  return u32(clamp(next, 0, 65535));
}
