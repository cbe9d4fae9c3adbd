/**
 * The ready-made setups (src/model/presets.ts, a view of the scenario library): every value is one
 * the registry accepts, and each of the three phenotype setups (model.md §7 scenario 3), run on the
 * CPU twin at 96² for 120 h, ends with the immune phenotype it is named after — an inflamed tumour
 * may be eradicated, but only after it was seen inflamed.
 */
import { describe, expect, it } from 'vitest';
import { PHENOTYPE_NAMES, PHENOTYPE_NO_TUMOUR } from '../../src/model/readouts';
import { PRESET_BY_KEY, PRESETS } from '../../src/model/presets';
import { checkValue, PARAM_BY_KEY } from '../../src/model/registry';
import { testValues, twinAt } from '../helpers/twin';

const SIDE = 96;
const HOURS = 120;
const PHENOTYPES = ['inflamed', 'excluded', 'desert'];

describe('presets', () => {
  it('include the three immune phenotypes, with unique keys, a label and a description', () => {
    expect(PRESETS.map((p) => p.key)).toEqual(expect.arrayContaining(['desert', 'excluded', 'inflamed']));
    expect(PRESET_BY_KEY.size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.label.trim(), p.key).not.toBe('');
      expect(p.description.trim(), p.key).not.toBe('');
      expect(Object.keys(p.values).length, p.key).toBeGreaterThan(0);
    }
  });

  it.each(PRESETS.map((p) => [p.key, p] as const))('%s: every value passes the registry', (_key, preset) => {
    const problems: string[] = [];
    for (const [key, value] of Object.entries(preset.values)) {
      const def = PARAM_BY_KEY.get(key);
      if (!def) problems.push(`unknown parameter '${key}'`);
      else {
        const problem = checkValue(def, value);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(PHENOTYPES.map((k) => [k, PRESET_BY_KEY.get(k)!] as const))(
    `%s: run at ${SIDE}² for ${HOURS} h, it ends labelled with its own phenotype`,
    async (key, preset) => {
      const twin = await twinAt(testValues({ ...preset.values, latticeSize: SIDE }));
      const labels = (await twin.step(HOURS)).map((s) => PHENOTYPE_NAMES[s.counts.phenotype]);
      const last = labels[labels.length - 1];
      const history = `labels by hour: ${labels.join(', ')}`;
      if (key === 'inflamed' && last === PHENOTYPE_NAMES[PHENOTYPE_NO_TUMOUR]) {
        expect(labels, `eradicated, but never inflamed before; ${history}`).toContain('inflamed');
      } else {
        expect(last, history).toBe(key);
      }
      // The label held at the end, not only in the last hour.
      expect(
        labels.slice(-10).every((l) => l === last),
        history,
      ).toBe(true);
    },
    60_000,
  );
});
