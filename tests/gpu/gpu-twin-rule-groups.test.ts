/**
 * GPU engine vs CPU twin bit for bit (state, fields, systemic compartment, per-hour statistics), one
 * group of rules at a time, each on a small lattice set up so that its rules fire — and the
 * statistics must show that they did, or an equal pair of lattices would prove nothing:
 * tumour (stem hierarchy, mutation, foci, hypoxic necrosis), CTL (recruitment, division, IFN-γ and
 * PD-L1, exhaustion), suppressive cells (Tregs, MDSCs, S), macrophages (M1 kills, polarisation,
 * phagocytosis) and stroma (ECM ring, fibroblasts, rim vessels, fibrosis).
 */
import { describe, expect, it } from 'vitest';
import {
  CLONE_MASK,
  CLONE_SHIFT,
  cellType,
  ECM_MASK,
  ECM_SHIFT,
  field,
  LEAKY_MASK,
  LEAKY_SHIFT,
  TYPE_CAF,
  TYPE_TUMOR,
  TYPE_VESSEL,
} from '../../src/model/layout';
import { neighbourOf, type Lattice } from '../../src/model/lattice';
import { TUMOR_SEEDS, VESSEL_LAYOUTS } from '../../src/model/params/initial';
import type { ParamValues } from '../../src/model/registry';
import type { HourStats } from '../../src/model/stats';
import { FIELD_IFN, FIELD_SUPPRESSIVE } from '../../src/model/fields';
import { withDevice } from '../helpers/gpu';
import { runBoth, type BothRun } from '../helpers/gpu-twin';
import { testValues, total } from '../helpers/twin';

const SIDE = 64;
const HOURS = 30;
const CHUNKS = [1, 14, 15];

const peak = (series: HourStats[], column: string): number => Math.max(...series.map((s) => s.counts[column]));
const sites = (l: Lattice): number[] => Array.from({ length: l.width * l.height }, (_, i) => i);
const fieldPeak = (l: Lattice, f: number): number =>
  Math.max(...l.fields.subarray(f * l.width * l.height, (f + 1) * l.width * l.height));
const ecm = (l: Lattice, i: number): number => field(l.state[2 * i], ECM_SHIFT, ECM_MASK);

async function both(overrides: Partial<ParamValues>): Promise<BothRun> {
  const values = testValues({ latticeSize: SIDE, fieldResetSweeps: 200, ...overrides });
  const run = await withDevice((scope) => runBoth(scope, values, CHUNKS));
  expect(run.series).toHaveLength(HOURS);
  return run;
}

/** Debris sites cleared over the run: those that were there or appeared, less those still there. */
function cleared(series: HourStats[]): number {
  let n = 0;
  for (let h = 1; h < series.length; h++)
    n += series[h - 1].counts.necrotic + series[h].counts.necroses - series[h].counts.necrotic;
  return n;
}

describe('GPU engine equals the CPU twin bit for bit, rule group by rule group', () => {
  it('tumour: stem hierarchy, antigen mutation at every division, foci seed, hypoxic necrosis', async () => {
    const { series, end } = await both({
      seed: 11,
      tumorSeed: TUMOR_SEEDS.indexOf('foci'),
      tumorFoci: 4,
      tumorRadius: 200,
      stemHierarchy: 1,
      stemFraction: 0.3,
      proliferationCapacity: 2,
      mutationProb: 1,
      antigenLossFraction: 0.8,
      mutationShift: 0.3,
      tumorDoublingTime: 6,
      vesselLayout: VESSEL_LAYOUTS.indexOf('edge'),
      o2UptakeTumor: 30,
      ctlRecruitmentRate: 0,
      mdscRecruitment: 0,
      macRecruitment: 0,
      macrophageDensity: 0,
    });
    expect(total(series, 'divisions'), 'divisions').toBeGreaterThan(50);
    expect(peak(series, 'stem'), 'stem cells').toBeGreaterThan(0);
    expect(total(series, 'necroses'), 'necrosis').toBeGreaterThan(0);
    expect(peak(series, 'hypoxic_tumour'), 'hypoxia').toBeGreaterThan(0);
    expect(peak(series, 'pdl1_positive'), 'hypoxic PD-L1').toBeGreaterThan(0);
    expect(series[HOURS - 1].counts.mean_antigenicity, 'mutations lowered antigenicity').toBeLessThan(
      series[0].counts.mean_antigenicity,
    );
    const tumour = sites(end).filter((i) => cellType(end.state[2 * i]) === TYPE_TUMOR);
    const clones = new Set(tumour.map((i) => field(end.state[2 * i + 1], CLONE_SHIFT, CLONE_MASK)));
    expect(clones.size, 'mutated daughters founded clones').toBeGreaterThan(10);
  });

  it('CTL: strong recruitment, activation, kills, division, IFN-γ-induced PD-L1, exhaustion by PD-L1, Tregs and S', async () => {
    const { series, end } = await both({
      seed: 12,
      tumorRadius: 200,
      tumorAntigenicity: 0.9,
      tumorPdl1: 0,
      ctlRecruitmentRate: 2,
      vesselDensity: 0.01,
      ctlDivisionTime: 3,
      exhaustionPdl1Rate: 1,
      exhaustionTregRate: 1,
      tregRecruitmentShare: 0.2,
      mdscRecruitment: 0,
      macRecruitment: 0,
      macrophageDensity: 0,
    });
    for (const column of ['recruited', 'kills', 'ctl_divisions'])
      expect(total(series, column), column).toBeGreaterThan(10);
    for (const column of ['ctl_activated', 'ctl_exhausted', 'cd8_inside', 'cd8_margin'])
      expect(peak(series, column), column).toBeGreaterThan(0);
    // PD-L1 baseline 0: every PD-L1+ cell was induced by IFN-γ from activated T cells.
    expect(peak(series, 'pdl1_positive'), 'IFN-γ-induced PD-L1').toBeGreaterThan(100);
    expect(fieldPeak(end, FIELD_IFN), 'IFN-γ field').toBeGreaterThan(0);
    expect(peak(series, 'priming_level'), 'priming by kills').toBeGreaterThan(8);
  });

  it('suppressive cells: Treg and MDSC recruitment (MDSC weighted by hypoxia), S secretion and S-driven exhaustion', async () => {
    const { series, end } = await both({
      seed: 13,
      tumorRadius: 200,
      ctlRecruitmentRate: 0.5,
      tregRecruitmentShare: 2,
      mdscRecruitment: 10,
      mdscHypoxiaWeight: 4,
      vesselDensity: 0.01,
      o2UptakeTumor: 30,
      macRecruitment: 0,
      macrophageDensity: 0,
    });
    expect(total(series, 'recruited_treg'), 'Tregs recruited').toBeGreaterThan(50);
    expect(total(series, 'recruited_mdsc'), 'MDSCs recruited').toBeGreaterThan(50);
    expect(peak(series, 'treg_margin') + peak(series, 'treg_inside'), 'Tregs at the tumour').toBeGreaterThan(0);
    expect(peak(series, 'hypoxic_tumour'), 'hypoxic burden').toBeGreaterThan(0);
    expect(fieldPeak(end, FIELD_SUPPRESSIVE), 'S field').toBeGreaterThan(10_000);
    expect(peak(series, 'ctl_exhausted'), 'exhaustion').toBeGreaterThan(0);
  });

  it('macrophages: recruitment, resident M0/M2, M1 by debris and IFN-γ, M1 kills, M2 under hypoxia, phagocytosis', async () => {
    const { series } = await both({
      seed: 14,
      tumorRadius: 150,
      o2Vessel: 6,
      macRecruitment: 10,
      macrophageDensity: 0.05,
      initialM2Fraction: 0.5,
      m1KillRate: 1,
      m1Rate: 5,
      phagocytosisRate: 10,
      // Debris clears only by phagocytosis, so any clearance shows it.
      necroticClearanceRate: 0,
      macMoveProb: 0.5,
      ctlRecruitmentRate: 0,
      mdscRecruitment: 0,
      tregRecruitmentShare: 0,
    });
    expect(total(series, 'recruited_mac'), 'macrophages recruited').toBeGreaterThan(20);
    for (const column of ['mac_m0', 'mac_m1', 'mac_m2']) expect(peak(series, column), column).toBeGreaterThan(10);
    expect(total(series, 'kills_m1'), 'M1 kills').toBeGreaterThan(20);
    expect(total(series, 'necroses'), 'a necrotic core').toBeGreaterThan(50);
    expect(cleared(series), 'phagocytosed debris').toBeGreaterThan(50);
  });

  it('stroma: ECM ring and background, fibroblasts laying ECM, tumour-rim vessels (some leaky), ECM-gated T cells, fibrosis', async () => {
    const { series, start, end } = await both({
      seed: 15,
      tumorRadius: 150,
      tumorAntigenicity: 0.9,
      ecmRingWidth: 50,
      ecmRingDensity: 0.7,
      ecmBackground: 0.3,
      cafDensity: 0.05,
      ecmDepositRate: 0.05,
      vesselLayout: VESSEL_LAYOUTS.indexOf('tumour rim'),
      vesselDensity: 0.02,
      rimVesselDistance: 100,
      leakyVesselDistance: 100,
      ctlRecruitmentRate: 1,
      fibrosisProb: 1,
      ctlDeathRate: 0.1,
      exhaustionSRate: 2,
      macrophageDensity: 0,
    });
    expect(peak(series, 'CAF'), 'fibroblasts').toBeGreaterThan(50);
    expect(total(series, 'recruited'), 'T cells arrive at the rim vessels').toBeGreaterThan(50);
    const vessels = sites(start).filter((i) => cellType(start.state[2 * i]) === TYPE_VESSEL);
    expect(
      vessels.some((i) => field(start.state[2 * i], LEAKY_SHIFT, LEAKY_MASK) === 1),
      'leaky vessels',
    ).toBe(true);
    expect(
      vessels.some((i) => field(start.state[2 * i], LEAKY_SHIFT, LEAKY_MASK) === 0),
      'non-leaky vessels',
    ).toBe(true);
    const grown = sites(end).filter((i) => ecm(end, i) > ecm(start, i));
    expect(grown.length, 'ECM laid').toBeGreaterThan(100);
    // Fibroblasts neither move nor die: stroma gained away from every one of them is fibrosis.
    const nearCaf = (i: number): boolean =>
      [0, 1, 2, 3, 4, 5, 6, 7].some((k) => {
        const j = neighbourOf(SIDE, SIDE, i % SIDE, Math.floor(i / SIDE), k);
        return j >= 0 && cellType(start.state[2 * j]) === TYPE_CAF;
      });
    expect(grown.filter((i) => !nearCaf(i)).length, 'fibrosis patches').toBeGreaterThan(0);
  });
});
