/**
 * The pass table: every compute pass of the simulation, once — the WGSL files it is composed of
 * (after the simulation prelude, shaders.ts), its group-1 bindings as the WGSL declares them, its
 * override constants, its dispatch shape and the rules of the hour plan it runs (each the CPU
 * twin's function of that name, src/model/reference/hour-rules.ts). LatticePass builds a pass from
 * its entry; hour-passes.ts maps the hour plan onto entries; tests/unit/pass-bindings.test.ts holds
 * the bindings to the WGSL, both ways.
 */
import type { HourRule } from '../model/hour-plan';
import type { ShaderFile } from './shaders';

/** Threads per side of a workgroup over sites (`override WG` in bindings.wgsl). */
export const WORKGROUP = 8;
/** Half-sweeps per dispatch of the tiled field sweep (even: each starts with the red sites). */
export const TILE_HALF_SWEEPS = 4;
/** Sites per side a workgroup of the tiled sweep writes (its block adds a margin of TILE_HALF_SWEEPS). */
export const TILE_CORE = 24;

/** What a binding is bound to: the current or the next lattice of the ping-pong pair, or a buffer of SimResources. */
export type PassBuffer = 'state' | 'nextState' | 'fields' | 'spareFields' | 'intents' | 'stats' | 'systemic';

/** `@group(1) @binding(binding) var<storage, access> name` and the buffer bound there. */
export interface PassBinding {
  readonly binding: number;
  readonly name: string;
  readonly access: 'read' | 'read_write';
  readonly buffer: PassBuffer;
}

/**
 * Workgroups of a dispatch: WORKGROUP² sites each; the same over half the columns (one colour of a
 * red-black sweep); one TILE_CORE² block each (the tiled sweep); one thread in all.
 */
export type DispatchShape = 'sites' | 'halfWidth' | 'tiles' | 'single';

export interface PassDef {
  /** The composed module (passes with the same module share it and differ in constants or buffers). */
  readonly module: string;
  /** Its files after the simulation prelude, shared helpers first, its own file last. */
  readonly sources: readonly ShaderFile[];
  readonly bindings: readonly PassBinding[];
  readonly constants?: Readonly<Record<string, number>>;
  readonly dispatch: DispatchShape;
  /** The plan rules (twin functions) one dispatch carries out. */
  readonly rules: readonly HourRule[];
}

const read = (binding: number, name: string, buffer: PassBuffer): PassBinding => ({
  binding,
  name,
  access: 'read',
  buffer,
});
const readWrite = (binding: number, name: string, buffer: PassBuffer): PassBinding => ({
  binding,
  name,
  access: 'read_write',
  buffer,
});

/** What the rules of fates and intents read around a site: neighbours, fields, the hour's exposure. */
const SITE_RULES = [
  'common/around.wgsl',
  'common/field-pack.wgsl',
  'common/field-at.wgsl',
  'common/therapy.wgsl',
] as const satisfies readonly ShaderFile[];
/** One site's resolve (resolve.wgsl) and the cell changes it applies, counting into `stats`. */
const RESOLVE_RULES = [
  'common/count.wgsl',
  'passes/resolve-rules.wgsl',
  'passes/resolve.wgsl',
] as const satisfies readonly ShaderFile[];

const FIELD_SWEEP = {
  module: 'fieldSweep',
  sources: ['common/sweep-word.wgsl', 'passes/field-sweep.wgsl'],
  bindings: [read(0, 'stateIn', 'state'), readWrite(1, 'fields', 'fields')],
  dispatch: 'halfWidth',
  rules: ['fieldSweep'],
} as const satisfies Omit<PassDef, 'constants'>;

/** TILE_HALF_SWEEPS half-sweeps from one field buffer into the other, so it runs in pairs, out and back. */
const FIELD_TILE = {
  module: 'fieldTile',
  sources: ['common/sweep-word.wgsl', 'passes/field-tile.wgsl'],
  constants: { HALF_SWEEPS: TILE_HALF_SWEEPS, CORE: TILE_CORE },
  dispatch: 'tiles',
  rules: ['fieldSweep'],
} as const satisfies Omit<PassDef, 'bindings'>;

export const PASSES = {
  sweepRed: { ...FIELD_SWEEP, constants: { PARITY: 0 } },
  sweepBlack: { ...FIELD_SWEEP, constants: { PARITY: 1 } },
  sweepTileOut: {
    ...FIELD_TILE,
    bindings: [read(0, 'stateIn', 'state'), read(1, 'fieldsIn', 'fields'), readWrite(2, 'fieldsOut', 'spareFields')],
  },
  sweepTileBack: {
    ...FIELD_TILE,
    bindings: [read(0, 'stateIn', 'state'), read(1, 'fieldsIn', 'spareFields'), readWrite(2, 'fieldsOut', 'fields')],
  },
  cellFate: {
    module: 'cellFate',
    sources: [...SITE_RULES, 'common/count.wgsl', 'passes/fate-rules.wgsl', 'passes/cell-fate.wgsl'],
    bindings: [
      read(0, 'stateIn', 'state'),
      readWrite(1, 'stateOut', 'nextState'),
      read(2, 'fields', 'fields'),
      readWrite(3, 'stats', 'stats'),
    ],
    dispatch: 'sites',
    rules: ['cellFate'],
  },
  // The intents and their resolve in two passes over the lattice, through the intents buffer (the default).
  hourIntent: {
    module: 'hourIntent',
    sources: [...SITE_RULES, 'passes/hour-intent.wgsl', 'passes/intent-pass.wgsl'],
    bindings: [
      read(0, 'stateIn', 'state'),
      read(1, 'fields', 'fields'),
      readWrite(2, 'intents', 'intents'),
      read(3, 'systemic', 'systemic'),
    ],
    dispatch: 'sites',
    rules: ['hourIntent'],
  },
  immuneIntent: {
    module: 'immuneIntent',
    sources: [...SITE_RULES, 'passes/immune-intent.wgsl', 'passes/intent-pass.wgsl'],
    bindings: [read(0, 'stateIn', 'state'), read(1, 'fields', 'fields'), readWrite(2, 'intents', 'intents')],
    dispatch: 'sites',
    rules: ['immuneIntent'],
  },
  resolve: {
    module: 'resolve',
    sources: [...RESOLVE_RULES, 'passes/resolve-pass.wgsl'],
    bindings: [
      read(0, 'stateIn', 'state'),
      readWrite(1, 'stateOut', 'nextState'),
      read(2, 'intents', 'intents'),
      readWrite(3, 'stats', 'stats'),
    ],
    dispatch: 'sites',
    rules: ['resolve'],
  },
  // The intents computed in workgroup memory and resolved in the same dispatch (EngineOptions.fusedIntents).
  hourIntentResolve: {
    module: 'hourIntentResolve',
    sources: [...SITE_RULES, 'passes/hour-intent.wgsl', ...RESOLVE_RULES, 'passes/intent-resolve.wgsl'],
    bindings: [
      read(0, 'stateIn', 'state'),
      read(1, 'fields', 'fields'),
      readWrite(2, 'stateOut', 'nextState'),
      read(3, 'systemic', 'systemic'),
      readWrite(4, 'stats', 'stats'),
    ],
    dispatch: 'sites',
    rules: ['hourIntent', 'resolve'],
  },
  immuneIntentResolve: {
    module: 'immuneIntentResolve',
    sources: [...SITE_RULES, 'passes/immune-intent.wgsl', ...RESOLVE_RULES, 'passes/intent-resolve.wgsl'],
    bindings: [
      read(0, 'stateIn', 'state'),
      read(1, 'fields', 'fields'),
      readWrite(2, 'stateOut', 'nextState'),
      readWrite(4, 'stats', 'stats'),
    ],
    dispatch: 'sites',
    rules: ['immuneIntent', 'resolve'],
  },
  stats: {
    module: 'stats',
    sources: ['common/field-pack.wgsl', 'common/field-at.wgsl', 'passes/stats.wgsl'],
    bindings: [read(0, 'stateIn', 'state'), read(1, 'fields', 'fields'), readWrite(2, 'stats', 'stats')],
    dispatch: 'sites',
    rules: ['census'],
  },
  systemic: {
    module: 'systemic',
    sources: ['passes/systemic.wgsl'],
    bindings: [readWrite(0, 'systemic', 'systemic'), readWrite(1, 'stats', 'stats')],
    dispatch: 'single',
    rules: ['systemic'],
  },
} as const satisfies Record<string, PassDef>;

export type PassName = keyof typeof PASSES;
export type PassModule = (typeof PASSES)[PassName]['module'];
