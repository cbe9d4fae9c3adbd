/**
 * The hour plan (src/model/hour-plan.ts) on the GPU: each rule of the plan as the passes of the
 * pass table (pass-table.ts) that run it — the twin runs the same plan rule by rule
 * (src/model/reference/hour-rules.ts). The engine options map the same steps onto other passes:
 * tiled field sweeps, or intents fused with their resolve.
 */
import type { HourPlan, HourRule, PlanStep } from '../model/hour-plan';
import { TILE_HALF_SWEEPS, type PassName } from './pass-table';

export interface EngineOptions {
  /**
   * Relax the fields TILE_HALF_SWEEPS half-sweeps at a time in workgroup memory (field-tile.wgsl)
   * instead of one half-sweep per pass over the lattice. The lattice is bit-identical either way;
   * which is faster depends on the adapter (on SwiftShader the tiles are several times slower,
   * docs/performance.md), so it is off unless asked for (`npm run bench -- --tiled-sweeps`).
   */
  tiledSweeps?: boolean;
  /**
   * Compute each intent pass's intents in workgroup memory and resolve them in the same dispatch
   * (intent-resolve.wgsl), one dispatch instead of two and no intents buffer traffic. The lattice is
   * bit-identical either way; on SwiftShader the sub-steps take 2.3 × as long (a whole hour about
   * 1.5 ×, docs/performance.md), so it is off unless asked for (`npm run bench -- --fused-intents`).
   */
  fusedIntents?: boolean;
}

/** Tiled dispatches for `sweeps` red-black sweeps (in pairs, out and back; the rest run over the lattice). */
const tiledSweepDispatches = (sweeps: number): number => 2 * Math.floor(sweeps / TILE_HALF_SWEEPS);

/** `sweeps` red-black sweeps: with tiledSweeps TILE_HALF_SWEEPS half-sweeps a dispatch where they fit. */
function sweepPasses(sweeps: number, tiled: boolean): PassName[] {
  const tiles = tiled ? tiledSweepDispatches(sweeps) : 0;
  const out: PassName[] = [];
  for (let t = 0; t < tiles; t++) out.push(t % 2 === 0 ? 'sweepTileOut' : 'sweepTileBack');
  for (let s = (tiles * TILE_HALF_SWEEPS) / 2; s < sweeps; s++) out.push('sweepRed', 'sweepBlack');
  return out;
}

/** The passes of one plan step: each rule by name, as the twin's HOUR_RULES are functions by name. */
const RULE_PASSES: Readonly<Record<HourRule, (step: PlanStep, o: EngineOptions) => PassName[]>> = {
  fieldSweep: (step, o) => sweepPasses(step.times, o.tiledSweeps === true),
  cellFate: () => ['cellFate'],
  hourIntent: (_s, o) => [o.fusedIntents ? 'hourIntentResolve' : 'hourIntent'],
  immuneIntent: (_s, o) => [o.fusedIntents ? 'immuneIntentResolve' : 'immuneIntent'],
  // Fused, the intent pass before it has resolved already.
  resolve: (_s, o) => (o.fusedIntents ? [] : ['resolve']),
  census: () => ['stats'],
  systemic: () => ['systemic'],
};

/** A pass of the hour and the plan step it belongs to (its phase picks the clock record). */
export interface PlannedPass {
  readonly pass: PassName;
  readonly step: PlanStep;
}

/** The passes that carry out `plan`, in order. */
export const plannedPasses = (plan: HourPlan, options: EngineOptions): PlannedPass[] =>
  plan.flatMap((step) => RULE_PASSES[step.rule](step, options).map((pass) => ({ pass, step })));
