/**
 * Rules of the full tumour microenvironment on the CPU twin, each shown by a contrast run whose
 * outcome a user would notice in the charts: IFN-γ-induced PD-L1, exclusion by a stroma ring, the
 * stem hierarchy's limit on growth, antigen loss by mutation, no MDSCs or macrophages without their
 * sources, and lymph-node priming that rises with kills and relaxes when they stop.
 */
import { describe, expect, it } from 'vitest';
import { ANTIGEN_MASK, ANTIGEN_SHIFT, cellType, field, TYPE_TUMOR } from '../../src/model/layout';
import type { Lattice } from '../../src/model/lattice';
import { VESSEL_LAYOUTS } from '../../src/model/params/initial';
import type { ParamValues } from '../../src/model/registry';
import type { HourStats } from '../../src/model/stats';
import { PRIMING_UNIT } from '../../src/model/systemic-words';
import { byte01 } from '../../src/model/thresholds';
import { testValues, total, twinAt } from '../helpers/twin';

const SIDE = 48;

interface Run {
  start: Lattice;
  stats: HourStats[];
  end: Lattice;
}

async function run(overrides: Partial<ParamValues>, hours: number): Promise<Run> {
  const twin = await twinAt(testValues({ latticeSize: SIDE, fieldResetSweeps: 200, ...overrides }));
  const start = await twin.readState();
  const stats = await twin.step(hours);
  return { start, stats, end: await twin.readState() };
}

const tumourSites = (l: Lattice): number[] =>
  Array.from({ length: l.width * l.height }, (_, i) => i).filter((i) => cellType(l.state[2 * i]) === TYPE_TUMOR);
const peak = (stats: HourStats[], column: string): number => Math.max(...stats.map((s) => s.counts[column]));
const last = (stats: HourStats[]): Record<string, number> => stats[stats.length - 1].counts;

/** A well-oxygenated tumour with no immune cells of any kind. */
const NO_IMMUNE: Partial<ParamValues> = {
  ctlRecruitmentRate: 0,
  tregRecruitmentShare: 0,
  mdscRecruitment: 0,
  macRecruitment: 0,
  macrophageDensity: 0,
  vesselLayout: VESSEL_LAYOUTS.indexOf('random + edge'),
  vesselDensity: 0.02,
};

/** An antigenic tumour under strong T-cell attack. */
const INFLAMED: Partial<ParamValues> = {
  tumorRadius: 120,
  tumorAntigenicity: 0.9,
  ctlRecruitmentRate: 0.5,
  vesselDensity: 0.01,
};

describe('CPU twin: tumour-microenvironment rules', { timeout: 60_000 }, () => {
  it('IFN-γ induces PD-L1: with induction on, PD-L1+ tumour cells appear and T cells control the tumour less', async () => {
    // PD-L1 baseline 0: without induction no cell can become PD-L1+ (hypoxia multiplies 0).
    const on = await run({ ...INFLAMED, tumorPdl1: 0, ifnInducesPdl1: 1 }, 60);
    const off = await run({ ...INFLAMED, tumorPdl1: 0, ifnInducesPdl1: 0 }, 60);
    expect(total(on.stats, 'kills') + total(off.stats, 'kills'), 'T cells attacked in both').toBeGreaterThan(0);
    expect(peak(off.stats, 'pdl1_positive')).toBe(0);
    expect(last(on.stats).pdl1_positive_fraction).toBeGreaterThan(0.5);
    expect(last(on.stats).mean_pdl1).toBeGreaterThan(last(off.stats).mean_pdl1 + 0.2);
    // Adaptive resistance (model.md §7 scenario 4): PD-L1 protects the tumour.
    expect(total(on.stats, 'kills')).toBeLessThan(total(off.stats, 'kills'));
    expect(last(on.stats).tumour).toBeGreaterThan(1.5 * last(off.stats).tumour);
  });

  it('a dense stroma ring laid by fibroblasts keeps T cells out: CD8 near the tumour but none inside or at its margin', async () => {
    const excluded: Partial<ParamValues> = {
      tumorRadius: 100,
      tumorAntigenicity: 0.9,
      ctlRecruitmentRate: 0.3,
      vesselLayout: VESSEL_LAYOUTS.indexOf('tumour rim'),
      vesselDensity: 0.02,
      rimVesselDistance: 90,
      ecmRingDensity: 0.95,
      cafDensity: 0.02,
    };
    const ring = await run({ ...excluded, ecmRingWidth: 50 }, 80);
    const open = await run({ ...excluded, ecmRingWidth: 0 }, 80);
    expect(peak(ring.stats, 'CAF'), 'fibroblasts in the ring').toBeGreaterThan(0);
    expect(last(ring.stats).cd8_near, 'T cells gather outside the ring').toBeGreaterThan(20);
    expect(total(ring.stats, 'cd8_inside') + total(ring.stats, 'cd8_margin')).toBeLessThanOrEqual(
      0.01 * total(ring.stats, 'cd8_near'),
    );
    expect(total(ring.stats, 'kills')).toBe(0);
    // Without the ring the same T cells reach the tumour and kill.
    expect(total(open.stats, 'cd8_inside') + total(open.stats, 'cd8_margin')).toBeGreaterThan(
      0.1 * total(open.stats, 'cd8_near'),
    );
    expect(total(open.stats, 'kills')).toBeGreaterThan(20);
  });

  it('with the stem hierarchy on and no stem cells, tumour growth is bounded by the proliferation capacity and the tumour dwindles', async () => {
    const capacity = 2;
    const bounded = await run(
      { ...NO_IMMUNE, tumorRadius: 60, stemHierarchy: 1, stemFraction: 0, proliferationCapacity: capacity },
      200,
    );
    const free = await run(
      { ...NO_IMMUNE, tumorRadius: 60, stemHierarchy: 0, stemFraction: 0, proliferationCapacity: capacity },
      200,
    );
    const seeded = tumourSites(bounded.start).length;
    expect(seeded).toBeGreaterThan(50);
    expect(peak(bounded.stats, 'stem')).toBe(0);
    // Each seeded lineage can divide at most 2^capacity − 1 times and hold at most 2^capacity cells.
    expect(total(bounded.stats, 'divisions')).toBeGreaterThan(0);
    expect(total(bounded.stats, 'divisions')).toBeLessThanOrEqual(seeded * (2 ** capacity - 1));
    expect(peak(bounded.stats, 'tumour')).toBeLessThanOrEqual(seeded * 2 ** capacity);
    // Spent cells die when they try to divide: the tumour shrinks from its peak.
    expect(last(bounded.stats).tumour).toBeLessThan(0.6 * peak(bounded.stats, 'tumour'));
    // Without the hierarchy the same tumour grows past that bound and is still dividing.
    expect(last(free.stats).tumour).toBeGreaterThan(seeded * 2 ** capacity);
    expect(total(free.stats.slice(-50), 'divisions')).toBeGreaterThan(50);
  });

  it('antigen mutation at every division, all of it loss, lowers the mean antigenicity; no mutation keeps it', async () => {
    const seededByte = byte01(0.5);
    const loss = await run(
      { ...NO_IMMUNE, tumorRadius: 100, tumorAntigenicity: 0.5, mutationProb: 1, antigenLossFraction: 1 },
      100,
    );
    const none = await run({ ...NO_IMMUNE, tumorRadius: 100, tumorAntigenicity: 0.5, mutationProb: 0 }, 100);
    const gain = await run(
      { ...NO_IMMUNE, tumorRadius: 100, tumorAntigenicity: 0.5, mutationProb: 1, antigenLossFraction: 0 },
      100,
    );
    const initial = seededByte / 255;
    expect(total(loss.stats, 'divisions')).toBeGreaterThan(100);
    expect(last(loss.stats).mean_antigenicity).toBeLessThan(initial - 0.1);
    // Only losses: no tumour cell ever rises above its seeded antigenicity.
    const antigens = tumourSites(loss.end).map((i) => field(loss.end.state[2 * i + 1], ANTIGEN_SHIFT, ANTIGEN_MASK));
    expect(Math.max(...antigens)).toBe(seededByte);
    expect(Math.min(...antigens)).toBeLessThan(seededByte);
    for (const s of none.stats) expect(s.counts.mean_antigenicity, `hour ${s.hour}`).toBeCloseTo(initial, 3);
    expect(last(gain.stats).mean_antigenicity).toBeGreaterThan(initial + 0.1);
  });

  it('with MDSC recruitment 0 no MDSC ever appears; with it on they arrive', async () => {
    const base: Partial<ParamValues> = { tumorRadius: 120, vesselDensity: 0.01 };
    const without = await run({ ...base, mdscRecruitment: 0 }, 60);
    const withThem = await run({ ...base, mdscRecruitment: 2 }, 60);
    expect(total(without.stats, 'recruited_mdsc')).toBe(0);
    expect(peak(without.stats, 'MDSC')).toBe(0);
    expect(total(withThem.stats, 'recruited_mdsc')).toBeGreaterThan(5);
    expect(peak(withThem.stats, 'MDSC')).toBeGreaterThan(0);
  });

  it('with macrophage recruitment 0 and no resident macrophages no macrophage ever appears; with either they do', async () => {
    const base: Partial<ParamValues> = { tumorRadius: 120, vesselDensity: 0.01 };
    const without = await run({ ...base, macRecruitment: 0, macrophageDensity: 0 }, 60);
    const recruited = await run({ ...base, macRecruitment: 2, macrophageDensity: 0 }, 60);
    const resident = await run({ ...base, macRecruitment: 0, macrophageDensity: 0.02 }, 1);
    expect(total(without.stats, 'recruited_mac')).toBe(0);
    expect(peak(without.stats, 'macrophage')).toBe(0);
    expect(total(without.stats, 'kills_m1')).toBe(0);
    expect(total(recruited.stats, 'recruited_mac')).toBeGreaterThan(5);
    expect(peak(recruited.stats, 'macrophage')).toBeGreaterThan(0);
    expect(resident.stats[0].counts.macrophage).toBeGreaterThan(0);
  });

  it('priming rises above 1 with kills, relaxes back to 1 when they stop, and stays at 1 with no priming gain', async () => {
    const values = testValues({
      ...INFLAMED,
      latticeSize: SIDE,
      fieldResetSweeps: 200,
      ctlRecruitmentRate: 0.3,
      vesselLayout: VESSEL_LAYOUTS.indexOf('random + edge'),
    });
    const twin = await twinAt(values);
    const attack = await twin.step(40);
    expect(total(attack, 'kills')).toBeGreaterThan(10);
    expect(peak(attack, 'priming')).toBeGreaterThan(1);
    expect(last(attack).antigen_pool).toBeGreaterThan(0);
    // Killing stops; released antigen is forgotten within hours.
    twin.setParams({ ...values, ctlKillRate: 0, m1KillRate: 0, antigenMemoryTime: 5 });
    const quiet = await twin.step(60);
    expect(total(quiet, 'kills') + total(quiet, 'kills_m1') + total(quiet, 'necroses'), 'no immunogenic death').toBe(0);
    for (let h = 1; h < quiet.length; h++)
      expect(quiet[h].counts.priming, `hour ${quiet[h].hour}`).toBeLessThanOrEqual(quiet[h - 1].counts.priming);
    expect(last(quiet).priming).toBe(1);
    expect(last(quiet).priming_level).toBe(PRIMING_UNIT);

    const flat = await twinAt({ ...values, primingMax: 0 });
    const unprimed = await flat.step(40);
    expect(total(unprimed, 'kills')).toBeGreaterThan(10);
    for (const s of unprimed) expect(s.counts.priming, `hour ${s.hour}`).toBe(1);
    expect(last(unprimed).antigen_pool, 'antigen is still released, it just does not prime').toBeGreaterThan(0);
  });
});
