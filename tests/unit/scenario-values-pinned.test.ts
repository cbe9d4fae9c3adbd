/**
 * Pinned setups: every library scenario and every validation arm resolves to the parameter values,
 * dose schedule, seed, timing and text recorded in tests/fixtures/scenario-values.json (taken at
 * 683ade1, before the scenarios were split one per file over shared tissue setups). Moving a setup
 * between modules must leave them as they are; a deliberate change to a scenario edits the fixture
 * in the same commit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvedSetups, type ResolvedSetup } from '../helpers/scenario-values';

const pinned = JSON.parse(readFileSync(new URL('../fixtures/scenario-values.json', import.meta.url), 'utf8')) as {
  library: ResolvedSetup[];
  validation: ResolvedSetup[];
};
const now = resolvedSetups();

describe('pinned scenario values', () => {
  it('lists the library scenarios and validation scenarios in the pinned order', () => {
    expect(now.library.map((s) => s.id)).toEqual(pinned.library.map((s) => s.id));
    expect(now.validation.map((s) => s.id)).toEqual(pinned.validation.map((s) => s.id));
  });

  it.each(pinned.library.map((s, i) => [s.id, s, i] as const))(
    'library scenario %s resolves to its pinned values, schedule, timing and text',
    (_id, s, i) => expect(now.library[i]).toEqual(s),
  );

  it.each(pinned.validation.map((s, i) => [s.id, s, i] as const))(
    'validation scenario %s: every arm resolves to its pinned values and schedule',
    (_id, s, i) => expect(now.validation[i]).toEqual(s),
  );
});
