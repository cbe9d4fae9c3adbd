/** Validation scenario 2 (model.md §7): CTL influx ×1, ×2, ×4, ×8 and the tumour's fate. */
import { INFLUX_BASE, influx } from '../../model/scenario-library/tissues';
import { check, med, share, tumourRatio, type Scenario } from './define';

export const influxDoseResponse: Scenario = {
  id: 'influx-dose-response',
  title: '2. Immune influx dose–response',
  expectation:
    'Low stroma; CTL influx ×1, ×2, ×4, ×8 → a monotone shift from escape to control to eradication; killing happens at the invasive margin.',
  size: 128,
  hours: 300,
  arms: [1, 2, 4, 8].map((m) => ({
    label: `influx ×${m}`,
    values: influx(INFLUX_BASE * m),
  })),
  measure: (s) => {
    let margin = 0;
    let inside = 0;
    for (const h of s) {
      margin += h.counts.cd8_margin;
      inside += h.counts.cd8_inside;
    }
    return {
      tumour_ratio: tumourRatio(s),
      margin_share: margin / Math.max(1, margin + inside),
      eradicated: s.at(-1)!.counts.tumour === 0 ? 1 : 0,
    };
  },
  columns: {
    tumour_ratio: 'tumour cells at the end / at the start',
    margin_share: 'share of tumour-contacting CD8 cells at the margin (not inside), over the run',
    eradicated: '1 when no tumour cell is left',
  },
  checks: (r) => {
    const ratios = r.map((_, i) => med(r, i, 'tumour_ratio'));
    return [
      check(
        'the tumour ratio falls monotonically with influx (medians)',
        ratios.every((x, i) => i === 0 || x <= ratios[i - 1] + 0.02),
        ratios.map((x) => x.toFixed(2)).join(' → '),
      ),
      check('×1 escapes (median ratio > 1)', ratios[0] > 1, `×1 median ${ratios[0].toFixed(2)}`),
      check(
        '×8 controls or eradicates (median ratio < 0.5)',
        ratios[3] < 0.5,
        `×8 median ${ratios[3].toFixed(2)}, eradicated in ${(100 * share(r[3].eradicated, (v) => v === 1)).toFixed(0)} % of seeds`,
      ),
      check(
        'killing happens at the margin (median margin share ≥ 0.6 in every arm)',
        r.every((_, i) => med(r, i, 'margin_share') >= 0.6),
        r.map((_, i) => med(r, i, 'margin_share').toFixed(2)).join(', '),
      ),
    ];
  },
};
