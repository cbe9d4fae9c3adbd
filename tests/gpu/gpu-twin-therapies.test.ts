/**
 * Every therapy of model.md §5 on the GPU equals the CPU twin bit for bit (state, fields, systemic
 * compartment, per-hour statistics), each on a small lattice with a schedule that makes it act — and
 * the statistics must show that it did, or an equal pair of lattices would prove nothing.
 */
import { describe, expect, it } from 'vitest';
import { cellType, ECM_MASK, ECM_SHIFT, field, TYPE_VESSEL, LEAKY_MASK, LEAKY_SHIFT } from '../../src/model/layout';
import type { Lattice } from '../../src/model/lattice';
import { SCENARIO_BY_ID, scenarioValues } from '../../src/model/scenarios';
import type { ParamValues } from '../../src/model/registry';
import type { HourStats } from '../../src/model/stats';
import { FIELD_DRUG, FIELD_NANO } from '../../src/model/fields';
import type { Schedule } from '../../src/model/therapy/schedule';
import { withDevice } from '../helpers/gpu';
import { runBoth, type BothRun } from '../helpers/gpu-twin';
import { testValues, total } from '../helpers/twin';

const SIDE = 48;
const CHUNKS = [1, 11, 12];

const peak = (series: HourStats[], column: string): number => Math.max(...series.map((s) => s.counts[column]));
const plane = (l: Lattice, f: number): Uint32Array =>
  l.fields.subarray(f * l.width * l.height, (f + 1) * l.width * l.height);
const ecmSum = (l: Lattice): number =>
  Array.from({ length: l.width * l.height }, (_, i) => field(l.state[2 * i], ECM_SHIFT, ECM_MASK)).reduce(
    (a, b) => a + b,
    0,
  );

/** An inflamed tumour with every cell type around, so each therapy has something to act on. */
const base = (overrides: Partial<ParamValues>): ParamValues =>
  testValues({
    ...scenarioValues(SCENARIO_BY_ID.get('inflamed')!, testValues()),
    latticeSize: SIDE,
    tumorRadius: 120,
    fieldResetSweeps: 200,
    macrophageDensity: 0.05,
    cafDensity: 0.02,
    ecmBackground: 0.3,
    ctlRecruitmentRate: 1,
    tregRecruitmentShare: 0.5,
    mdscRecruitment: 5,
    ...overrides,
  });

async function both(overrides: Partial<ParamValues>, schedule: Schedule): Promise<BothRun> {
  const run = await withDevice((scope) => runBoth(scope, base(overrides), CHUNKS, schedule));
  expect(run.series).toHaveLength(24);
  return run;
}

describe('GPU engine equals the CPU twin bit for bit under every therapy', () => {
  it('anti-PD-1 and anti-PD-L1 (occupancy, reinvigoration of exhausted T cells)', async () => {
    const { series } = await both({ seed: 3, exhaustionSRate: 0.5, reinvigorationRate: 0.5 }, [
      { therapy: 'antiPD1', start: 6, every: 0, count: 1, dose: 1 },
      { therapy: 'antiPDL1', start: 8, every: 0, count: 1, dose: 1 },
    ]);
    expect(total(series, 'kills'), 'kills').toBeGreaterThan(0);
    expect(peak(series, 'ctl_exhausted'), 'exhausted cells to reinvigorate').toBeGreaterThan(0);
  });

  it('anti-CTLA-4 and vaccine (priming up, Tregs depleted)', async () => {
    const { series } = await both({ seed: 4, ctla4TregDepletion: 0.5 }, [
      { therapy: 'antiCTLA4', start: 2, every: 0, count: 1, dose: 1 },
      { therapy: 'vaccine', start: 4, every: 0, count: 1, dose: 1 },
    ]);
    expect(series.at(-1)!.counts.priming_level, 'priming raised above its base').toBeGreaterThan(
      series[0].counts.priming_level,
    );
    expect(total(series, 'recruited_treg'), 'Tregs arriving').toBeGreaterThan(0);
  });

  it('Treg depletion and MDSC inhibition (doses remove cells, recruitment falls)', async () => {
    const { series } = await both({ seed: 5 }, [
      { therapy: 'tregDepletion', start: 12, every: 0, count: 1, dose: 1 },
      { therapy: 'mdscInhibition', start: 12, every: 0, count: 1, dose: 1 },
    ]);
    expect(series[11].counts.Treg + series[11].counts.MDSC, 'suppressive cells before the dose').toBeGreaterThan(0);
    expect(series[12].counts.Treg + series[12].counts.MDSC, 'fewer after it').toBeLessThan(
      series[11].counts.Treg + series[11].counts.MDSC,
    );
  });

  it('macrophage reprogramming (M2 → M1) and stroma targeting (ECM thinned)', async () => {
    const { series, start, end } = await both({ seed: 6, initialM2Fraction: 1, macrophageDensity: 0.1 }, [
      { therapy: 'reprogram', start: 2, every: 0, count: 1, dose: 1 },
      { therapy: 'stroma', start: 2, every: 24, count: 1, dose: 1 },
    ]);
    expect(peak(series, 'mac_m1'), 'M1 macrophages').toBeGreaterThan(series[0].counts.mac_m1);
    expect(ecmSum(end), 'ECM').toBeLessThan(ecmSum(start));
  });

  it('chemotherapy (drug field from vessels, dividing cells die, resistant clone spared, lymphodepletion) with whole-tumour radiotherapy', async () => {
    const { series, end } = await both({ seed: 7, resistantFraction: 0.4, chemoLymphoKill: 0.5 }, [
      { therapy: 'chemo', start: 1, every: 4, count: 6, dose: 1 },
      // and radiotherapy over the whole tumour (no region): its cells and the sites touching them
      { therapy: 'radiation', start: 10, every: 0, count: 1, dose: 4 },
    ]);
    expect(total(series, 'rt_doomed'), 'whole-tumour radiotherapy').toBeGreaterThan(0);
    expect(total(series, 'drug_kills'), 'chemo kills').toBeGreaterThan(0);
    expect(peak(series, 'resistant'), 'resistant cells').toBeGreaterThan(0);
    expect(total(series, 'lymph_lost'), 'lymphodepletion').toBeGreaterThan(0);
    expect(Math.max(...plane(end, FIELD_DRUG)), 'drug in tissue').toBeGreaterThan(0);
  });

  it('nanoparticles (field only from leaky vessels, payload kills) and radiotherapy over a region (doom, delayed death, lymphocytes)', async () => {
    const { series, end } = await both({ seed: 8, rtDoomMin: 4, rtDoomMax: 10 }, [
      { therapy: 'nanoparticle', start: 1, every: 0, count: 1, dose: 1 },
      { therapy: 'radiation', start: 3, every: 6, count: 2, dose: 6, region: [8, 8, 40, 30] },
    ]);
    expect(total(series, 'rt_doomed'), 'doomed by radiation').toBeGreaterThan(0);
    expect(total(series, 'rt_deaths'), 'doomed cells dying').toBeGreaterThan(0);
    expect(peak(series, 'nano_sum'), 'nanoparticles at tumour cells').toBeGreaterThan(0);
    const nano = plane(end, FIELD_NANO);
    const leaky = Array.from({ length: SIDE * SIDE }, (_, i) => i).filter(
      (i) => cellType(end.state[2 * i]) === TYPE_VESSEL && field(end.state[2 * i], LEAKY_SHIFT, LEAKY_MASK) === 1,
    );
    expect(leaky.length, 'leaky vessels').toBeGreaterThan(0);
    expect(Math.max(...leaky.map((i) => nano[i])), 'held at leaky vessels').toBeGreaterThan(0);
  });
});
