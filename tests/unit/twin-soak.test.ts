/**
 * A soak of the CPU twin: 2000 model hours on a 40² lattice with every mechanism on (stem hierarchy,
 * mutation, foci, random and edge vessels, an ECM ring and background stroma with fibroblasts,
 * resident and recruited macrophages, Tregs, MDSCs, CTL division and exhaustion, priming), a
 * hypoxic episode half-way to bring necrosis, M1 activation and phagocytosis in. Every 100 h the
 * lattice must still be sound: the census equals a recount, one cell per site, fields and systemic
 * scalars within range, every bit field within its mask, vessels where they were, stroma never lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from '../../src/model/layout';
import type { Lattice } from '../../src/model/lattice';
import { TUMOR_SEEDS, VESSEL_LAYOUTS } from '../../src/model/params/initial';
import type { HourStats } from '../../src/model/stats';
import { FIELD_MAX } from '../../src/model/fields';
import { packParams, unpackParams } from '../../src/model/gpu-params';
import {
  BURDEN_LEVELS,
  PRIMING_LEVELS,
  PRIMING_UNIT,
  SYS_ANTIGEN_Q8,
  SYS_BURDEN,
  SYS_BURDEN_MDSC,
  SYS_PRIMING_LEVEL,
} from '../../src/model/systemic-words';
import { recount, RECOUNTED_COLUMNS } from '../helpers/lattice';
import { testValues, total, twinAt } from '../helpers/twin';

const SIDE = 40;
const HOURS = 2000;
const CHECK_EVERY = 100;
/** Hours [start, end) with vessel O2 cut to HYPOXIC_O2 mmHg (a live parameter). */
const HYPOXIC_EPISODE = [1000, 1012] as const;
const HYPOXIC_O2 = 2;

const values = testValues({
  latticeSize: SIDE,
  seed: 2,
  fieldResetSweeps: 200,
  tumorSeed: TUMOR_SEEDS.indexOf('foci'),
  tumorRadius: 120,
  stemHierarchy: 1,
  stemFraction: 0.3,
  mutationProb: 0.3,
  antigenLossFraction: 0.7,
  tumorAntigenicity: 0.5,
  vesselLayout: VESSEL_LAYOUTS.indexOf('random + edge'),
  vesselDensity: 0.005,
  ecmRingWidth: 20,
  ecmRingDensity: 0.5,
  ecmBackground: 0.1,
  cafDensity: 0.01,
  macrophageDensity: 0.02,
  ctlRecruitmentRate: 0.05,
  mdscRecruitment: 1,
  macRecruitment: 1,
  m1KillRate: 0.1,
  o2UptakeTumor: 40,
});
const P = unpackParams(packParams(values, { width: SIDE, height: SIDE }));
const N = SIDE * SIDE;

/** Words that must be zero for each type: what the layout does not give that type. */
const UNUSED_BITS: Record<number, number> = {
  [Y.TYPE_EMPTY]: 0x00fffff0,
  [Y.TYPE_NECROTIC]: 0x00fffff0,
  [Y.TYPE_TREG]: 0x00fffff0,
  [Y.TYPE_MDSC]: 0x00fffff0,
  [Y.TYPE_CAF]: 0x00fffff0,
  [Y.TYPE_MACROPHAGE]: 0x00ffff00,
  [Y.TYPE_VESSEL]: 0x00fffef0,
  [Y.TYPE_TUMOR]: 0x00ff0000,
  [Y.TYPE_CTL]: 0,
};

/** Everything wrong with one site's words, as readable problems. */
function siteProblems(a: number, b: number, i: number): string[] {
  const type = Y.cellType(a);
  const state = Y.cellState(a);
  const at = `site ${i} (type ${type}, word A 0x${a.toString(16)})`;
  const out: string[] = [];
  if (Y.TYPE_NAMES[type] === undefined) return [`${at}: unknown type`];
  if ((a & UNUSED_BITS[type]) !== 0) out.push(`${at}: bits outside its layout`);
  if (type !== Y.TYPE_TUMOR && b !== 0) out.push(`${at}: property word 0x${b.toString(16)} on a non-tumour site`);
  if (type === Y.TYPE_TUMOR) {
    if ((state & ~Y.TUMOR_STEM) !== 0) out.push(`${at}: tumour state ${state}`);
    if (Y.field(a, Y.CAPACITY_SHIFT, Y.CAPACITY_MASK) > values.proliferationCapacity)
      out.push(`${at}: capacity above proliferationCapacity`);
  }
  if (type === Y.TYPE_MACROPHAGE && state > Y.MAC_M2) out.push(`${at}: macrophage state ${state}`);
  if (type === Y.TYPE_CTL) {
    const kcap = Y.field(a, Y.KCAP_SHIFT, Y.KCAP_MASK);
    const divisions = Y.field(a, Y.DIVISIONS_SHIFT, Y.DIVISIONS_MASK);
    const engaged = Y.field(a, Y.ENGAGED_SHIFT, Y.ENGAGED_MASK);
    const timer = Y.field(a, Y.TIMER_SHIFT, Y.TIMER_MASK);
    if (state > Y.CTL_EXHAUSTED) out.push(`${at}: CTL state ${state}`);
    if (kcap > values.ctlKillCapacity) out.push(`${at}: kcap ${kcap} > ctlKillCapacity`);
    if (kcap === 0 && state !== Y.CTL_EXHAUSTED) out.push(`${at}: no kills left but not exhausted`);
    if (divisions > values.ctlDivisions) out.push(`${at}: divisions ${divisions} > ctlDivisions`);
    if (engaged > values.ctlEngagementTime) out.push(`${at}: engaged ${engaged} h > ctlEngagementTime`);
    if (timer > values.ifnSecretionTime) out.push(`${at}: IFN-γ timer ${timer} h > ifnSecretionTime`);
    // A T cell that never met its antigen has not divided, killed or secreted.
    if (state === Y.CTL_EFFECTOR && divisions + engaged + timer > 0)
      out.push(`${at}: effector with division, engagement or IFN-γ timer`);
  }
  return out;
}

describe(`CPU twin soak: ${HOURS} h on ${SIDE}² with every mechanism on`, () => {
  const stats: HourStats[] = [];
  /** The lattice at hour 0 and every CHECK_EVERY hours. */
  const checkpoints: Lattice[] = [];

  beforeAll(async () => {
    const twin = await twinAt(values);
    checkpoints.push(await twin.readState());
    for (let hour = 0; hour < HOURS; hour += CHECK_EVERY) {
      const [start, end] = HYPOXIC_EPISODE;
      if (hour <= start && hour + CHECK_EVERY > start) {
        stats.push(...(await twin.step(start - hour)));
        twin.setParams({ ...values, o2Vessel: HYPOXIC_O2 });
        stats.push(...(await twin.step(end - start)));
        twin.setParams(values);
        stats.push(...(await twin.step(hour + CHECK_EVERY - end)));
      } else {
        stats.push(...(await twin.step(CHECK_EVERY)));
      }
      checkpoints.push(await twin.readState());
    }
  }, 240_000);

  it('ran every hour and exercised every mechanism', () => {
    expect(stats.map((s) => s.hour)).toEqual(Array.from({ length: HOURS }, (_, h) => h + 1));
    const happened = [
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
    for (const column of happened) expect(total(stats, column), column).toBeGreaterThan(0);
    const seen = [
      'stem',
      'ctl_activated',
      'ctl_exhausted',
      'mac_m0',
      'mac_m1',
      'mac_m2',
      'CAF',
      'hypoxic_tumour',
      'pdl1_positive',
    ];
    for (const column of seen) expect(Math.max(...stats.map((s) => s.counts[column])), column).toBeGreaterThan(0);
    expect(Math.max(...stats.map((s) => s.counts.priming_level)), 'priming rose').toBeGreaterThan(PRIMING_UNIT);
    // Antigen mutation: the tumour's antigenicity drifted from where it was seeded.
    expect(new Set(stats.map((s) => s.counts.mean_antigenicity)).size).toBeGreaterThan(10);
    // The tumour is still there at the end, so its rules ran the whole time.
    expect(Math.min(...stats.map((s) => s.counts.tumour))).toBeGreaterThan(0);
  });

  it(`reports a census equal to a recount of the lattice every ${CHECK_EVERY} h`, () => {
    checkpoints.slice(1).forEach((lattice, k) => {
      const census = stats[(k + 1) * CHECK_EVERY - 1];
      expect(census.hour, 'checkpoint hour').toBe(lattice.hour);
      const truth = recount(lattice, P.hypoxiaQ16);
      for (const column of RECOUNTED_COLUMNS)
        expect(census.counts[column], `hour ${lattice.hour}: ${column}`).toBe(truth[column]);
    });
  });

  it('holds exactly one cell (or nothing) on each site: known types only, counts summing to width × height', () => {
    for (const lattice of checkpoints) {
      const truth = recount(lattice, P.hypoxiaQ16);
      expect(truth.unnamedTypes, `hour ${lattice.hour}`).toBe(0);
      expect(
        Object.values(Y.TYPE_NAMES).reduce((sum, name) => sum + truth[name], 0),
        `hour ${lattice.hour}`,
      ).toBe(N);
      expect(lattice.state.length).toBe(2 * N);
    }
  });

  it('keeps every bit field within its mask and the values the parameters allow', () => {
    const problems: string[] = [];
    for (const lattice of checkpoints) {
      for (let i = 0; i < N; i++)
        problems.push(
          ...siteProblems(lattice.state[2 * i], lattice.state[2 * i + 1], i).map((p) => `hour ${lattice.hour}: ${p}`),
        );
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('keeps every field value within 0…65535', () => {
    for (const lattice of checkpoints) {
      const bad = lattice.fields.findIndex((v) => !Number.isInteger(v) || v < 0 || v > FIELD_MAX);
      expect(bad, `hour ${lattice.hour}: field word ${bad} = ${lattice.fields[bad]}`).toBe(-1);
    }
  });

  it('keeps the systemic compartment finite, in range and consistent with the census', () => {
    for (const lattice of checkpoints) {
      const sys = lattice.systemic;
      const at = `hour ${lattice.hour}`;
      for (const word of sys) expect(Number.isInteger(word), at).toBe(true);
      expect(sys[SYS_PRIMING_LEVEL], `${at}: priming level`).toBeGreaterThanOrEqual(PRIMING_UNIT);
      expect(sys[SYS_PRIMING_LEVEL], `${at}: priming level`).toBeLessThan(PRIMING_LEVELS);
      expect(sys[SYS_BURDEN], `${at}: burden`).toBeLessThan(BURDEN_LEVELS);
      expect(sys[SYS_BURDEN_MDSC], `${at}: MDSC burden`).toBeLessThan(BURDEN_LEVELS);
      expect(sys[SYS_BURDEN_MDSC], `${at}: hypoxia only adds to the MDSC burden`).toBeGreaterThanOrEqual(
        sys[SYS_BURDEN],
      );
      expect(sys[SYS_ANTIGEN_Q8], `${at}: antigen pool`).toBeLessThan(2 ** 24);
      if (lattice.hour === 0) continue;
      const c = stats[lattice.hour - 1].counts;
      expect(c.priming_level, `${at}: priming column`).toBe(sys[SYS_PRIMING_LEVEL]);
      expect(c.antigen_pool, `${at}: antigen column`).toBe(sys[SYS_ANTIGEN_Q8] >>> 8);
      expect(sys[SYS_BURDEN], `${at}: burden = tumour cells per vessel`).toBe(
        Math.min(BURDEN_LEVELS - 1, Math.floor(c.tumour / Math.max(1, c.vessel))),
      );
    }
  });

  it('never moves, adds or removes a vessel (nor changes its leaky flag)', () => {
    const vessels = (l: Lattice): string =>
      Array.from({ length: N }, (_, i) => i)
        .filter((i) => Y.cellType(l.state[2 * i]) === Y.TYPE_VESSEL)
        .map((i) => `${i}:${Y.field(l.state[2 * i], Y.LEAKY_SHIFT, Y.LEAKY_MASK)}`)
        .join(',');
    const first = vessels(checkpoints[0]);
    expect(first.length).toBeGreaterThan(0);
    for (const lattice of checkpoints) expect(vessels(lattice), `hour ${lattice.hour}`).toBe(first);
  });

  it('never lowers the ECM of a site (fibroblasts and fibrosis only add stroma), and it did grow', () => {
    const ecm = (l: Lattice, i: number): number => Y.field(l.state[2 * i], Y.ECM_SHIFT, Y.ECM_MASK);
    let grew = 0;
    for (let k = 1; k < checkpoints.length; k++) {
      for (let i = 0; i < N; i++) {
        const before = ecm(checkpoints[k - 1], i);
        const after = ecm(checkpoints[k], i);
        if (after < before) expect.fail(`hour ${checkpoints[k].hour}, site ${i}: ECM ${before} → ${after}`);
        if (after > before) grew++;
      }
    }
    expect(grew).toBeGreaterThan(0);
  });
});
