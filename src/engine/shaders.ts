/**
 * WGSL sources, composed by plain concatenation in a fixed order (style.md §4): generated params,
 * layout, RNG, geometry, intents, fixed point, shared bindings, then the pass's own helpers and
 * the pass itself.
 */
import paramsWGSL from '../../shaders/common/params.wgsl?raw';
import layoutWGSL from '../../shaders/common/layout.wgsl?raw';
import rngWGSL from '../../shaders/common/rng.wgsl?raw';
import hoodWGSL from '../../shaders/common/hood.wgsl?raw';
import intentWGSL from '../../shaders/common/intent.wgsl?raw';
import fixedWGSL from '../../shaders/common/fixed.wgsl?raw';
import bindingsWGSL from '../../shaders/common/bindings.wgsl?raw';
import aroundWGSL from '../../shaders/common/around.wgsl?raw';
import fieldPackWGSL from '../../shaders/common/field-pack.wgsl?raw';
import fieldAtWGSL from '../../shaders/common/field-at.wgsl?raw';
import therapyWGSL from '../../shaders/common/therapy.wgsl?raw';
import countWGSL from '../../shaders/common/count.wgsl?raw';
import sweepWordWGSL from '../../shaders/common/sweep-word.wgsl?raw';
import fieldSweepWGSL from '../../shaders/passes/field-sweep.wgsl?raw';
import fieldTileWGSL from '../../shaders/passes/field-tile.wgsl?raw';
import fateRulesWGSL from '../../shaders/passes/fate-rules.wgsl?raw';
import cellFateWGSL from '../../shaders/passes/cell-fate.wgsl?raw';
import hourIntentWGSL from '../../shaders/passes/hour-intent.wgsl?raw';
import immuneIntentWGSL from '../../shaders/passes/immune-intent.wgsl?raw';
import resolveRulesWGSL from '../../shaders/passes/resolve-rules.wgsl?raw';
import resolveWGSL from '../../shaders/passes/resolve.wgsl?raw';
import intentPassWGSL from '../../shaders/passes/intent-pass.wgsl?raw';
import resolvePassWGSL from '../../shaders/passes/resolve-pass.wgsl?raw';
import intentResolveWGSL from '../../shaders/passes/intent-resolve.wgsl?raw';
import statsWGSL from '../../shaders/passes/stats.wgsl?raw';
import systemicWGSL from '../../shaders/passes/systemic.wgsl?raw';
import viewWGSL from '../../shaders/render/view.wgsl?raw';

export const wgsl = (...parts: string[]): string => parts.join('\n');

/** The prelude every simulation pass starts with. */
export const simulationPrelude = (): string =>
  wgsl(paramsWGSL, layoutWGSL, rngWGSL, hoodWGSL, intentWGSL, fixedWGSL, bindingsWGSL);

/** Each pass: the shared helpers it uses (in order), then its own file last. */
export const PASS_SOURCES = {
  fieldSweep: [sweepWordWGSL, fieldSweepWGSL],
  fieldTile: [sweepWordWGSL, fieldTileWGSL],
  cellFate: [aroundWGSL, fieldPackWGSL, fieldAtWGSL, therapyWGSL, countWGSL, fateRulesWGSL, cellFateWGSL],
  hourIntent: [aroundWGSL, fieldPackWGSL, fieldAtWGSL, therapyWGSL, hourIntentWGSL, intentPassWGSL],
  immuneIntent: [aroundWGSL, fieldPackWGSL, fieldAtWGSL, therapyWGSL, immuneIntentWGSL, intentPassWGSL],
  resolve: [countWGSL, resolveRulesWGSL, resolveWGSL, resolvePassWGSL],
  hourIntentResolve: [
    aroundWGSL,
    fieldPackWGSL,
    fieldAtWGSL,
    therapyWGSL,
    countWGSL,
    hourIntentWGSL,
    resolveRulesWGSL,
    resolveWGSL,
    intentResolveWGSL,
  ],
  immuneIntentResolve: [
    aroundWGSL,
    fieldPackWGSL,
    fieldAtWGSL,
    therapyWGSL,
    countWGSL,
    immuneIntentWGSL,
    resolveRulesWGSL,
    resolveWGSL,
    intentResolveWGSL,
  ],
  stats: [fieldPackWGSL, fieldAtWGSL, statsWGSL],
  systemic: [systemicWGSL],
} as const;

export type PassName = keyof typeof PASS_SOURCES;

export const passSource = (name: PassName): string => wgsl(simulationPrelude(), ...PASS_SOURCES[name]);

/** The renderer needs the layout, field indices and packing but none of the simulation bindings. */
export const viewSource = (): string => wgsl(paramsWGSL, layoutWGSL, fieldPackWGSL, viewWGSL);

/** Every composed module, for the compile-without-warnings test. */
export const ALL_MODULES: Record<string, () => string> = {
  ...Object.fromEntries(Object.keys(PASS_SOURCES).map((k) => [k, () => passSource(k as PassName)])),
  view: viewSource,
};
