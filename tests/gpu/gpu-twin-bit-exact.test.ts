/**
 * The promise of architecture.md §2: the GPU engine and the CPU twin give the same lattice — every
 * state word, field value and systemic word — and the same per-hour statistics, bit for bit, after
 * many hours in which every rule fires (rule by rule: gpu-twin-rule-groups.test.ts). Lattice sides
 * that are not multiples of the workgroup (8) or odd exercise the kernels' bounds guards and the
 * red-black column mapping.
 */
import { describe, expect, it } from 'vitest';
import { cellType, ECM_MASK, ECM_SHIFT, field, LEAKY_MASK, LEAKY_SHIFT, TYPE_VESSEL } from '../../src/model/layout';
import type { Lattice } from '../../src/model/lattice';
import { TUMOR_SEEDS, VESSEL_LAYOUTS } from '../../src/model/params/initial';
import type { HourStats } from '../../src/model/stats';
import { PRIMING_UNIT } from '../../src/model/systemic-words';
import { withDevice } from '../helpers/gpu';
import { runBoth } from '../helpers/gpu-twin';
import { testValues, total } from '../helpers/twin';

const peak = (series: HourStats[], column: string): number => Math.max(...series.map((s) => s.counts[column]));
const ecmSum = (l: Lattice): number =>
  Array.from({ length: l.width * l.height }, (_, i) => field(l.state[2 * i], ECM_SHIFT, ECM_MASK)).reduce(
    (a, b) => a + b,
    0,
  );

describe('GPU engine equals the CPU twin bit for bit', () => {
  it('on 96² for 160 h with every mechanism of the model on at once', async () => {
    // Tumour foci with a stem hierarchy and mutation; vessels at random and along the edge (some
    // leaky); a stroma ring and background with fibroblasts; CTLs, Tregs, MDSCs and macrophages
    // recruited; resident macrophages; enough O2 uptake for hypoxia and necrosis; fibrosis.
    const values = testValues({
      latticeSize: 96,
      seed: 7,
      fieldResetSweeps: 300,
      tumorSeed: TUMOR_SEEDS.indexOf('foci'),
      tumorFoci: 5,
      tumorRadius: 300,
      stemHierarchy: 1,
      stemFraction: 0.2,
      mutationProb: 0.3,
      vesselLayout: VESSEL_LAYOUTS.indexOf('random + edge'),
      vesselDensity: 0.006,
      leakyVesselDistance: 200,
      ecmRingWidth: 30,
      ecmRingDensity: 0.6,
      ecmBackground: 0.1,
      cafDensity: 0.02,
      macrophageDensity: 0.02,
      ctlRecruitmentRate: 0.3,
      tregRecruitmentShare: 0.3,
      mdscRecruitment: 2,
      macRecruitment: 2,
      m1KillRate: 0.2,
      fibrosisProb: 0.5,
      o2UptakeTumor: 20,
    });
    const { series, start, end } = await withDevice((scope) => runBoth(scope, values, [1, 39, 60, 60]));
    expect(series).toHaveLength(160);
    const events = [
      'kills',
      'kills_m1',
      'necroses',
      'divisions',
      'ctl_divisions',
      'recruited',
      'recruited_treg',
      'recruited_mdsc',
      'recruited_mac',
    ];
    for (const column of events) expect(total(series, column), `${column} happened`).toBeGreaterThan(0);
    const seen = ['necrotic', 'hypoxic_tumour', 'pdl1_positive', 'stem', 'ctl_activated', 'ctl_exhausted'];
    seen.push('mac_m0', 'mac_m1', 'mac_m2', 'CAF', 'cd8_inside', 'treg_margin');
    for (const column of seen) expect(peak(series, column), `${column} happened`).toBeGreaterThan(0);
    expect(peak(series, 'priming_level'), 'priming rose').toBeGreaterThan(PRIMING_UNIT);
    expect(ecmSum(end), 'fibroblasts laid stroma').toBeGreaterThan(ecmSum(start));
    const words = Array.from({ length: 96 * 96 }, (_, i) => start.state[2 * i]);
    const leaky = words.filter((a) => cellType(a) === TYPE_VESSEL && field(a, LEAKY_SHIFT, LEAKY_MASK) === 1);
    expect(leaky.length, 'leaky tumour vessels').toBeGreaterThan(0);
  });

  it.each([
    [96, 'a multiple of the workgroup'],
    [100, 'not a multiple of the workgroup'],
    [99, 'odd'],
  ])('on %i² (%s) with 3 sub-steps and 5 field sweeps per hour for 24 h', async (side) => {
    const values = testValues({
      latticeSize: side,
      substeps: 3,
      fieldSweepsPerHour: 5,
      fieldResetSweeps: 300,
      ctlRecruitmentRate: 0.5,
      vesselDensity: 0.01,
      seed: side,
    });
    const { series } = await withDevice((scope) => runBoth(scope, values, [8, 16]));
    for (const column of ['kills', 'recruited', 'divisions'])
      expect(total(series, column), `${column} happened`).toBeGreaterThan(0);
  });

  // Blocks of 24² with a 4-site margin: 100² leaves partial blocks at two edges; 5 sweeps an hour
  // are two tiled dispatches (out and back) and one sweep over the lattice.
  it('with the field sweeps tiled in workgroup memory, on 100² with 5 field sweeps per hour for 12 h', async () => {
    const values = testValues({
      latticeSize: 100,
      substeps: 3,
      fieldSweepsPerHour: 5,
      fieldResetSweeps: 40,
      ctlRecruitmentRate: 0.5,
      vesselDensity: 0.01,
      seed: 4,
    });
    const { series } = await withDevice((scope) => runBoth(scope, values, [4, 8], [], { tiledSweeps: true }));
    expect(total(series, 'divisions'), 'divisions happened').toBeGreaterThan(0);
  });

  // 8 × 8 tiles with a two-site margin of intents: 100² leaves partial tiles at two edges, and
  // kills, recruits and divisions need the arbitration for a target in another tile.
  it('with the intents fused with their resolve in workgroup memory, on 100² with 3 sub-steps for 24 h', async () => {
    const values = testValues({
      latticeSize: 100,
      substeps: 3,
      fieldSweepsPerHour: 3,
      fieldResetSweeps: 300,
      ctlRecruitmentRate: 0.5,
      vesselDensity: 0.01,
      seed: 100,
    });
    const { series } = await withDevice((scope) => runBoth(scope, values, [8, 16], [], { fusedIntents: true }));
    for (const column of ['kills', 'recruited', 'divisions'])
      expect(total(series, column), `${column} happened`).toBeGreaterThan(0);
  });
});
