/**
 * One rule per scenario, on the CPU twin, with numbers a user would notice in the charts:
 * no oxygen → necrosis and no growth; no recruitment → no T cells; antigen below the activation
 * threshold → T cells arrive but never activate or kill; ample oxygen and no T cells → growth.
 */
import { describe, expect, it } from 'vitest';
import { TYPE_TUMOR, cellType } from '../../src/model/layout';
import { VESSEL_LAYOUTS } from '../../src/model/params/initial';
import type { HourStats } from '../../src/model/stats';
import type { ParamValues } from '../../src/model/registry';
import { testValues, total, twinAt } from '../helpers/twin';

async function run(
  overrides: Partial<ParamValues>,
  hours: number,
): Promise<{ initialTumour: number; stats: HourStats[] }> {
  const twin = await twinAt(testValues({ fieldResetSweeps: 200, ...overrides }));
  const start = await twin.readState();
  let initialTumour = 0;
  for (let i = 0; i < start.width * start.height; i++) if (cellType(start.state[2 * i]) === TYPE_TUMOR) initialTumour++;
  return { initialTumour, stats: await twin.step(hours) };
}

const necroticFraction = (s: HourStats): number => s.counts.necrotic / (s.counts.necrotic + s.counts.tumour);

describe('CPU twin rules', { timeout: 60_000 }, () => {
  it('without oxygen the tumour turns necrotic within a day and never divides', async () => {
    const { initialTumour, stats } = await run({ tumorRadius: 150, o2Vessel: 0, ctlRecruitmentRate: 0 }, 24);
    expect(initialTumour).toBeGreaterThan(500);
    expect(total(stats, 'divisions')).toBe(0);
    expect(necroticFraction(stats[0])).toBeLessThan(necroticFraction(stats[5]));
    expect(necroticFraction(stats[5])).toBeLessThan(necroticFraction(stats[23]));
    // Necrosis at 0.168/h for 24 h leaves about e^−4 ≈ 2 % alive.
    expect(necroticFraction(stats[23])).toBeGreaterThan(0.9);
    expect(stats[23].counts.tumour).toBeLessThan(0.1 * initialTumour);
    expect(stats[23].counts.hypoxic_tumour, 'every surviving cell is hypoxic').toBe(stats[23].counts.tumour);
  });

  it('with vessel oxygen the same tumour stays viable over that day', async () => {
    const { initialTumour, stats } = await run({ tumorRadius: 150, ctlRecruitmentRate: 0 }, 24);
    expect(necroticFraction(stats[23])).toBeLessThan(0.05);
    expect(stats[23].counts.tumour).toBeGreaterThan(0.9 * initialTumour);
    expect(total(stats, 'divisions')).toBeGreaterThan(0);
  });

  it('with CTL recruitment 0 no T cell ever appears', async () => {
    const { stats } = await run({ tumorRadius: 150, vesselDensity: 0.01, ctlRecruitmentRate: 0 }, 60);
    expect(total(stats, 'recruited')).toBe(0);
    expect(Math.max(...stats.map((s) => s.counts.CTL))).toBe(0);
    expect(total(stats, 'kills')).toBe(0);
  });

  it('with antigenicity below ctlActivationAntigen T cells arrive but never activate or kill', async () => {
    // No mutation, so no clone drifts above the threshold. (T cells may still be exhausted by
    // Tregs or the suppressive signal without ever activating.)
    const { stats } = await run(
      {
        tumorRadius: 150,
        vesselDensity: 0.01,
        ctlRecruitmentRate: 0.5,
        tumorAntigenicity: 0.25,
        ctlActivationAntigen: 0.3,
        mutationProb: 0,
      },
      60,
    );
    expect(total(stats, 'recruited')).toBeGreaterThan(50);
    expect(Math.max(...stats.map((s) => s.counts.ctl_activated))).toBe(0);
    expect(total(stats, 'ctl_divisions'), 'only activated T cells divide').toBe(0);
    expect(total(stats, 'kills')).toBe(0);
  });

  it('with antigenicity just above the threshold the same T cells activate and kill', async () => {
    const { stats } = await run(
      {
        tumorRadius: 150,
        vesselDensity: 0.01,
        ctlRecruitmentRate: 0.5,
        tumorAntigenicity: 0.35,
        ctlActivationAntigen: 0.3,
      },
      60,
    );
    expect(Math.max(...stats.map((s) => s.counts.ctl_activated))).toBeGreaterThan(0);
    expect(total(stats, 'kills')).toBeGreaterThan(10);
  });

  it('with ample oxygen and no T cells a small tumour more than doubles in 120 h', async () => {
    const { initialTumour, stats } = await run(
      {
        tumorRadius: 60,
        vesselDensity: 0.02,
        vesselLayout: VESSEL_LAYOUTS.indexOf('random + edge'),
        ctlRecruitmentRate: 0,
      },
      120,
    );
    expect(initialTumour).toBeGreaterThan(50);
    expect(stats[119].counts.tumour).toBeGreaterThan(2 * initialTumour);
    expect(total(stats, 'divisions')).toBeGreaterThan(initialTumour);
    expect(stats[119].counts.necrotic).toBe(0);
  });
});
