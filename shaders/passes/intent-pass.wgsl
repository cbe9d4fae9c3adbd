// An intent pass over the lattice: every site writes its intent (intentAt, from hour-intent.wgsl or
// immune-intent.wgsl) for resolve-pass.wgsl to read. State and fields are bound by the rules' file.
@group(1) @binding(2) var<storage, read_write> intents: array<u32>;

@compute @workgroup_size(WG, WG)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (!inLattice(gid)) { return; }
  let i = siteIndex(gid.x, gid.y);
  intents[i] = intentAt(gid.x, gid.y, i);
}
