/**
 * The table "Where each rule lives" in docs/architecture.md is how a reader finds the code of a
 * rule ("a CTL kills a tumour cell"): every name it shows must exist where it says, or the lookup
 * leads nowhere. (That the committed table is current is checked in generated-files.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LUT_OFFSETS } from '../../src/model/luts';
import { HOUR_RULES } from '../../src/model/hour-plan';
import { PARAM_BY_KEY } from '../../src/model/registry';
import { BEGIN, END, ruleRows } from '../../scripts/rule-table';

const root = new URL('../../', import.meta.url);
const rows = ruleRows();

describe('rule table', () => {
  it('has a row for every step of the hour plan', () => {
    expect(new Set(rows.map((r) => r.step))).toEqual(new Set(HOUR_RULES));
  });

  it('sits between one pair of markers in docs/architecture.md', () => {
    const doc = readFileSync(new URL('docs/architecture.md', root), 'utf8');
    expect([doc.split(BEGIN).length, doc.split(END).length]).toEqual([2, 2]);
  });

  it.each(rows)('$rule: its WGSL function is defined in its file', ({ wgsl, wgslFile }) => {
    const text = readFileSync(new URL(`shaders/${wgslFile}`, root), 'utf8');
    expect(text, `fn ${wgsl} in shaders/${wgslFile}`).toMatch(new RegExp(`^fn ${wgsl}\\(`, 'm'));
  });

  it.each(rows)('$rule: its twin function is exported by its module', async ({ twin, twinFile }) => {
    const module = (await import(/* @vite-ignore */ new URL(twinFile, root).href)) as Record<string, unknown>;
    expect(typeof module[twin], `${twin} exported by ${twinFile}`).toBe('function');
  });

  it.each(rows)('$rule: its tables, parameters and tests exist', ({ luts, params, tests }) => {
    for (const lut of luts) expect(Object.keys(LUT_OFFSETS), 'lookup table').toContain(lut);
    for (const key of params) expect(PARAM_BY_KEY.has(key), `parameter ${key}`).toBe(true);
    for (const test of tests) expect(existsSync(new URL(test, root)), test).toBe(true);
  });
});
