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
import { hourPlan, type PlanStep } from '../model/hour-plan';
import type { ParamValues } from '../model/registry';
import { plannedPasses, type EngineOptions } from '../engine/hour-passes';
import { PASSES, type PassModule } from '../engine/pass-table';

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

/** Per site and per dispatch of each simulation module (one colour of a sweep is one dispatch). */
export const PASS_TRAFFIC: Readonly<Record<PassModule, PassTraffic>> = {
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

const bytes = (module: PassModule): number => PASS_TRAFFIC[module].read + PASS_TRAFFIC[module].write;

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

/** The group of a step of the hour plan: the sweeps, the census, or the hourly rules or a sub-step by its phase. */
export function groupOf(step: PlanStep): Exclude<PassGroup, 'render'> {
  if (step.rule === 'fieldSweep') return 'fields';
  if (step.rule === 'census' || step.rule === 'systemic') return 'census';
  return step.phase === 0 ? 'fate' : 'immune';
}

/** Bytes per site that one model hour (or, for render, one frame) of each group moves. */
export function groupBytesPerSite(
  values: Pick<ParamValues, 'fieldSweepsPerHour' | 'substeps'>,
  engine: EngineOptions = {},
): Record<PassGroup, number> {
  const out: Record<PassGroup, number> = {
    fields: 0,
    fate: 0,
    immune: 0,
    census: 0,
    render: STATE_BYTES + PIXEL_BYTES,
  };
  for (const { pass, step } of plannedPasses(hourPlan(values), engine))
    out[groupOf(step)] += bytes(PASSES[pass].module);
  return out;
}

/** A GpuStepper.passFilter that keeps the passes of `group` only: those of its steps of the hour plan. */
export const onlyGroup =
  (group: PassGroup): ((planned: { step: PlanStep }) => boolean) =>
  ({ step }) =>
    groupOf(step) === group;
