/**
 * The WGSL files by path under shaders/ (the one module that imports them, with Vite's `?raw`,
 * which scripts/raw-loader.mjs provides under Node), composed by plain concatenation in a fixed
 * order (style.md §4): the simulation prelude — generated params and constants, the layout, RNG,
 * geometry, intent and fixed-point helpers, the shared bindings — then a pass's own files from the
 * pass table (pass-table.ts).
 */
import paramsWGSL from '../../shaders/common/params.wgsl?raw';
import constantsWGSL from '../../shaders/common/constants.wgsl?raw';
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
import viewUniformWGSL from '../../shaders/render/view-uniform.wgsl?raw';
import viewWGSL from '../../shaders/render/view.wgsl?raw';

/** The text of every WGSL file the engine composes, by its path under shaders/. */
export const SHADER_FILES = {
  'common/params.wgsl': paramsWGSL,
  'common/constants.wgsl': constantsWGSL,
  'common/layout.wgsl': layoutWGSL,
  'common/rng.wgsl': rngWGSL,
  'common/hood.wgsl': hoodWGSL,
  'common/intent.wgsl': intentWGSL,
  'common/fixed.wgsl': fixedWGSL,
  'common/bindings.wgsl': bindingsWGSL,
  'common/around.wgsl': aroundWGSL,
  'common/field-pack.wgsl': fieldPackWGSL,
  'common/field-at.wgsl': fieldAtWGSL,
  'common/therapy.wgsl': therapyWGSL,
  'common/count.wgsl': countWGSL,
  'common/sweep-word.wgsl': sweepWordWGSL,
  'passes/field-sweep.wgsl': fieldSweepWGSL,
  'passes/field-tile.wgsl': fieldTileWGSL,
  'passes/fate-rules.wgsl': fateRulesWGSL,
  'passes/cell-fate.wgsl': cellFateWGSL,
  'passes/hour-intent.wgsl': hourIntentWGSL,
  'passes/immune-intent.wgsl': immuneIntentWGSL,
  'passes/resolve-rules.wgsl': resolveRulesWGSL,
  'passes/resolve.wgsl': resolveWGSL,
  'passes/intent-pass.wgsl': intentPassWGSL,
  'passes/resolve-pass.wgsl': resolvePassWGSL,
  'passes/intent-resolve.wgsl': intentResolveWGSL,
  'passes/stats.wgsl': statsWGSL,
  'passes/systemic.wgsl': systemicWGSL,
  'render/view-uniform.wgsl': viewUniformWGSL,
  'render/view.wgsl': viewWGSL,
} as const satisfies Readonly<Record<string, string>>;

export type ShaderFile = keyof typeof SHADER_FILES;

export const wgsl = (...parts: string[]): string => parts.join('\n');

/** The files every simulation module starts with, in order. */
export const SIMULATION_PRELUDE = [
  'common/params.wgsl',
  'common/constants.wgsl',
  'common/layout.wgsl',
  'common/rng.wgsl',
  'common/hood.wgsl',
  'common/intent.wgsl',
  'common/fixed.wgsl',
  'common/bindings.wgsl',
] as const satisfies readonly ShaderFile[];

/** The renderer's module: the layout, field indices and packing, its uniform, but none of the simulation bindings. */
const VIEW_SOURCES = [
  'common/params.wgsl',
  'common/constants.wgsl',
  'common/layout.wgsl',
  'common/field-pack.wgsl',
  'render/view-uniform.wgsl',
  'render/view.wgsl',
] as const satisfies readonly ShaderFile[];

/** The code of a simulation module whose own files are `sources` (a pass table entry's). */
export const simulationSource = (sources: readonly ShaderFile[]): string =>
  wgsl(...[...SIMULATION_PRELUDE, ...sources].map((f) => SHADER_FILES[f]));

export const viewSource = (): string => wgsl(...VIEW_SOURCES.map((f) => SHADER_FILES[f]));
