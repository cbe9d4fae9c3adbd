/**
 * The scenario library (src/model/scenarios.ts): every entry is complete and valid through the
 * registry, loading one sets its parameters over the defaults and its seed, and it holds the
 * scenarios issue 5 asks for whose mechanics exist.
 */
import { parseSchedule } from '../../src/model/therapy/schedule';
import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY, checkValue, defaultValues } from '../../src/model/registry';
import {
  SCENARIO_BY_ID,
  SCENARIO_ID_PATTERN,
  SCENARIO_LIBRARY,
  scenarioIdProblem,
  scenarioValues,
} from '../../src/model/scenarios';

describe('scenario library', () => {
  it('has at least ten scenarios with unique URL-safe ids, including the three phenotypes', () => {
    expect(SCENARIO_LIBRARY.length).toBeGreaterThanOrEqual(10);
    expect(SCENARIO_BY_ID.size).toBe(SCENARIO_LIBRARY.length);
    for (const s of SCENARIO_LIBRARY) expect(s.id, s.id).toMatch(SCENARIO_ID_PATTERN);
    for (const id of [
      'necrotic-core',
      'inflamed',
      'excluded',
      'desert',
      'pdl1-adaptive',
      'm2-macrophages',
      'suppressive-cells',
      'antigen-loss',
      'stem-hierarchy',
      'fibrosis',
    ]) {
      expect(SCENARIO_BY_ID.has(id), id).toBe(true);
    }
  });

  it.each(SCENARIO_LIBRARY.map((s) => [s.id, s] as const))(
    '%s: a complete card, a valid seed and timing, valid model values',
    (_id, s) => {
      expect(s.title.trim()).not.toBe('');
      expect(s.summary.trim()).not.toBe('');
      for (const text of [s.card.predict, s.card.watch, s.card.shows]) expect(text.trim().length).toBeGreaterThan(40);
      expect(s.card.references.length).toBeGreaterThan(0);
      expect(checkValue(PARAM_BY_KEY.get('seed')!, s.seed)).toBeNull();
      expect(s.lookAtHour).toBeGreaterThan(0);
      expect(s.lookAtHour).toBeLessThanOrEqual(s.hours);
      const problems: string[] = [];
      for (const [key, value] of Object.entries(s.values)) {
        const def = PARAM_BY_KEY.get(key);
        if (!def) problems.push(`unknown parameter '${key}'`);
        else if (def.group === 'Simulation') problems.push(`${key} is a Simulation setting, not a model parameter`);
        else {
          const problem = checkValue(def, value);
          if (problem) problems.push(problem);
        }
      }
      expect(problems).toEqual([]);
      // A therapy scenario's schedule is one the page, links and the CLI accept.
      if (s.schedule) expect(parseSchedule(s.schedule).errors).toEqual([]);
    },
  );

  it('has a therapy scenario for each lesson of the issue (anti-PD-1 by phenotype, stroma, radiotherapy, macrophages, depletion, chemotherapy, nanoparticles, vaccine)', () => {
    const treated = SCENARIO_LIBRARY.filter((s) => s.schedule && s.schedule.length > 0);
    const therapies = new Set(treated.flatMap((s) => s.schedule!.map((e) => e.therapy)));
    for (const t of [
      'antiPD1',
      'stroma',
      'radiation',
      'reprogram',
      'tregDepletion',
      'mdscInhibition',
      'chemo',
      'nanoparticle',
      'vaccine',
    ])
      expect(therapies.has(t as never), t).toBe(true);
    for (const id of [
      'inflamed-anti-pd1',
      'desert-anti-pd1',
      'excluded-stroma',
      'radiotherapy-anti-pd1',
      'm2-reprogramming',
      'treg-mdsc-depletion',
      'chemo-constant',
      'chemo-pulsed',
      'nanoparticle',
      'vaccine-timing',
    ])
      expect(SCENARIO_BY_ID.has(id), id).toBe(true);
  });

  it('scenarioValues sets the scenario over the defaults and its seed, and keeps the lattice side', () => {
    const current = { ...defaultValues(), latticeSize: 96, seed: 42, ctlKillRate: 3, tumorAntigenicity: 0.1 };
    const s = SCENARIO_BY_ID.get('inflamed')!;
    const v = scenarioValues(s, current);
    expect(v.latticeSize).toBe(96);
    expect(v.seed).toBe(s.seed);
    expect(v.ctlKillRate).toBe(PARAM_BY_KEY.get('ctlKillRate')!.default); // not in the scenario: back to default
    expect(v.tumorAntigenicity).toBe(s.values.tumorAntigenicity);
  });

  it('names the problem of an unknown or malformed id', () => {
    expect(scenarioIdProblem('inflamed')).toBeNull();
    expect(scenarioIdProblem('inflamd')).toMatch(/^'inflamd' is no scenario \(have: necrotic-core, /);
    expect(scenarioIdProblem('<b>x</b>')).toMatch(/is not a scenario id/);
    expect(scenarioIdProblem('x'.repeat(100))).toContain('…');
  });
});
