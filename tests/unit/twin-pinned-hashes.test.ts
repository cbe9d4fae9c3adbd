/**
 * Pinned lattice hashes of CPU-twin runs: any change to what an hour does (pass order, a rule, a
 * table, the initial lattice, the dose exposure) changes them. A refactor must leave them as they
 * are; a deliberate model change updates them in the same commit and says why (docs/model.md).
 * The GPU engine is held to the twin bit for bit by tests/gpu, so these pin both.
 */
import { describe, expect, it } from 'vitest';
import { latticeHash } from '../../src/model/lattice-hash';
import { PRESET_BY_KEY } from '../../src/model/presets';
import { THERAPIES, type Schedule } from '../../src/model/therapy/schedule';
import { testValues, twinAt } from '../helpers/twin';

/** Every therapy from hour 4, three doses 12 h apart: each dose path of the hour runs. */
const EVERY_THERAPY: Schedule = THERAPIES.map((t) => ({ therapy: t.key, start: 4, every: 12, count: 3, dose: 1 }));

async function hashAfter(preset: string, hours: number, schedule?: Schedule): Promise<string> {
  const p = PRESET_BY_KEY.get(preset)!;
  const twin = await twinAt(testValues({ ...p.values, latticeSize: 64 }));
  twin.setSchedule(schedule ?? p.schedule);
  await twin.step(hours);
  return latticeHash(await twin.readState());
}

// Each run takes a few seconds on a free core; the limit allows for a machine shared with other work.
describe('pinned CPU-twin lattice hashes at 64²', { timeout: 60_000 }, () => {
  it.each([
    ['inflamed', 48, '3f45725523aec2d5'],
    ['stem-hierarchy', 48, '2cd35fce22b8429e'],
    ['suppressive-cells', 48, '3fedd91885824ce2'],
  ])('%s after %i h', async (preset, hours, pinned) => {
    expect(await hashAfter(preset, hours)).toBe(pinned);
  });

  it('inflamed under every therapy after 40 h', async () => {
    expect(await hashAfter('inflamed', 40, EVERY_THERAPY)).toBe('1967a637582e099c');
  });
});
