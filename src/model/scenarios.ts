/**
 * The scenario library (issue 5): one-click setups for teaching. Each scenario is a set of model
 * parameters over the registry defaults, a seed, how long to run and which hour to look at, and a
 * lesson card for the class. It is the one registry of ready-made setups: the page's Scenario menu,
 * share links, `presets.ts` and the CLI's `--preset` all read it. The entries are in
 * `scenario-library.ts`; adding a scenario is adding one entry there.
 */
import { SCENARIO_LIBRARY } from './scenario-library';
import { PARAMS, type ParamOverrides, type ParamValues } from './registry';
import type { Schedule } from './therapy/schedule';

/** What a teacher reads out or shows next to the running lattice. Plain words, no jargon left unexplained. */
export interface LessonCard {
  /** A question to ask the class before pressing play. */
  readonly predict: string;
  /** What to look at on screen while it runs (colours, overlays, readouts). */
  readonly watch: string;
  /** What the run demonstrates, and its limits. */
  readonly shows: string;
  /** Sources of the rules and numbers (as cited in docs/model.md), and where the model checks it. */
  readonly references: readonly string[];
}

export interface LibraryScenario {
  /** Stable, URL-safe key (lower case, digits, dashes): share links and `--preset` use it. */
  readonly id: string;
  readonly title: string;
  /** One line: what is set up. */
  readonly summary: string;
  /** Model parameters that differ from the registry defaults (no Simulation-group keys). */
  readonly values: Readonly<ParamOverrides>;
  readonly seed: number;
  /** Suggested length of the run (model hours). */
  readonly hours: number;
  /** The hour at which the card's point shows best. */
  readonly lookAtHour: number;
  readonly card: LessonCard;
  /** Lattice side of the run whose numbers the card quotes (CARD_LATTICE_SIDE when absent). */
  readonly numbersAt?: number;
  /** Therapy dose schedule (model.md §5) of scenarios that treat; none: untreated. */
  readonly schedule?: Schedule;
}

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
