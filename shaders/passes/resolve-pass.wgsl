// A resolve pass over the lattice (resolve.wgsl) after an intent pass (intent-pass.wgsl): reads the
// intents from their buffer.
@group(1) @binding(0) var<storage, read> stateIn: array<vec2u>;
@group(1) @binding(1) var<storage, read_write> stateOut: array<vec2u>;
@group(1) @binding(2) var<storage, read> intents: array<u32>;
// Per-hour statistics records.
@group(1) @binding(3) var<storage, read_write> stats: array<atomic<u32>>;

// The intent of site (x, y), index i.
fn ownIntent(x: u32, y: u32, i: u32) -> u32 {
  return intents[i];
}

// The intent of neighbour k of (x, y), index j.
fn intentNear(x: u32, y: u32, k: u32, j: u32) -> u32 {
  return intents[j];
}

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (!inLattice(gid)) { return; }
  resolveSite(gid.x, gid.y);
}
