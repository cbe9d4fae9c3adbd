/** The benchmark's pass groups: each pass of an hour falls in exactly one, resolve with its intents. */
import { expect, it } from 'vitest';
import { groupBytesPerSite, onlyGroup, PASS_GROUPS } from '../../src/bench/traffic';
import type { PassName } from '../../src/engine/shaders';
import { BASE_FIELD_COUNT } from '../../src/model/fields';

/** One model hour with 1 sweep and 2 sub-steps, in the order GpuStepper encodes it. */
const HOUR: PassName[] = [
  'fieldTile',
  'fieldSweep',
  'fieldSweep',
  'cellFate',
  'hourIntent',
  'resolve',
  'immuneIntent',
  'resolve',
  'immuneIntent',
  'resolve',
  'stats',
  'systemic',
];
/** The same hour with the intents fused with their resolve. */
const FUSED_HOUR: PassName[] = [
  'fieldSweep',
  'fieldSweep',
  'cellFate',
  'hourIntentResolve',
  'immuneIntentResolve',
  'immuneIntentResolve',
  'stats',
  'systemic',
];

it('splits an hour into fields, fate, immune and census, every pass once', () => {
  const picked = Object.fromEntries(
    PASS_GROUPS.filter((g) => g !== 'render').map((g) => {
      const keep = onlyGroup(g);
      return [g, HOUR.filter((name) => keep({ name }))];
    }),
  );
  expect(picked).toEqual({
    fields: ['fieldTile', 'fieldSweep', 'fieldSweep'],
    fate: ['cellFate', 'hourIntent', 'resolve'],
    immune: ['immuneIntent', 'resolve', 'immuneIntent', 'resolve'],
    census: ['stats', 'systemic'],
  });
});

it('puts the fused intent/resolve passes in the fate and immune groups', () => {
  const keep = (g: (typeof PASS_GROUPS)[number]): PassName[] => FUSED_HOUR.filter((name) => onlyGroup(g)({ name }));
  expect([keep('fate'), keep('immune')]).toEqual([
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
