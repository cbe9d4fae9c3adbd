// Lattice geometry shared by all passes: site indices, the Moore neighbourhood (k = 0..7, the
// neighbour opposite k is 7 − k, same order as DX/DY in src/model/lattice.ts) and a closed boundary.

fn siteIndex(x: u32, y: u32) -> u32 { return y * P.width + x; }

fn inLattice(gid: vec3u) -> bool { return gid.x < P.width && gid.y < P.height; }

// Offset of neighbour k: HOOD_DX and HOOD_DY (constants.wgsl, generated from DX/DY in
// src/model/lattice.ts) hold offset + 1 in 2 bits per k, shifts instead of the division a 3 × 3
// block index needs.
fn hoodOffset(k: u32) -> vec2i {
  return vec2i(i32((HOOD_DX >> (2u * k)) & 3u) - 1, i32((HOOD_DY >> (2u * k)) & 3u) - 1);
}

// Index of neighbour k of (x, y), or −1 when it lies off the lattice.
fn neighbourOf(x: u32, y: u32, k: u32) -> i32 {
  let p = vec2i(i32(x), i32(y)) + hoodOffset(k);
  if (p.x < 0 || p.y < 0 || p.x >= i32(P.width) || p.y >= i32(P.height)) { return -1; }
  return p.y * i32(P.width) + p.x;
}
