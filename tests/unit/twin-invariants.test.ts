/**
 * Invariants of the CPU twin over a few hundred hours in which CTLs are recruited, kill and exhaust
 * and tumour cells divide: the readouts a user charts must match the lattice, cells are neither
 * created nor lost outside the rules, and a seed reproduces its run exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cellState,
  cellType,
  CTL_EXHAUSTED,
  ENGAGED_MASK,
  ENGAGED_SHIFT,
  field,
  KCAP_MASK,
  KCAP_SHIFT,
  TYPE_CTL,
  TYPE_NAMES,
} from '../../src/model/layout';
import type { Lattice } from '../../src/model/lattice';
import type { HourStats } from '../../src/model/stats';
import { packParams, unpackParams } from '../../src/model/gpu-params';
import { describeDifference, recount, RECOUNTED_COLUMNS } from '../helpers/lattice';
import { testValues, total, twinAt } from '../helpers/twin';

const HOURS = 200;
const SIDE = 64;
const values = testValues({
  latticeSize: SIDE,
  tumorRadius: 150,
  vesselDensity: 0.01,
  ctlRecruitmentRate: 0.3,
  fieldResetSweeps: 200,
  seed: 11,
});
const P = unpackParams(packParams(values, { width: SIDE, height: SIDE }));

describe('CPU twin invariants over a run with recruitment, killing, exhaustion and division', () => {
  const stats: HourStats[] = [];
  const lattices: Lattice[] = [];
  /** recount() of every lattice, hour 0 included. */
  const truths: Record<string, number>[] = [];

  beforeAll(async () => {
    const twin = await twinAt(values);
    lattices.push(await twin.readState());
    for (let h = 0; h < HOURS; h++) {
      stats.push(...(await twin.step(1)));
      lattices.push(await twin.readState());
    }
    truths.push(...lattices.map((lattice) => recount(lattice, P.hypoxiaQ16)));
  }, 120_000);

  it('numbers the hours 1…N, as the lattice does', () => {
    expect(stats.map((s) => s.hour)).toEqual(Array.from({ length: HOURS }, (_, h) => h + 1));
    expect(lattices.map((l) => l.hour)).toEqual(Array.from({ length: HOURS + 1 }, (_, h) => h));
  });

  it('exercises recruitment, activation, kills, exhaustion and division', () => {
    for (const column of ['kills', 'recruited', 'divisions']) expect(total(stats, column), column).toBeGreaterThan(0);
    expect(Math.max(...stats.map((s) => s.counts.ctl_activated)), 'activated CTLs').toBeGreaterThan(0);
    expect(Math.max(...stats.map((s) => s.counts.ctl_exhausted)), 'exhausted CTLs').toBeGreaterThan(0);
  });

  it('reports a census equal to a recount of the lattice, every hour', () => {
    stats.forEach((s, h) => {
      const truth = truths[h + 1];
      for (const column of RECOUNTED_COLUMNS) expect(s.counts[column], `hour ${s.hour}: ${column}`).toBe(truth[column]);
    });
  });

  it('accounts for every site: type counts sum to width × height, no unknown types', () => {
    for (const [h, truth] of truths.entries()) {
      expect(truth.unnamedTypes, `hour ${h}`).toBe(0);
      expect(
        Object.values(TYPE_NAMES).reduce((sum, name) => sum + truth[name], 0),
        `hour ${h}`,
      ).toBe(SIDE * SIDE);
    }
  });

  it('keeps the vessel count constant', () => {
    const vessels = truths[0].vessel;
    expect(vessels).toBeGreaterThan(0);
    for (const s of stats) expect(s.counts.vessel, `hour ${s.hour}`).toBe(vessels);
  });

  it('creates tumour cells only by division and CTLs only by recruitment or CTL division; every kill removes a tumour cell', () => {
    let previous = truths[0];
    for (const s of stats) {
      const c = s.counts;
      expect(c.tumour, `hour ${s.hour}: tumour gain ≤ divisions`).toBeLessThanOrEqual(previous.tumour + c.divisions);
      expect(previous.tumour + c.divisions - c.tumour, `hour ${s.hour}: tumour loss ≥ kills`).toBeGreaterThanOrEqual(
        c.kills,
      );
      expect(c.CTL, `hour ${s.hour}: CTL gain ≤ recruited + divisions`).toBeLessThanOrEqual(
        previous.CTL + c.recruited + c.ctl_divisions,
      );
      previous = c;
    }
  });

  it('never gives a CTL more kills than ctlKillCapacity; one with none left is exhausted; engagement within bounds', () => {
    let ctls = 0;
    const problems: string[] = [];
    for (const [h, lattice] of lattices.entries()) {
      for (let i = 0; i < SIDE * SIDE; i++) {
        const a = lattice.state[2 * i];
        if (cellType(a) !== TYPE_CTL) continue;
        ctls++;
        const kcap = field(a, KCAP_SHIFT, KCAP_MASK);
        const engaged = field(a, ENGAGED_SHIFT, ENGAGED_MASK);
        if (kcap > values.ctlKillCapacity)
          problems.push(`hour ${h} site ${i}: kcap ${kcap} > ${values.ctlKillCapacity}`);
        // Exhaustion also comes from PD-L1, Tregs and S, so an exhausted cell may have kills left.
        if (kcap === 0 && cellState(a) !== CTL_EXHAUSTED) {
          problems.push(`hour ${h} site ${i}: state ${cellState(a)} with kcap ${kcap}`);
        }
        if (engaged > values.ctlEngagementTime) problems.push(`hour ${h} site ${i}: engaged ${engaged} h`);
      }
    }
    expect(ctls).toBeGreaterThan(0);
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe('CPU twin reproducibility', () => {
  const run = async (seed: number): Promise<Lattice> => {
    const twin = await twinAt({ ...values, seed });
    await twin.step(30);
    return twin.readState();
  };

  it('gives an identical lattice for the same seed, and a different one for another seed', async () => {
    const a = await run(5);
    const b = await run(5);
    const c = await run(6);
    expect(describeDifference(a, b, ['first run', 'second run'])).toBeNull();
    expect(describeDifference(a, c, ['seed 5', 'seed 6'])).not.toBeNull();
  }, 60_000);

  it('resetting the same twin reproduces the run from the start', async () => {
    const twin = await twinAt(values);
    await twin.step(20);
    const first = await twin.readState();
    await twin.reset(values);
    expect((await twin.readState()).hour).toBe(0);
    await twin.step(20);
    expect(describeDifference(await twin.readState(), first, ['after reset', 'first run'])).toBeNull();
  }, 60_000);
});
