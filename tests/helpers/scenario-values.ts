/**
 * What a setup resolves to, in a form that can be pinned: for every library scenario and every
 * validation arm, the parameter values that differ from the registry defaults once the setup is
 * applied, its dose schedule, seed and timing, and a short hash of its text (card, expectation,
 * column meanings). tests/unit/scenario-values-pinned.test.ts compares it with
 * tests/fixtures/scenario-values.json.
 */
import { createHash } from 'node:crypto';
import { armValues } from '../../src/check/validation/run';
import { SCENARIOS } from '../../src/check/validation/scenarios';
import { defaultValues, PARAMS, type ParamValues } from '../../src/model/registry';
import { SCENARIO_LIBRARY, scenarioValues } from '../../src/model/scenarios';
import type { Schedule } from '../../src/model/therapy/schedule';

/** The values of `v` that differ from the defaults, in registry order. */
function changed(v: Readonly<ParamValues>): Record<string, number> {
  const d = defaultValues();
  return Object.fromEntries(PARAMS.filter((p) => v[p.key] !== d[p.key]).map((p) => [p.key, v[p.key]]));
}

/** First 16 hex digits of the SHA-256 of `value` as JSON. */
const textHash = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** A schedule as plain JSON data (what a link or a schedule file would hold). */
const plain = (schedule: Schedule | undefined): unknown => JSON.parse(JSON.stringify(schedule ?? []));

/** One library scenario or validation scenario as pinned; `id` names it, the rest is compared whole. */
export interface ResolvedSetup {
  readonly id: string;
  readonly [field: string]: unknown;
}

export function resolvedSetups(): { library: ResolvedSetup[]; validation: ResolvedSetup[] } {
  const library = SCENARIO_LIBRARY.map((s) => ({
    id: s.id,
    title: s.title,
    seed: s.seed,
    hours: s.hours,
    lookAtHour: s.lookAtHour,
    numbersAt: s.numbersAt ?? null,
    values: changed(scenarioValues(s, defaultValues())),
    schedule: plain(s.schedule),
    text: textHash({ title: s.title, summary: s.summary, card: s.card }),
  }));
  const validation = SCENARIOS.map((sc) => ({
    id: sc.id,
    title: sc.title,
    size: sc.size,
    hours: sc.hours,
    snapshotsAt: sc.snapshotsAt ?? null,
    text: textHash({ expectation: sc.expectation, columns: sc.columns }),
    arms: sc.arms.map((arm, i) => ({
      label: arm.label,
      values: changed(armValues(sc, i, 1)),
      schedule: plain(arm.schedule),
    })),
  }));
  return { library, validation };
}
