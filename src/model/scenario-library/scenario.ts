/** The shape of a library scenario and of its lesson card (scenarios.ts re-exports both). */
import type { ParamOverrides } from '../registry';
import type { Schedule } from '../therapy/schedule';

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
