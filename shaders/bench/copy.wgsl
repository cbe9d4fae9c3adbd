// Bandwidth probe (src/bench/kernels.ts): copies one buffer into another, 16 bytes per thread.
// Reads src, writes dst; the dispatch is 2D only because one dimension cannot hold large buffers.
@group(0) @binding(0) var<storage, read> src: array<vec4u>;
@group(0) @binding(1) var<storage, read_write> dst: array<vec4u>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) groups: vec3u) {
  let i = gid.y * groups.x * 64u + gid.x;
  if (i >= arrayLength(&src)) { return; }
  dst[i] = src[i];
}
