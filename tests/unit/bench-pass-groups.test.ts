/** The benchmark's pass groups: each pass of an hour falls in exactly one, by the step of the hour plan it runs. */
import { expect, it } from 'vitest';
import { groupBytesPerSite, onlyGroup, PASS_GROUPS } from '../../src/bench/traffic';
import { plannedPasses, type EngineOptions } from '../../src/engine/hour-passes';
import { BASE_FIELD_COUNT } from '../../src/model/fields';
import { hourPlan } from '../../src/model/hour-plan';

/** The passes of one model hour with 5 sweeps and 2 sub-steps, by group, in the order they run. */
function passesByGroup(engine: EngineOptions): Record<string, string[]> {
  const hour = plannedPasses(hourPlan({ fieldSweepsPerHour: 5, substeps: 2 }), engine);
  const groups = PASS_GROUPS.filter((g) => g !== 'render');
  const picked = Object.fromEntries(groups.map((g) => [g, hour.filter(onlyGroup(g)).map((p) => p.pass)]));
  expect(Object.values(picked).flat().length, 'every pass in exactly one group').toBe(hour.length);
  return picked;
}

it('splits an hour into fields, fate, immune and census, every pass once', () => {
  expect(passesByGroup({ tiledSweeps: true })).toEqual({
    fields: ['sweepTileOut', 'sweepTileBack', 'sweepRed', 'sweepBlack'],
    fate: ['cellFate', 'hourIntent', 'resolve'],
    immune: ['immuneIntent', 'resolve', 'immuneIntent', 'resolve'],
    census: ['stats', 'systemic'],
  });
});

it('puts the fused intent/resolve passes in the fate and immune groups', () => {
  const { fate, immune } = passesByGroup({ fusedIntents: true });
  expect([fate, immune]).toEqual([
    ['cellFate', 'hourIntentResolve'],
    ['immuneIntentResolve', 'immuneIntentResolve'],
  ]);
});

it('counts bytes per site from the layout: state 8 B, fields 2 B each (the four solved without drugs, two to a word), intents 4 B', () => {
  const fields = 2 * BASE_FIELD_COUNT;
  expect(groupBytesPerSite({ fieldSweepsPerHour: 1, substeps: 2 })).toEqual({
    fields: 2 * (8 + fields + fields / 2),
    fate: 16 + 12 + 20,
    immune: 2 * (12 + 20),
    census: 8,
    render: 12,
  });
});

it('counts the tiled sweeps as one read and one write of the field words per dispatch of four half-sweeps', () => {
  // 5 sweeps an hour: two tiled dispatches (8 half-sweeps) and one sweep (2 half-sweeps) over the lattice.
  expect(groupBytesPerSite({ fieldSweepsPerHour: 5, substeps: 2 }, { tiledSweeps: true }).fields).toBe(
    2 * (8 + 8 + 8) + 2 * (8 + 8 + 4),
  );
});

it('counts the fused intents as state in and out only: the intents stay in workgroup memory', () => {
  const fused = groupBytesPerSite({ fieldSweepsPerHour: 1, substeps: 2 }, { fusedIntents: true });
  expect([fused.fate, fused.immune]).toEqual([16 + 16, 2 * 16]);
});
