/**
 * Reduced versions of the validation scenarios (model.md §7, `npm run validate`): fewer seeds and
 * smaller lattices, the same checks. Margins are the scenarios' own; a broken mechanism (no PD-L1
 * induction, no recruitment, no necrosis, no phenotype contrast) makes them fail. The scenarios are
 * split over two test files so the suite's two workers share them.
 */
import { expect, it } from 'vitest';
import { tsImport } from 'tsx/esm/api';

type ScenariosModule = typeof import('../../src/check/validation/scenarios');
type RunModule = typeof import('../../src/check/validation/run');

// Loaded natively through tsx for speed (see tests/helpers/twin.ts).
const scenarios = tsImport('../../src/check/validation/scenarios.ts', import.meta.url) as Promise<ScenariosModule>;
const runner = tsImport('../../src/check/validation/run.ts', import.meta.url) as Promise<RunModule>;

/** One seed each keeps the suite within its time budget; `npm run validate` runs ten. */
export const REDUCED: Readonly<Record<string, { size: number; hours: number }>> = {
  'necrotic-core': { size: 112, hours: 240 },
  'influx-dose-response': { size: 128, hours: 240 },
  'immune-phenotypes': { size: 96, hours: 100 },
  'adaptive-resistance': { size: 96, hours: 150 },
  radiotherapy: { size: 64, hours: 150 },
  chemotherapy: { size: 64, hours: 400 },
};

/** Which test file runs which scenarios (about 75 s each on one core). */
export const REDUCED_FILES = {
  growth: ['necrotic-core', 'influx-dose-response'],
  immune: ['immune-phenotypes', 'adaptive-resistance', 'radiotherapy', 'chemotherapy'],
} as const;

/** The ids of every validation scenario. */
export const scenarioIds = async (): Promise<string[]> => (await scenarios).SCENARIOS.map((s) => s.id);

/** A test per scenario id: every check of the scenario holds at its reduced size. */
export function reducedScenarioTests(ids: readonly string[]): void {
  for (const id of ids) {
    const reduced = REDUCED[id];
    it(
      `${id}: every expected behaviour holds at ${reduced.size}² for ${reduced.hours} h`,
      { timeout: 600_000 },
      async () => {
        const scenario = (await scenarios).SCENARIOS.find((s) => s.id === id)!;
        const { checks } = await (await runner).runScenario(scenario, { seeds: [1], ...reduced });
        expect(checks.length).toBeGreaterThan(0);
        for (const c of checks) expect(c.holds, `${c.statement}: ${c.detail}`).toBe(true);
      },
    );
  }
}
