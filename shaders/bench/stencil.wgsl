// Bandwidth probe (src/bench/kernels.ts): a 5-point stencil over `planes` u32 planes of a lattice,
// the memory pattern of a field sweep without its colours or sinks. Reads src, writes dst
// (planes.wgsl).
@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let x = gid.x;
  let y = gid.y;
  let w = shape.width;
  if (x >= w || y >= shape.height) { return; }
  let i = y * w + x;
  // Closed edges: a missing neighbour mirrors the site.
  let left = select(i - 1u, i, x == 0u);
  let right = select(i + 1u, i, x + 1u == w);
  let up = select(i - w, i, y == 0u);
  let down = select(i + w, i, y + 1u == shape.height);
  let n = w * shape.height;
  for (var p = 0u; p < shape.planes; p++) {
    let o = p * n;
    dst[o + i] = (4u * (src[o + i] >> 3u)) + ((src[o + left] >> 3u) + (src[o + right] >> 3u) + (src[o + up] >> 3u) + (src[o + down] >> 3u));
  }
}
