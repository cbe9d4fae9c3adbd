/**
 * GPU buffers of one lattice and the shared bind group 0 (params, clock, lookup tables).
 * Created once per lattice size; every buffer is destroyed with it.
 */
import { LUT_SIZE } from '../model/luts';
import { FIELD_WORDS } from '../model/fields';
import { PARAMS_WORDS } from '../model/gpu-params';
import { SYS_WORDS } from '../model/systemic-words';
import { STAT_COUNT } from '../model/stats';
import { CLOCK_BYTES, CLOCK_RECORDS, CLOCK_STRIDE, MAX_BATCH_HOURS } from './clock';
import type { PassBuffer } from './pass-table';

export class SimResources {
  readonly state: [GPUBuffer, GPUBuffer];
  /** FIELD_WORDS planes of u32 words, two fields to a word (field-pack.ts). */
  readonly fields: GPUBuffer;
  /** The other field buffer of the tiled sweeps (GpuStepper's `tiledSweeps`), or null without them. */
  readonly spareFields: GPUBuffer | null;
  /** One u32 intent per site, for the two-pass intents and resolve; null when they are fused. */
  readonly intents: GPUBuffer | null;
  /** MAX_BATCH_HOURS statistics records of STAT_COUNT u32. */
  readonly stats: GPUBuffer;
  /** SYS_WORDS u32 of the systemic compartment (priming, antigen, burden). */
  readonly systemic: GPUBuffer;
  readonly params: GPUBuffer;
  readonly clock: GPUBuffer;
  readonly lut: GPUBuffer;
  readonly sharedLayout: GPUBindGroupLayout;
  readonly shared: GPUBindGroup;

  constructor(
    readonly device: GPUDevice,
    readonly width: number,
    readonly height: number,
    buffers: { spareFields: boolean; intents: boolean } = { spareFields: false, intents: true },
  ) {
    const sites = width * height;
    const storage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;
    const make = (label: string, size: number, usage: number): GPUBuffer => device.createBuffer({ label, size, usage });
    this.state = [make('state.a', sites * 8, storage), make('state.b', sites * 8, storage)];
    this.fields = make('fields', sites * 4 * FIELD_WORDS, storage);
    this.spareFields = buffers.spareFields
      ? make('spareFields', sites * 4 * FIELD_WORDS, GPUBufferUsage.STORAGE)
      : null;
    this.intents = buffers.intents ? make('intents', sites * 4, GPUBufferUsage.STORAGE) : null;
    this.stats = make('stats', MAX_BATCH_HOURS * STAT_COUNT * 4, storage);
    this.systemic = make('systemic', SYS_WORDS * 4, storage);
    this.params = make('params', PARAMS_WORDS * 4, GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST);
    this.clock = make('clock', CLOCK_RECORDS * CLOCK_STRIDE, GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST);
    this.lut = make('lut', LUT_SIZE * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST);
    const visibility = GPUShaderStage.COMPUTE;
    this.sharedLayout = device.createBindGroupLayout({
      label: 'shared.layout',
      entries: [
        { binding: 0, visibility, buffer: { type: 'uniform' } },
        { binding: 1, visibility, buffer: { type: 'uniform', hasDynamicOffset: true, minBindingSize: CLOCK_BYTES } },
        { binding: 2, visibility, buffer: { type: 'read-only-storage' } },
      ],
    });
    this.shared = device.createBindGroup({
      label: 'shared.group',
      layout: this.sharedLayout,
      entries: [
        { binding: 0, resource: { buffer: this.params } },
        { binding: 1, resource: { buffer: this.clock, size: CLOCK_BYTES } },
        { binding: 2, resource: { buffer: this.lut } },
      ],
    });
  }

  /** The buffer a pass binding names, with the current lattice in state buffer `cur`. */
  buffer(role: PassBuffer, cur: 0 | 1): GPUBuffer {
    const need = (b: GPUBuffer | null, what: string): GPUBuffer => {
      if (!b) throw new Error(`SimResources: these resources have no ${what} buffer`);
      return b;
    };
    switch (role) {
      case 'state':
        return this.state[cur];
      case 'nextState':
        return this.state[1 - cur];
      case 'fields':
        return this.fields;
      case 'spareFields':
        return need(this.spareFields, 'spare field');
      case 'intents':
        return need(this.intents, 'intents');
      case 'stats':
        return this.stats;
      case 'systemic':
        return this.systemic;
    }
  }

  get sites(): number {
    return this.width * this.height;
  }

  destroy(): void {
    for (const b of [
      ...this.state,
      this.fields,
      this.spareFields,
      this.intents,
      this.stats,
      this.systemic,
      this.params,
      this.clock,
      this.lut,
    ])
      b?.destroy();
  }
}
