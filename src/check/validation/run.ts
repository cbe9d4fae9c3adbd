/**
 * Runs validation scenarios on the CPU twin (the bit-exact oracle of the GPU engine) and writes
 * the report. Used by `npm run validate` (seeds in parallel processes) and by the reduced
 * scenarios in the test suite (in process).
 */
import { CpuStepper } from '../../model/reference/cpu-stepper';
import { defaultValues, type ParamValues } from '../../model/registry';
import type { ArmResults, Check, Scenario } from './define';
import type { HourStats } from '../../model/stats';
import type { Lattice } from '../../model/lattice';
import { fmtSummary, summarise } from './stats-math';

export interface RunOptions {
  seeds: readonly number[];
  /** Override the scenario's lattice side and duration (reduced versions in the test suite). */
  size?: number;
  hours?: number;
}

export const armValues = (
  scenario: Scenario,
  arm: number,
  seed: number,
  o: Pick<RunOptions, 'size'> = {},
): ParamValues => ({
  ...defaultValues(),
  ...scenario.arms[arm].values,
  latticeSize: o.size ?? scenario.size,
  seed,
});

/** One run: the measures of one arm at one seed. */
export async function runOne(
  scenario: Scenario,
  arm: number,
  seed: number,
  o: Pick<RunOptions, 'size' | 'hours'> = {},
): Promise<Record<string, number>> {
  const twin = new CpuStepper();
  twin.setSchedule(scenario.arms[arm].schedule ?? []);
  await twin.reset(armValues(scenario, arm, seed, o));
  const hours = o.hours ?? scenario.hours;
  const series: HourStats[] = [];
  const snapshots: Lattice[] = [];
  for (const at of scenario.snapshotsAt ?? []) {
    series.push(...(await twin.step(Math.round(at * hours) - series.length)));
    snapshots.push(await twin.readState());
  }
  series.push(...(await twin.step(hours - series.length)));
  const lattice = await twin.readState();
  twin.destroy();
  return scenario.measure(series, lattice, snapshots);
}

/** Gathers per-seed measures into per-arm columns. */
export function collect(
  scenario: Scenario,
  runs: ReadonlyArray<{ arm: number; measures: Record<string, number> }>,
): ArmResults {
  const out = scenario.arms.map(() => ({}) as Record<string, number[]>);
  for (const { arm, measures } of runs) for (const [k, v] of Object.entries(measures)) (out[arm][k] ??= []).push(v);
  return out;
}

export async function runScenario(
  scenario: Scenario,
  o: RunOptions,
): Promise<{ results: ArmResults; checks: Check[] }> {
  const runs: Array<{ arm: number; measures: Record<string, number> }> = [];
  for (let arm = 0; arm < scenario.arms.length; arm++)
    for (const seed of o.seeds) runs.push({ arm, measures: await runOne(scenario, arm, seed, o) });
  const results = collect(scenario, runs);
  return { results, checks: scenario.checks(results) };
}

export function reportSection(
  scenario: Scenario,
  results: ArmResults,
  checks: Check[],
  seeds: number,
  o: Pick<RunOptions, 'size' | 'hours'> = {},
): string {
  const cols = Object.keys(scenario.columns);
  const lines = [
    `## ${scenario.title}`,
    '',
    `*Expected:* ${scenario.expectation}`,
    '',
    `${seeds} seeds per arm, ${o.size ?? scenario.size} × ${o.size ?? scenario.size} sites, ${o.hours ?? scenario.hours} model hours. Median [interquartile range]:`,
    '',
    `| arm | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
    ...scenario.arms.map(
      (arm, i) => `| ${arm.label} | ${cols.map((c) => fmtSummary(summarise(results[i][c] ?? []))).join(' | ')} |`,
    ),
    '',
    ...cols.map((c) => `- \`${c}\`: ${scenario.columns[c]}`),
    '',
    '| check | holds | measured |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.statement} | ${c.holds ? '✅ yes' : '❌ no'} | ${c.detail} |`),
    '',
  ];
  return lines.join('\n');
}
