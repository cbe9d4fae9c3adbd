// Counter-based random numbers, the twin of src/model/rng.ts: a draw is a hash of (seed, tick,
// site, purpose), never state carried in a buffer, so thread scheduling cannot change a result.
// The PURPOSE_* constants are generated from rng.ts into constants.wgsl.

// PCG-RXS-M-XS 32-bit output permutation (Jarzynski & Olano 2020).
fn pcg(v: u32) -> u32 {
  let state = v * 747796405u + 2891336453u;
  let word = ((state >> ((state >> 28u) + 4u)) ^ state) * 277803737u;
  return (word >> 22u) ^ word;
}

// key = pcg(seed ^ pcg(tick)), computed once per dispatch on the host (clock.key).
fn draw(key: u32, site: u32, purpose: u32) -> u32 {
  return pcg(pcg(key ^ site) ^ purpose);
}
