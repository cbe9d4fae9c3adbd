// Reference row of the benchmark (src/bench/kernels.ts): one naive Game-of-Life generation, one u32
// per cell (0 dead, 1 alive), dead beyond the edges. Reads the cells from src, writes the next
// generation to dst (planes.wgsl).
fn alive(x: i32, y: i32) -> u32 {
  if (x < 0 || y < 0 || x >= i32(shape.width) || y >= i32(shape.height)) { return 0u; }
  return src[u32(y) * shape.width + u32(x)];
}

@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (gid.x >= shape.width || gid.y >= shape.height) { return; }
  let x = i32(gid.x);
  let y = i32(gid.y);
  var n = 0u;
  for (var dy = -1; dy <= 1; dy++) {
    for (var dx = -1; dx <= 1; dx++) {
      if (dx != 0 || dy != 0) { n += alive(x + dx, y + dy); }
    }
  }
  let i = gid.y * shape.width + gid.x;
  dst[i] = select(0u, 1u, n == 3u || (n == 2u && src[i] == 1u));
}
