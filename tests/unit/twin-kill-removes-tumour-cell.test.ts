/**
 * A kill removes its tumour cell: every kill the statistics count (by a CTL or an M1 macrophage)
 * must take one tumour cell off the lattice, so that the kill chart and the tumour count agree.
 * Checked on a hand-made lattice, one tumour cell next to one M1 macrophage, over many seeds.
 */
import { describe, expect, it } from 'vitest';
import { ANTIGEN_SHIFT, MAC_M1, STATE_SHIFT, TYPE_MACROPHAGE, TYPE_TUMOR } from '../../src/model/layout';
import { createLattice } from '../../src/model/lattice';
import { FIELD_O2, mmHgToQ16 } from '../../src/model/fields';
import { testValues, twinFrom } from '../helpers/twin';

const SIDE = 16;
const SEEDS = Array.from({ length: 40 }, (_, k) => k + 1);

/** One tumour cell in the middle, an M1 macrophage on its left, oxygen everywhere. */
function pair(): ReturnType<typeof createLattice> {
  const lattice = createLattice(SIDE, SIDE);
  const centre = (SIDE / 2) * SIDE + SIDE / 2;
  lattice.state[2 * centre] = TYPE_TUMOR;
  lattice.state[2 * centre + 1] = 200 << ANTIGEN_SHIFT;
  lattice.state[2 * (centre - 1)] = TYPE_MACROPHAGE | (MAC_M1 << STATE_SHIFT);
  lattice.fields.fill(mmHgToQ16(38), FIELD_O2 * SIDE * SIDE, (FIELD_O2 + 1) * SIDE * SIDE);
  return lattice;
}

/** An M1 macrophage that kills often next to a tumour cell that migrates often; nothing else happens. */
const values = (seed: number) =>
  testValues({
    seed,
    m1KillRate: 2,
    tumorMigrationRate: 1,
    tumorDoublingTime: 500,
    tumorApoptosisRate: 0,
    necrosisRate: 0,
    macDeathRate: 0,
    macMoveProb: 0,
    m2TonicRate: 0,
    m2HypoxiaRate: 0,
    ctlRecruitmentRate: 0,
    mdscRecruitment: 0,
    macRecruitment: 0,
  });

async function firstHours(): Promise<{ seed: number; kills: number; tumour: number; divisions: number }[]> {
  const out = [];
  for (const seed of SEEDS) {
    const twin = await twinFrom(pair(), values(seed));
    const [hour] = await twin.step(1);
    out.push({ seed, kills: hour.counts.kills_m1, tumour: hour.counts.tumour, divisions: hour.counts.divisions });
  }
  return out;
}

describe('kills remove tumour cells', () => {
  let result: ReturnType<typeof firstHours> | null = null;
  const once = (): ReturnType<typeof firstHours> => (result ??= firstHours());

  it('an M1 macrophage next to a tumour cell kills it within the first hour for some seeds', async () => {
    const hours = await once();
    expect(hours.filter((h) => h.kills > 0).length).toBeGreaterThan(5);
  });

  // A tumour cell attacked by an M1 macrophage in the hour its own migration won used to survive
  // next door; attacks now happen only in the sub-steps, and tumour cells move only in the hourly
  // phase, so one resolve never sees both.
  it('every counted M1 kill removes the tumour cell (tumour after = 1 + divisions − kills)', async () => {
    const survivors = (await once()).filter((h) => h.kills > 0 && h.tumour > 1 + h.divisions - h.kills);
    expect(survivors.map((h) => `seed ${h.seed}: ${h.kills} kill(s), ${h.tumour} tumour cell(s) left`)).toEqual([]);
  });
});
