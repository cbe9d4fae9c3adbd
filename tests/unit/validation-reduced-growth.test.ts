/** Reduced validation scenarios 1–2 (tests/helpers/validation.ts): tumour growth and T-cell influx. */
import { describe, expect, it } from 'vitest';
import { REDUCED, REDUCED_FILES, reducedScenarioTests, scenarioIds } from '../helpers/validation';

describe('validation scenarios, reduced: growth and influx', () => {
  it('the reduced test files run every validation scenario once', async () => {
    const ids = await scenarioIds();
    expect(Object.keys(REDUCED).sort()).toEqual([...ids].sort());
    expect([...REDUCED_FILES.growth, ...REDUCED_FILES.immune].sort()).toEqual([...ids].sort());
  });
  reducedScenarioTests(REDUCED_FILES.growth);
});
