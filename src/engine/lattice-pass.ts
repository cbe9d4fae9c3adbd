/**
 * One compute pass over the lattice: its pipeline and group-1 bind groups are built once, for both
 * ping-pong orientations; encode() records a dispatch and allocates nothing (style.md §3).
 */
import type { PassName } from './shaders';
import type { SimResources } from './resources';

/** What a pass binds in group 1, in binding order. */
export type PassResource =
  | 'stateIn'
  | 'stateOut'
  | 'fields'
  | 'fieldsRW'
  | 'spareFields'
  | 'spareFieldsRW'
  | 'intents'
  | 'intentsRW'
  | 'stats'
  | 'systemic'
  | 'systemicRW';

export interface PassSpec {
  name: PassName;
  bindings: readonly PassResource[];
  constants?: Record<string, number>;
  /** Threads along x cover two sites (red-black sweeps touch one colour per dispatch). */
  halfWidth?: boolean;
  /** One workgroup of one thread (the systemic update), not one thread per site. */
  single?: boolean;
  /** One workgroup per `tile` × `tile` block of sites (the tiled field sweeps). */
  tile?: number;
}

export const WORKGROUP = 8;
/** Half-sweeps per dispatch of the tiled field sweep (even: each starts with the red sites). */
export const TILE_HALF_SWEEPS = 4;
/** Sites per side a workgroup of the tiled sweep writes (its block adds a margin of TILE_HALF_SWEEPS). */
export const TILE_CORE = 24;
/** Tiled dispatches for `sweeps` red-black sweeps (in pairs, out and back; the rest run over the lattice). */
export const tiledSweepDispatches = (sweeps: number): number => 2 * Math.floor(sweeps / TILE_HALF_SWEEPS);

const bindingType = (r: PassResource): GPUBufferBindingType =>
  r === 'stateIn' || r === 'fields' || r === 'spareFields' || r === 'intents' || r === 'systemic'
    ? 'read-only-storage'
    : 'storage';

export class LatticePass {
  readonly pipeline: GPUComputePipeline;
  /** Group 1 for current state in buffer 0 and in buffer 1. */
  private readonly groups: [GPUBindGroup, GPUBindGroup];
  private readonly workgroups: [number, number];

  constructor(
    res: SimResources,
    readonly spec: PassSpec,
    module: GPUShaderModule,
  ) {
    const { device } = res;
    const label = `${spec.name}`;
    const layout = device.createBindGroupLayout({
      label: `${label}.layout`,
      entries: spec.bindings.map((r, binding) => ({
        binding,
        visibility: GPUShaderStage.COMPUTE,
        buffer: { type: bindingType(r) },
      })),
    });
    this.pipeline = device.createComputePipeline({
      label: `${label}.pipeline`,
      layout: device.createPipelineLayout({
        label: `${label}.pipelineLayout`,
        bindGroupLayouts: [res.sharedLayout, layout],
      }),
      compute: { module, entryPoint: 'main', constants: { WG: WORKGROUP, ...spec.constants } },
    });
    const buffer = (r: PassResource, cur: 0 | 1): GPUBuffer => {
      switch (r) {
        case 'stateIn':
          return res.state[cur];
        case 'stateOut':
          return res.state[1 - cur];
        case 'fields':
        case 'fieldsRW':
          return res.fields;
        case 'spareFields':
        case 'spareFieldsRW':
          if (!res.spareFields) throw new Error(`${spec.name}: these resources have no spare field buffer`);
          return res.spareFields;
        case 'intents':
        case 'intentsRW':
          if (!res.intents) throw new Error(`${spec.name}: these resources have no intents buffer`);
          return res.intents;
        case 'stats':
          return res.stats;
        case 'systemic':
        case 'systemicRW':
          return res.systemic;
      }
    };
    const group = (cur: 0 | 1): GPUBindGroup =>
      device.createBindGroup({
        label: `${label}.group${cur}`,
        layout,
        entries: spec.bindings.map((r, binding) => ({ binding, resource: { buffer: buffer(r, cur) } })),
      });
    this.groups = [group(0), group(1)];
    const columns = spec.halfWidth ? Math.ceil(res.width / 2) : res.width;
    const perGroup = spec.tile ?? WORKGROUP;
    this.workgroups = spec.single ? [1, 1] : [Math.ceil(columns / perGroup), Math.ceil(res.height / perGroup)];
  }

  /** Whether this pass writes the other state buffer (the caller then flips `cur`). */
  get flips(): boolean {
    return this.spec.bindings.includes('stateOut');
  }

  encode(pass: GPUComputePassEncoder, cur: 0 | 1): void {
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(1, this.groups[cur]);
    pass.dispatchWorkgroups(this.workgroups[0], this.workgroups[1]);
  }
}

/** Compiles every simulation module once per device; messages go to `report`. */
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

export const PASS_SPECS: Record<string, PassSpec> = {
  sweepRed: { name: 'fieldSweep', bindings: ['stateIn', 'fieldsRW'], constants: { PARITY: 0 }, halfWidth: true },
  sweepBlack: { name: 'fieldSweep', bindings: ['stateIn', 'fieldsRW'], constants: { PARITY: 1 }, halfWidth: true },
  cellFate: { name: 'cellFate', bindings: ['stateIn', 'stateOut', 'fields', 'stats'] },
  stats: { name: 'stats', bindings: ['stateIn', 'fields', 'stats'] },
  systemic: { name: 'systemic', bindings: ['systemicRW', 'stats'], single: true },
};

/** The intents, hourly or of a sub-step, and their resolve in two passes over the lattice (the default). */
export const INTENT_PASS_SPECS = {
  hourIntent: { name: 'hourIntent', bindings: ['stateIn', 'fields', 'intentsRW', 'systemic'] },
  immuneIntent: { name: 'immuneIntent', bindings: ['stateIn', 'fields', 'intentsRW'] },
  resolve: { name: 'resolve', bindings: ['stateIn', 'stateOut', 'intents', 'stats'] },
} as const satisfies Record<string, PassSpec>;

/**
 * The tiled field sweep (GpuStepper's `tiledSweeps` option): it reads one field buffer and writes
 * the other, so it runs in pairs, out to the spare buffer and back.
 */
export const TILE_PASS_SPECS = {
  sweepTileOut: {
    name: 'fieldTile',
    bindings: ['stateIn', 'fields', 'spareFieldsRW'],
    constants: { HALF_SWEEPS: TILE_HALF_SWEEPS, CORE: TILE_CORE },
    tile: TILE_CORE,
  },
  sweepTileBack: {
    name: 'fieldTile',
    bindings: ['stateIn', 'spareFields', 'fieldsRW'],
    constants: { HALF_SWEEPS: TILE_HALF_SWEEPS, CORE: TILE_CORE },
    tile: TILE_CORE,
  },
} as const satisfies Record<string, PassSpec>;

/**
 * Bindings of the fused kernels: the intent rules' files declare state, fields and (hourly) the
 * systemic words at 0, 1 and 3, intent-resolve.wgsl the rest. The sub-step's rules do not read the
 * systemic words: bound, unused.
 */
const FUSED_BINDINGS = ['stateIn', 'fields', 'stateOut', 'systemic', 'stats'] as const;

/**
 * Intents fused with their resolve (GpuStepper's `fusedIntents` option): one dispatch computes a
 * tile's intents in workgroup memory and resolves them (intent-resolve.wgsl).
 */
export const FUSED_PASS_SPECS = {
  hourIntentResolve: { name: 'hourIntentResolve', bindings: FUSED_BINDINGS },
  immuneIntentResolve: { name: 'immuneIntentResolve', bindings: FUSED_BINDINGS },
} as const satisfies Record<string, PassSpec>;
