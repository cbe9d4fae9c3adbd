/**
 * The scenario library (issue 5): one-click setups for teaching. Each scenario is a set of model
 * parameters over the registry defaults, a seed, how long to run and which hour to look at, and a
 * lesson card for the class. It is the one registry of ready-made setups: the page's Scenario menu,
 * share links, `presets.ts` and the CLI's `--preset` all read it. The entries are in
 * `scenario-library/`, one file each, listed in order by its index and built on the tissue setups of
 * `scenario-library/tissues.ts`; adding a scenario is adding one file there and one line to the index.
 */
import { SCENARIO_LIBRARY } from './scenario-library';
import type { LibraryScenario } from './scenario-library/scenario';
import { PARAMS, type ParamValues } from './registry';

export type { LessonCard, LibraryScenario } from './scenario-library/scenario';

export { SCENARIO_LIBRARY };

/** Lattice side of the runs whose numbers the cards quote. */
export const CARD_LATTICE_SIDE = 128;

export const SCENARIO_BY_ID: ReadonlyMap<string, LibraryScenario> = new Map(SCENARIO_LIBRARY.map((s) => [s.id, s]));

/** Shape of a scenario id; anything else in a link is refused before lookup. */
export const SCENARIO_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `current` with every model parameter set from the scenario (the rest to its default) and the
 * scenario's seed; the other Simulation settings (lattice side, sub-steps, solver) are kept.
 */
export function scenarioValues(scenario: LibraryScenario, current: Readonly<ParamValues>): ParamValues {
  const out = { ...current };
  for (const p of PARAMS) if (p.group !== 'Simulation') out[p.key] = scenario.values[p.key] ?? p.default;
  out.seed = scenario.seed;
  return out;
}

/** Why `text` names no scenario (a message for the user), or null when it does. */
export function scenarioIdProblem(text: string): string | null {
  if (SCENARIO_BY_ID.has(text)) return null;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const what = SCENARIO_ID_PATTERN.test(text) ? 'no scenario' : 'not a scenario id';
  return `'${shown}' is ${what} (have: ${SCENARIO_LIBRARY.map((s) => s.id).join(', ')})`;
}
