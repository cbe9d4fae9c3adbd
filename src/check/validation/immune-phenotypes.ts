/** Validation scenario 3 (model.md §7): the inflamed, excluded and desert setups, untreated and under anti-PD-1. */
import { PHENOTYPE_DESERT, PHENOTYPE_EXCLUDED, PHENOTYPE_INFLAMED, PHENOTYPE_NO_TUMOUR } from '../../model/readouts';
import { desert } from '../../model/scenario-library/desert';
import { excluded } from '../../model/scenario-library/excluded';
import { inflamed } from '../../model/scenario-library/inflamed';
import { DESERT, EXCLUDED, INFLAMED } from '../../model/scenario-library/tissues';
import type { HourStats } from '../../model/stats';
import { at, benefit, check, med, pd1, share, tumourRatio, type Arm, type Scenario } from './define';

/** The three phenotype setups, under the titles of their library scenarios. */
const PHENOTYPE_ARMS: readonly Arm[] = [
  { label: inflamed.title, values: INFLAMED },
  { label: excluded.title, values: EXCLUDED },
  { label: desert.title, values: DESERT },
];
const phenotypeAt = (s: readonly HourStats[], hour: number): number => at(s, hour).counts.phenotype;
export const immunePhenotypes: Scenario = {
  id: 'immune-phenotypes',
  title: '3. Anti-PD-1 by immune phenotype',
  expectation:
    'The inflamed, excluded and desert setups are recognised as such by the CD8 readouts, and the inflamed tumour is controlled better than the other two; anti-PD-1 (every 2 weeks from day 1) shrinks the inflamed tumour markedly or eradicates it, does nothing in the desert and little alone in the excluded tumour.',
  size: 128,
  hours: 150,
  arms: [
    ...PHENOTYPE_ARMS,
    ...PHENOTYPE_ARMS.map((a) => ({ label: `${a.label} + anti-PD-1`, values: a.values, schedule: pd1() })),
  ],
  measure: (s) => ({
    phenotype_h48: phenotypeAt(s, 48),
    phenotype_end: phenotypeAt(s, s.length),
    tumour_ratio: tumourRatio(s),
  }),
  columns: {
    phenotype_h48: 'phenotype label at hour 48 (0 desert, 1 excluded, 2 inflamed, −1 no tumour)',
    phenotype_end: 'label at the end',
    tumour_ratio: 'tumour cells at the end / at the start',
  },
  checks: (r) => {
    const inflamedOk = share(r[0].phenotype_h48, (v) => v === PHENOTYPE_INFLAMED);
    const excludedOk = share(r[1].phenotype_h48, (v) => v === PHENOTYPE_EXCLUDED);
    const desertOk = share(r[2].phenotype_h48, (v) => v === PHENOTYPE_DESERT);
    return [
      check(
        'inflamed setup labelled inflamed at hour 48 in ≥ 80 % of seeds',
        inflamedOk >= 0.8,
        `${(100 * inflamedOk).toFixed(0)} %`,
      ),
      check(
        'excluded setup labelled excluded at hour 48 in ≥ 80 % of seeds',
        excludedOk >= 0.8,
        `${(100 * excludedOk).toFixed(0)} %`,
      ),
      check(
        'desert setup labelled desert at hour 48 in ≥ 80 % of seeds',
        desertOk >= 0.8,
        `${(100 * desertOk).toFixed(0)} %`,
      ),
      check(
        'the inflamed tumour shrinks most (median ratio below both others)',
        med(r, 0, 'tumour_ratio') < med(r, 1, 'tumour_ratio') && med(r, 0, 'tumour_ratio') < med(r, 2, 'tumour_ratio'),
        [0, 1, 2].map((i) => med(r, i, 'tumour_ratio').toFixed(2)).join(' / ') +
          ` (no tumour at the end: ${(100 * share(r[0].phenotype_end, (v) => v === PHENOTYPE_NO_TUMOUR)).toFixed(0)} % of inflamed seeds)`,
      ),
      check(
        'anti-PD-1 shrinks the inflamed tumour markedly (median ratio ≤ half the untreated one)',
        med(r, 3, 'tumour_ratio') <= 0.5 * med(r, 0, 'tumour_ratio'),
        `${med(r, 0, 'tumour_ratio').toFixed(2)} → ${med(r, 3, 'tumour_ratio').toFixed(2)}; eradicated in ${(100 * share(r[3].phenotype_end, (v) => v === PHENOTYPE_NO_TUMOUR)).toFixed(0)} % of seeds`,
      ),
      check(
        'anti-PD-1 has no effect in the desert (median ratios within 5 %)',
        Math.abs(benefit(r, 2, 5)) <= 0.05 * med(r, 2, 'tumour_ratio'),
        `${med(r, 2, 'tumour_ratio').toFixed(2)} → ${med(r, 5, 'tumour_ratio').toFixed(2)}`,
      ),
      check(
        'anti-PD-1 alone does little in the excluded tumour (benefit < ¼ of the inflamed one)',
        benefit(r, 1, 4) < 0.25 * benefit(r, 0, 3),
        `${med(r, 1, 'tumour_ratio').toFixed(2)} → ${med(r, 4, 'tumour_ratio').toFixed(2)} (benefit ${benefit(r, 1, 4).toFixed(2)} vs inflamed ${benefit(r, 0, 3).toFixed(2)})`,
      ),
    ];
  },
};
