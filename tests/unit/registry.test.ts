/**
 * The parameter registry drives the GUI, URL, CLI, packing and docs: every row must be complete and
 * self-consistent, and user input is validated with messages that name the offending parameter.
 */
import { describe, expect, it } from 'vitest';
import {
  checkValue,
  defaultValues,
  PARAM_BY_KEY,
  PARAMS,
  parseValue,
  valuesFromOverrides,
} from '../../src/model/registry';

const GROUPS = [
  'Simulation',
  'Initial conditions',
  'Tumour',
  'Immune cells',
  'Suppressive cells',
  'Macrophages',
  'Microenvironment',
  'Therapies',
];
const nonEmpty = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;

describe('registry rows', () => {
  it('has parameters', () => {
    expect(PARAMS.length).toBeGreaterThan(10);
  });

  it.each(PARAMS.map((p) => [p.key, p] as const))(
    '%s has key, label, unit, default, range, step, group, tooltip and source',
    (_key, p) => {
      expect(p.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(nonEmpty(p.label), 'label').toBe(true);
      expect(typeof p.unit, 'unit').toBe('string');
      for (const n of [p.default, p.min, p.max, p.step])
        expect(Number.isFinite(n), 'default/min/max/step are numbers').toBe(true);
      expect(p.min).toBeLessThan(p.max);
      expect(p.step).toBeGreaterThan(0);
      expect(p.step).toBeLessThanOrEqual(p.max - p.min);
      expect(GROUPS).toContain(p.group);
      expect(['number', 'integer', 'boolean', 'choice']).toContain(p.kind);
      // A choice is the index of one of its named options.
      if (p.kind === 'choice') expect([p.min, p.max, p.step], 'choice range').toEqual([0, p.options!.length - 1, 1]);
      else expect(p.options, 'only choices have options').toBeUndefined();
      expect(['live', 'reset']).toContain(p.applies);
      expect(nonEmpty(p.tooltip), 'tooltip').toBe(true);
      expect(nonEmpty(p.source), 'source').toBe(true);
    },
  );

  it.each(PARAMS.map((p) => [p.key, p] as const))(
    '%s: default lies within min…max and passes validation',
    (_key, p) => {
      expect(p.default).toBeGreaterThanOrEqual(p.min);
      expect(p.default).toBeLessThanOrEqual(p.max);
      expect(checkValue(p, p.default)).toBeNull();
    },
  );

  it('integer and boolean parameters have whole-number ranges; booleans are 0…1 in steps of 1', () => {
    for (const p of PARAMS.filter((q) => q.kind !== 'number')) {
      for (const n of [p.default, p.min, p.max, p.step]) expect(Number.isInteger(n), `${p.key}: ${n}`).toBe(true);
    }
    for (const p of PARAMS.filter((q) => q.kind === 'boolean'))
      expect([p.min, p.max, p.step], p.key).toEqual([0, 1, 1]);
  });

  it('keys are unique, and so are labels (the GUI shows labels)', () => {
    const keys = PARAMS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    const labels = PARAMS.map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(PARAM_BY_KEY.size).toBe(PARAMS.length);
  });

  it('defaultValues() holds exactly the registry defaults', () => {
    expect(defaultValues()).toEqual(Object.fromEntries(PARAMS.map((p) => [p.key, p.default])));
  });
});

describe('valuesFromOverrides', () => {
  it('applies valid overrides and reports nothing', () => {
    const { values, errors } = valuesFromOverrides([
      ['latticeSize', '128'],
      ['ctlKillRate', ' 2.5 '],
      ['seed', '4294967295'],
    ]);
    expect(errors).toEqual([]);
    expect(values.latticeSize).toBe(128);
    expect(values.ctlKillRate).toBe(2.5);
    expect(values.seed).toBe(4294967295);
    expect(values.tumorRadius).toBe(PARAM_BY_KEY.get('tumorRadius')!.default);
  });

  it('rejects an unknown key, naming it', () => {
    const { errors } = valuesFromOverrides([['tumourRadius', '100']]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('tumourRadius');
  });

  it('rejects values outside the range, naming the key and the range', () => {
    const { values, errors } = valuesFromOverrides([
      ['latticeSize', '32'],
      ['ctlMoveProb', '1.5'],
      ['o2Vessel', '-1'],
    ]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('latticeSize');
    expect(errors[0]).toContain('64');
    expect(errors[1]).toContain('ctlMoveProb');
    expect(errors[2]).toContain('o2Vessel');
    // A rejected value is not applied.
    expect(values.latticeSize).toBe(PARAM_BY_KEY.get('latticeSize')!.default);
    expect(values.ctlMoveProb).toBe(PARAM_BY_KEY.get('ctlMoveProb')!.default);
  });

  it('rejects non-integers for integer parameters, naming the key', () => {
    const { values, errors } = valuesFromOverrides([
      ['substeps', '2.5'],
      ['seed', '1e-3'],
    ]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('substeps');
    expect(errors[0]).toMatch(/whole/);
    expect(errors[1]).toContain('seed');
    expect(values.substeps).toBe(PARAM_BY_KEY.get('substeps')!.default);
  });

  it('rejects text that is not a number (NaN), naming the key', () => {
    const { errors } = valuesFromOverrides([
      ['ctlKillRate', 'fast'],
      ['tumorRadius', ''],
      ['necrosisRate', 'NaN'],
      ['o2Decay', 'Infinity'],
    ]);
    expect(errors).toHaveLength(4);
    ['ctlKillRate', 'tumorRadius', 'necrosisRate', 'o2Decay'].forEach((key, i) => expect(errors[i]).toContain(key));
  });

  it('reports every problem, not only the first', () => {
    const { errors } = valuesFromOverrides([
      ['nope', '1'],
      ['substeps', '0'],
      ['ctlKillRate', 'x'],
    ]);
    expect(errors).toHaveLength(3);
  });

  it('accepts true/false for booleans', () => {
    expect(valuesFromOverrides([['stemHierarchy', 'true']])).toEqual({
      values: { ...defaultValues(), stemHierarchy: 1 },
      errors: [],
    });
    expect(valuesFromOverrides([['ifnInducesPdl1', 'false']])).toEqual({
      values: { ...defaultValues(), ifnInducesPdl1: 0 },
      errors: [],
    });
    expect(valuesFromOverrides([['stemHierarchy', '1']]).values.stemHierarchy).toBe(1);
    const { errors } = valuesFromOverrides([
      ['stemHierarchy', 'yes'],
      ['stemHierarchy', '0.5'],
      ['stemHierarchy', '2'],
    ]);
    expect(errors).toHaveLength(3);
    for (const e of errors) expect(e).toContain('stemHierarchy');
  });

  it('accepts option names or indices for choices, and rejects anything else naming the key', () => {
    const layouts = PARAM_BY_KEY.get('vesselLayout')!.options!;
    expect(valuesFromOverrides([['vesselLayout', 'edge']])).toEqual({
      values: { ...defaultValues(), vesselLayout: layouts.indexOf('edge') },
      errors: [],
    });
    expect(valuesFromOverrides([['vesselLayout', 'tumour rim']]).values.vesselLayout).toBe(
      layouts.indexOf('tumour rim'),
    );
    expect(valuesFromOverrides([['tumorSeed', 'foci']]).values.tumorSeed).toBe(1);
    expect(valuesFromOverrides([['vesselLayout', '2']]).values.vesselLayout).toBe(2);
    const { errors } = valuesFromOverrides([
      ['vesselLayout', 'ring'],
      ['vesselLayout', String(layouts.length)],
      ['vesselLayout', '1.5'],
    ]);
    expect(errors).toHaveLength(3);
    for (const e of errors) expect(e).toContain('vesselLayout');
  });

  it('true/false are only words for booleans, not for numbers', () => {
    const def = PARAM_BY_KEY.get('ctlKillRate')!;
    expect(parseValue(def, 'true')).toBeNaN();
    expect(valuesFromOverrides([['ctlKillRate', 'true']]).errors[0]).toContain('ctlKillRate');
  });
});
