/**
 * Bytes each pass must move per lattice site, counted from the buffer layout and the WGSL, so a pass
 * group's effective bandwidth (bytes / time) can be set against the probe's (docs/performance.md).
 *
 * Counting rule: a buffer a pass reads at every site counts its whole size per site once, however
 * many neighbours read each word (a cache holds them); the two words of a site count together
 * (state is interleaved, a memory transaction carries both); reads that only some cell types make
 * (fields in cell fate, intents and census) are left out, so the figures are lower bounds.
 */
import { BASE_FIELD_COUNT, FIELD_HALF_BITS } from '../model/fields';
import type { PassName } from '../engine/shaders';
import { TILE_HALF_SWEEPS, tiledSweepDispatches } from '../engine/lattice-pass';
import type { ParamValues } from '../model/registry';
import type { EngineOptions } from '../engine/gpu-stepper';

/** State: two u32 words per site (src/model/layout.ts). */
export const STATE_BYTES = 8;
/**
 * Fields: 16 bits per site per field, two fields to a u32 word (src/engine/field-pack.ts). Without
 * drugs (the benchmark scenario) the sweeps skip the word of the drug and nanoparticle fields, so
 * the BASE_FIELD_COUNT fields (O2, chemokine, IFN-γ, S) are moved: two word planes, 8 B.
 */
export const FIELD_BYTES = (BASE_FIELD_COUNT * FIELD_HALF_BITS) / 8;
/** Intents: one u32 per site (src/engine/resources.ts). */
export const INTENT_BYTES = 4;
/** The view: one rgba8 pixel per site at zoom 1, and no field overlay. */
export const PIXEL_BYTES = 4;

export interface PassTraffic {
  read: number;
  write: number;
  /** Which words, for the table in the docs. */
  note: string;
}

/** Per site and per dispatch of each simulation pass (one colour of a sweep is one dispatch). */
export const PASS_TRAFFIC: Readonly<Record<PassName, PassTraffic>> = {
  // One colour: reads its state and every solved word plane (own word, neighbours of the other
  // colour), writes the words of its own colour: half of them.
  fieldSweep: {
    read: STATE_BYTES + FIELD_BYTES,
    write: FIELD_BYTES / 2,
    note: 'state + solved field words in, own colour of the field words out',
  },
  // TILE_HALF_SWEEPS half-sweeps in workgroup memory: state and field words in once, field words out once.
  fieldTile: {
    read: STATE_BYTES + FIELD_BYTES,
    write: FIELD_BYTES,
    note: 'state + solved field words in, field words out, for several half-sweeps',
  },
  cellFate: {
    read: STATE_BYTES,
    write: STATE_BYTES,
    note: 'state in (fields at tumour, CTL and macrophage sites only), state out',
  },
  hourIntent: { read: STATE_BYTES, write: INTENT_BYTES, note: 'state in, intents out' },
  immuneIntent: { read: STATE_BYTES, write: INTENT_BYTES, note: 'state in, intents out' },
  resolve: { read: STATE_BYTES + INTENT_BYTES, write: STATE_BYTES, note: 'state and intents in, state out' },
  // Intents in workgroup memory: the intents buffer is neither written nor read.
  hourIntentResolve: {
    read: STATE_BYTES,
    write: STATE_BYTES,
    note: 'state in, state out (intents in workgroup memory)',
  },
  immuneIntentResolve: {
    read: STATE_BYTES,
    write: STATE_BYTES,
    note: 'state in, state out (intents in workgroup memory)',
  },
  stats: { read: STATE_BYTES, write: 0, note: 'state in; one atomic add per counter per workgroup out' },
  systemic: { read: 0, write: 0, note: 'one thread, a few words' },
};

const bytes = (name: PassName): number => PASS_TRAFFIC[name].read + PASS_TRAFFIC[name].write;

/** The pass groups the benchmark times on their own; `render` is a frame, the rest one model hour. */
export const PASS_GROUPS = ['fields', 'fate', 'immune', 'census', 'render'] as const;
export type PassGroup = (typeof PASS_GROUPS)[number];

export const GROUP_LABELS: Readonly<Record<PassGroup, string>> = {
  fields: 'fields (red-black sweeps)',
  fate: 'cell fate + hourly intent/resolve',
  immune: 'immune sub-steps (intent/resolve)',
  census: 'statistics + systemic',
  render: 'render (one frame, 1 px per site)',
};

/** Bytes per site that one model hour (or, for render, one frame) of each group moves. */
export function groupBytesPerSite(
  values: Pick<ParamValues, 'fieldSweepsPerHour' | 'substeps'>,
  engine: EngineOptions = {},
): Record<PassGroup, number> {
  const tiled = engine.tiledSweeps ? tiledSweepDispatches(values.fieldSweepsPerHour) : 0;
  const fused = engine.fusedIntents === true;
  return {
    fields:
      tiled * bytes('fieldTile') + (2 * values.fieldSweepsPerHour - tiled * TILE_HALF_SWEEPS) * bytes('fieldSweep'),
    fate: bytes('cellFate') + (fused ? bytes('hourIntentResolve') : bytes('hourIntent') + bytes('resolve')),
    immune: values.substeps * (fused ? bytes('immuneIntentResolve') : bytes('immuneIntent') + bytes('resolve')),
    census: bytes('stats') + bytes('systemic'),
    render: STATE_BYTES + PIXEL_BYTES,
  };
}

/** The group of a simulation pass; resolve belongs to the intent pass that ran before it. */
const GROUP_OF_PASS: Partial<Record<PassName, PassGroup>> = {
  fieldSweep: 'fields',
  fieldTile: 'fields',
  cellFate: 'fate',
  hourIntent: 'fate',
  immuneIntent: 'immune',
  hourIntentResolve: 'fate',
  immuneIntentResolve: 'immune',
  stats: 'census',
  systemic: 'census',
};

/**
 * A GpuStepper.passFilter that keeps the passes of `group` only. Passes it does not know (added
 * to the engine after this table) fall in no group and are skipped; the full hour still runs them.
 */
export function onlyGroup(group: PassGroup): (spec: { name: PassName }) => boolean {
  let previous: PassGroup | undefined;
  return ({ name }) => {
    if (name !== 'resolve') previous = GROUP_OF_PASS[name];
    return previous === group;
  };
}
