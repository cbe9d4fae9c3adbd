/**
 * Determinism on the GPU: the same seed gives the same lattice, however the hours are batched into
 * submits (one per frame in the page, one big batch in the CLI), and a live parameter change
 * mid-run lands exactly where the CPU twin applies it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GpuStepper } from '../../src/engine/gpu-stepper';
import type { Lattice } from '../../src/model/lattice';
import type { HourStats } from '../../src/model/stats';
import { describeStatsDifference } from '../helpers/compare';
import { withDevice, type DeviceScope } from '../helpers/gpu';
import { describeDifference } from '../helpers/lattice';
import { testValues, total, twinAt } from '../helpers/twin';

const HOURS = 24;
/** Every cell type and field in play, so a scheduling-dependent rule anywhere would show. */
const values = testValues({
  latticeSize: 64,
  tumorRadius: 150,
  ctlRecruitmentRate: 0.5,
  vesselDensity: 0.01,
  fieldResetSweeps: 200,
  seed: 77,
  ecmBackground: 0.2,
  cafDensity: 0.02,
  macrophageDensity: 0.02,
  mdscRecruitment: 3,
  macRecruitment: 3,
});

async function simulation(scope: DeviceScope, seed = values.seed): Promise<GpuStepper> {
  const sim = scope.simulation();
  await sim.reset({ ...values, seed });
  return sim;
}

/** Steps `sim` in the given batches; returns the statistics and the final lattice. */
async function stepInBatches(sim: GpuStepper, batches: number[]): Promise<{ stats: HourStats[]; lattice: Lattice }> {
  const stats: HourStats[] = [];
  for (const hours of batches) stats.push(...(await sim.step(hours)));
  return { stats, lattice: await sim.readState() };
}

describe('GPU determinism', () => {
  /** The reference run: one batch of HOURS hours. */
  let whole: { stats: HourStats[]; lattice: Lattice };
  beforeAll(async () => {
    whole = await withDevice(async (scope) => stepInBatches(await simulation(scope), [HOURS]));
  });

  it('gives the same lattice for the same seed (another simulation, and again after reset), another for a new seed', async () => {
    expect(total(whole.stats, 'kills') + total(whole.stats, 'divisions'), 'something happened').toBeGreaterThan(0);
    await withDevice(async (scope) => {
      const sim = await simulation(scope);
      const second = await stepInBatches(sim, [HOURS]);
      expect(describeDifference(second.lattice, whole.lattice, ['second simulation', 'first'])).toBeNull();
      expect(describeStatsDifference(second.stats, whole.stats, ['second simulation', 'first'])).toBeNull();

      await sim.reset(values);
      const again = await stepInBatches(sim, [HOURS]);
      expect(describeDifference(again.lattice, whole.lattice, ['after reset', 'first'])).toBeNull();

      const other = await stepInBatches(await simulation(scope, values.seed + 1), [1]);
      expect(describeDifference(other.lattice, whole.lattice, ['other seed', 'first'])).not.toBeNull();
    });
  });

  it(`does not depend on batching: ${HOURS}×1 h, 1×${HOURS} h, 3 + ${HOURS - 3} h and frame-loop advance() give one lattice`, async () => {
    await withDevice(async (scope) => {
      const runs: [string, { stats: HourStats[]; lattice: Lattice }][] = [
        [`${HOURS}×1 h`, await stepInBatches(await simulation(scope), new Array(HOURS).fill(1))],
        [`3 + ${HOURS - 3} h`, await stepInBatches(await simulation(scope), [3, HOURS - 3])],
      ];

      // The page's frame loop: advance() submits without waiting and reports 0 hours while every
      // statistics buffer is in flight; the caller just tries again later.
      const sim = await simulation(scope);
      const pending: Promise<HourStats[]>[] = [];
      let submitted = 0;
      let refusals = 0;
      while (submitted < HOURS) {
        const { hours, stats } = sim.advance(Math.min(2, HOURS - submitted));
        if (stats) {
          pending.push(stats);
          submitted += hours;
        } else {
          refusals++;
          await pending[pending.length - 1];
        }
      }
      const frameStats = (await Promise.all(pending)).flat();
      runs.push(['frame-loop advance()', { stats: frameStats, lattice: await sim.readState() }]);
      expect(refusals, 'the statistics ring filled up at least once').toBeGreaterThan(0);

      for (const [name, run] of runs) {
        expect(describeDifference(run.lattice, whole.lattice, [name, `1×${HOURS} h`])).toBeNull();
        expect(describeStatsDifference(run.stats, whole.stats, [name, `1×${HOURS} h`])).toBeNull();
      }
    });
  });

  it('keeps the seed, a reset parameter, when setParams passes a new one mid-run', async () => {
    // The page calls setParams(allValues) whenever a live parameter changes, seed included.
    await withDevice(async (scope) => {
      const sim = await simulation(scope);
      const before = await sim.step(15);
      sim.setParams({ ...values, seed: values.seed + 1000 });
      const after = await sim.step(HOURS - 15);
      expect(
        describeStatsDifference([...before, ...after], whole.stats, ['seed edited mid-run', 'seed kept']),
      ).toBeNull();
      expect(describeDifference(await sim.readState(), whole.lattice, ['seed edited mid-run', 'seed kept'])).toBeNull();
    });
  });

  it('applies setParams mid-run exactly where the CPU twin does', async () => {
    const live = {
      ...values,
      ctlRecruitmentRate: 2,
      ctlKillRate: 5,
      substeps: 4,
      fieldSweepsPerHour: 3,
      tumorMigrationRate: 0.2,
      o2Vessel: 30,
      tregRecruitmentShare: 1,
      mdscRecruitment: 6,
      ifnInducesPdl1: 0,
      exhaustionSRate: 1,
      ecmDepositRate: 0.1,
      stemHierarchy: 1,
    };
    const names = ['GPU', 'CPU twin'];
    await withDevice(async (scope) => {
      const sim = await simulation(scope);
      const twin = await twinAt(values);
      const before = [await sim.step(15), await twin.step(15)] as const;
      expect(describeStatsDifference(...before, names), 'before setParams').toBeNull();
      sim.setParams(live);
      twin.setParams(live);
      const after = [await sim.step(HOURS - 15), await twin.step(HOURS - 15)] as const;
      expect(describeStatsDifference(...after, names), 'after setParams').toBeNull();
      const lattice = await sim.readState();
      expect(describeDifference(lattice, await twin.readState(), names)).toBeNull();
      // The change must be visible, or this test would not notice a GPU that ignored it.
      expect(describeDifference(lattice, whole.lattice, ['with setParams', 'without'])).not.toBeNull();
      expect(total(after[0], 'recruited')).toBeGreaterThan(total(whole.stats.slice(15), 'recruited'));
    });
  });
});
