/**
 * The benchmark's own kernels over buffers the size of the simulation's: the bandwidth probe (a copy
 * and a 5-point stencil over four u32 planes) and the reference row (a naive Game-of-Life
 * generation, one u32 per cell). Each encode() records `reps` dispatches in one compute pass,
 * ping-ponging between two buffers.
 */
import copyWGSL from '../../shaders/bench/copy.wgsl?raw';
import stencilWGSL from '../../shaders/bench/stencil.wgsl?raw';
import lifeWGSL from '../../shaders/bench/life.wgsl?raw';
import planesWGSL from '../../shaders/bench/planes.wgsl?raw';
import { compileModule } from '../engine/lattice-pass';
import { wgsl } from '../engine/shaders';
import { pcg } from '../model/rng';
import { BASE_FIELD_COUNT } from '../model/fields';

export type KernelName = 'copy' | 'stencil' | 'life';

/**
 * u32 planes of the probe's buffers: one per field solved without drugs, 16 B per site, the size of
 * those fields unpacked. The packed sweeps move half that (traffic.ts, FIELD_BYTES); the probe only
 * measures bandwidth, so it keeps its size.
 */
const PROBE_PLANES = BASE_FIELD_COUNT;
const PROBE_BYTES = 4 * PROBE_PLANES;

/** Bytes each kernel moves per site and dispatch: what it reads plus what it writes. */
export const KERNEL_BYTES_PER_SITE: Readonly<Record<KernelName, number>> = {
  copy: 2 * PROBE_BYTES,
  stencil: 2 * PROBE_BYTES,
  life: 2 * 4,
};

const COPY_WORKGROUP = 64;
const WG = 8;
/** Live cells in the Game of Life's first generation, per 256 (a soup that stays busy). */
const LIFE_DENSITY = 80;

interface Kernel {
  pipeline: GPUComputePipeline;
  groups: [GPUBindGroup, GPUBindGroup];
  workgroups: [number, number];
}

export class BenchKernels {
  private readonly buffers: [GPUBuffer, GPUBuffer];
  private readonly shape: GPUBuffer;
  private readonly kernels: Record<KernelName, Kernel>;

  constructor(
    private readonly device: GPUDevice,
    readonly side: number,
    report: (message: string) => void,
  ) {
    const sites = side * side;
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST;
    this.buffers = [0, 1].map((i) =>
      device.createBuffer({ label: `BenchKernels.buffer${i}`, size: sites * PROBE_BYTES, usage }),
    ) as [GPUBuffer, GPUBuffer];
    this.shape = device.createBuffer({
      label: 'BenchKernels.shape',
      size: 16,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
    device.queue.writeBuffer(this.shape, 0, new Uint32Array([side, side, PROBE_PLANES, 0]));
    device.queue.writeBuffer(this.buffers[0], 0, lifeSoup(sites));
    const copyGroups = Math.ceil((sites * PROBE_BYTES) / 16 / COPY_WORKGROUP);
    const copyX = Math.min(copyGroups, device.limits.maxComputeWorkgroupsPerDimension);
    const tiles = Math.ceil(side / WG);
    this.kernels = {
      copy: this.kernel('copy', copyWGSL, report, false, sites * PROBE_BYTES, [copyX, Math.ceil(copyGroups / copyX)]),
      stencil: this.kernel('stencil', wgsl(planesWGSL, stencilWGSL), report, true, sites * PROBE_BYTES, [tiles, tiles]),
      life: this.kernel('life', wgsl(planesWGSL, lifeWGSL), report, true, sites * 4, [tiles, tiles]),
    };
  }

  /** Records `reps` dispatches of `name` into `pass`. */
  encode(pass: GPUComputePassEncoder, name: KernelName, reps: number): void {
    const k = this.kernels[name];
    pass.setPipeline(k.pipeline);
    for (let r = 0; r < reps; r++) {
      pass.setBindGroup(0, k.groups[r % 2]);
      pass.dispatchWorkgroups(k.workgroups[0], k.workgroups[1]);
    }
  }

  destroy(): void {
    for (const b of [...this.buffers, this.shape]) b.destroy();
  }

  private kernel(
    name: KernelName,
    code: string,
    report: (m: string) => void,
    shaped: boolean,
    size: number,
    workgroups: [number, number],
  ): Kernel {
    const module = compileModule(this.device, `bench-${name}`, code, report);
    const pipeline = this.device.createComputePipeline({
      label: `BenchKernels.${name}`,
      layout: 'auto',
      compute: { module, entryPoint: 'main' },
    });
    const group = (from: GPUBuffer, to: GPUBuffer): GPUBindGroup => {
      const data = [from, to].map((buffer) => ({ buffer, size }));
      const entries = (shaped ? [{ buffer: this.shape }, ...data] : data).map((resource, binding) => ({
        binding,
        resource,
      }));
      return this.device.createBindGroup({
        label: `BenchKernels.${name}.group`,
        layout: pipeline.getBindGroupLayout(0),
        entries,
      });
    };
    return {
      pipeline,
      groups: [group(this.buffers[0], this.buffers[1]), group(this.buffers[1], this.buffers[0])],
      workgroups,
    };
  }
}

/** A deterministic random soup of live cells (the model's hash of the index). */
function lifeSoup(sites: number): Uint32Array<ArrayBuffer> {
  const cells = new Uint32Array(sites);
  for (let i = 0; i < sites; i++) cells[i] = pcg(i) >>> 24 < LIFE_DENSITY ? 1 : 0;
  return cells;
}
