/**
 * The WGSL RNG (shaders/common/rng.wgsl) reproduces the fixture vectors that pin the TS RNG, so the
 * kernels and the CPU twin draw the same numbers for every (key, site, purpose).
 */
import { describe, expect, it } from 'vitest';
import rngWGSL from '../../shaders/common/rng.wgsl?raw';
import { wgsl } from '../../src/engine/shaders';
import vectors from '../fixtures/rng-vectors.json';
import { withDevice } from '../helpers/gpu';

const KIND_PCG = 0;
const KIND_TICK_KEY = 1;
const KIND_DRAW = 2;

const probe = `
// One case per thread: (a, b, c, kind) → the hash the kind names.
@group(0) @binding(0) var<storage, read> cases: array<vec4u>;
@group(0) @binding(1) var<storage, read_write> results: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let i = gid.x;
  if (i >= arrayLength(&cases)) { return; }
  let c = cases[i];
  switch (c.w) {
    case ${KIND_PCG}u: { results[i] = pcg(c.x); }
    // tickKey(seed, tick) = pcg(seed ^ pcg(tick)), mixed on the host in the engine (clock.key).
    case ${KIND_TICK_KEY}u: { results[i] = pcg(c.x ^ pcg(c.y)); }
    default: { results[i] = draw(c.x, c.y, c.z); }
  }
}
`;

describe('WGSL rng', () => {
  it('reproduces pcg(), tickKey() and draw() fixture vectors bit for bit', async () => {
    const cases: number[][] = [
      ...vectors.pcg.map(([v, out]) => [v, 0, 0, KIND_PCG, out]),
      ...vectors.tickKey.map(([seed, tick, out]) => [seed, tick, 0, KIND_TICK_KEY, out]),
      ...vectors.draw.map(([key, site, purpose, out]) => [key, site, purpose, KIND_DRAW, out]),
    ];
    const results = await withDevice(async ({ device, own, report }) => {
      const module = device.createShaderModule({ label: 'rng-probe.wgsl', code: wgsl(rngWGSL, probe) });
      for (const m of (await module.getCompilationInfo()).messages)
        report(`${m.type} ${m.lineNum}:${m.linePos} ${m.message}`);
      const pipeline = device.createComputePipeline({
        label: 'rng-probe',
        layout: 'auto',
        compute: { module, entryPoint: 'main' },
      });
      const input = own(
        device.createBuffer({
          label: 'rng-probe.cases',
          size: cases.length * 16,
          usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
        }),
      );
      const output = own(
        device.createBuffer({
          label: 'rng-probe.results',
          size: cases.length * 4,
          usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
        }),
      );
      const staging = own(
        device.createBuffer({
          label: 'rng-probe.staging',
          size: cases.length * 4,
          usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
        }),
      );
      device.queue.writeBuffer(input, 0, new Uint32Array(cases.flatMap((c) => c.slice(0, 4))));
      const group = device.createBindGroup({
        layout: pipeline.getBindGroupLayout(0),
        entries: [
          { binding: 0, resource: { buffer: input } },
          { binding: 1, resource: { buffer: output } },
        ],
      });
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, group);
      pass.dispatchWorkgroups(Math.ceil(cases.length / 64));
      pass.end();
      encoder.copyBufferToBuffer(output, 0, staging, 0, cases.length * 4);
      device.queue.submit([encoder.finish()]);
      await staging.mapAsync(GPUMapMode.READ);
      const words = Array.from(new Uint32Array(staging.getMappedRange().slice(0)));
      staging.unmap();
      return words;
    });
    const kinds = ['pcg', 'tickKey', 'draw'];
    const mismatches = cases
      .map((c, i) => ({ c, got: results[i] }))
      .filter(({ c, got }) => got !== c[4])
      .map(({ c, got }) => `${kinds[c[3]]}(${c.slice(0, 3).join(', ')}): GPU ${got}, fixture ${c[4]}`);
    expect(mismatches).toEqual([]);
    expect(results.length).toBe(cases.length);
  });
});
