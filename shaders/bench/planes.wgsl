// Bindings of the lattice kernels of the benchmark (stencil.wgsl, life.wgsl), prepended to each by
// src/bench/kernels.ts: the lattice's shape, one buffer read and one written.
struct Shape {
  width: u32,
  height: u32,
  // u32 planes of width × height in src and dst
  planes: u32,
}

@group(0) @binding(0) var<uniform> shape: Shape;
@group(0) @binding(1) var<storage, read> src: array<u32>;
@group(0) @binding(2) var<storage, read_write> dst: array<u32>;
