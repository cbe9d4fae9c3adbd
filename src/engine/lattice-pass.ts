/**
 * One compute pass over the lattice, built from its pass table entry (pass-table.ts): its pipeline
 * and group-1 bind groups are built once, for both ping-pong orientations; encode() records a
 * dispatch and allocates nothing (style.md §3).
 */
import { TILE_CORE, WORKGROUP, type DispatchShape, type PassDef, type PassName } from './pass-table';
import type { SimResources } from './resources';

function workgroups(shape: DispatchShape, width: number, height: number): [number, number] {
  switch (shape) {
    case 'sites':
      return [Math.ceil(width / WORKGROUP), Math.ceil(height / WORKGROUP)];
    case 'halfWidth':
      return [Math.ceil(Math.ceil(width / 2) / WORKGROUP), Math.ceil(height / WORKGROUP)];
    case 'tiles':
      return [Math.ceil(width / TILE_CORE), Math.ceil(height / TILE_CORE)];
    case 'single':
      return [1, 1];
  }
}

export class LatticePass {
  readonly pipeline: GPUComputePipeline;
  /** Whether this pass writes the next lattice (the caller then flips its current one). */
  readonly flips: boolean;
  /** Group 1 for current state in buffer 0 and in buffer 1. */
  private readonly groups: [GPUBindGroup, GPUBindGroup];
  private readonly workgroups: [number, number];

  constructor(
    res: SimResources,
    readonly name: PassName,
    readonly def: PassDef,
    module: GPUShaderModule,
  ) {
    const { device } = res;
    const layout = device.createBindGroupLayout({
      label: `${name}.layout`,
      entries: def.bindings.map((b) => ({
        binding: b.binding,
        visibility: GPUShaderStage.COMPUTE,
        buffer: { type: b.access === 'read' ? 'read-only-storage' : 'storage' },
      })),
    });
    this.pipeline = device.createComputePipeline({
      label: `${name}.pipeline`,
      layout: device.createPipelineLayout({
        label: `${name}.pipelineLayout`,
        bindGroupLayouts: [res.sharedLayout, layout],
      }),
      compute: { module, entryPoint: 'main', constants: { WG: WORKGROUP, ...def.constants } },
    });
    const group = (cur: 0 | 1): GPUBindGroup =>
      device.createBindGroup({
        label: `${name}.group${cur}`,
        layout,
        entries: def.bindings.map((b) => ({ binding: b.binding, resource: { buffer: res.buffer(b.buffer, cur) } })),
      });
    this.groups = [group(0), group(1)];
    this.workgroups = workgroups(def.dispatch, res.width, res.height);
    this.flips = def.bindings.some((b) => b.buffer === 'nextState');
  }

  encode(pass: GPUComputePassEncoder, cur: 0 | 1): void {
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(1, this.groups[cur]);
    pass.dispatchWorkgroups(this.workgroups[0], this.workgroups[1]);
  }
}

/** Compiles a module; its compilation messages go to `report`. */
export function compileModule(
  device: GPUDevice,
  name: string,
  code: string,
  report: (msg: string) => void,
): GPUShaderModule {
  const module = device.createShaderModule({ label: `${name}.wgsl`, code });
  void module.getCompilationInfo().then((info) => {
    for (const m of info.messages) report(`${m.type} in ${name}.wgsl ${m.lineNum}:${m.linePos}: ${m.message}`);
  });
  return module;
}
