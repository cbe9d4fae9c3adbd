/** Validation scenario 4 (model.md §7): IFN-γ-induced PD-L1 on vs off, untreated and under anti-PD-1. */
import { ADAPTIVE, ADAPTIVE_NO_INDUCTION } from '../../model/scenario-library/tissues';
import type { HourStats } from '../../model/stats';
import { benefit, check, med, pd1, tumourRatio, type Scenario } from './define';

export const adaptiveResistance: Scenario = {
  id: 'adaptive-resistance',
  title: '4. Adaptive resistance',
  expectation:
    'Inflamed tumour with PD-L1 baseline 0: with IFN-γ-induced PD-L1 a PD-L1+ tumour appears where T cells act, exhaustion rises and control falls, compared with induction switched off; anti-PD-1 rescues mostly the arm with induction on.',
  size: 128,
  hours: 200,
  arms: [false, true].flatMap((treated) =>
    [true, false].map((on) => ({
      label: `IFN-γ → PD-L1 ${on ? 'on' : 'off'}${treated ? ' + anti-PD-1' : ''}`,
      values: on ? ADAPTIVE : ADAPTIVE_NO_INDUCTION,
      ...(treated ? { schedule: pd1() } : {}),
    })),
  ),
  measure: (s) => {
    const last = s.slice(-50);
    const mean = (f: (h: HourStats) => number): number => last.reduce((sum, h) => sum + f(h), 0) / last.length;
    return {
      pdl1_positive: mean((h) => h.counts.pdl1_positive_fraction),
      exhausted_share: mean((h) => h.counts.ctl_exhausted_signalled / Math.max(1, h.counts.CTL)),
      tumour_ratio: tumourRatio(s),
    };
  },
  columns: {
    pdl1_positive: 'PD-L1+ share of tumour cells, mean of the last 50 h',
    exhausted_share: 'share of CD8 cells exhausted by signalling (kills left), mean of the last 50 h',
    tumour_ratio: 'tumour cells at the end / at the start',
  },
  checks: (r) => [
    check(
      'PD-L1+ tumour appears only with induction on (median > 0.2 vs < 0.05)',
      med(r, 0, 'pdl1_positive') > 0.2 && med(r, 1, 'pdl1_positive') < 0.05,
      `${med(r, 0, 'pdl1_positive').toFixed(2)} vs ${med(r, 1, 'pdl1_positive').toFixed(2)}`,
    ),
    check(
      'signalling-driven exhaustion is higher with induction on (median)',
      med(r, 0, 'exhausted_share') > med(r, 1, 'exhausted_share'),
      `${med(r, 0, 'exhausted_share').toFixed(2)} vs ${med(r, 1, 'exhausted_share').toFixed(2)}`,
    ),
    check(
      'control falls with induction on (median tumour ratio higher)',
      med(r, 0, 'tumour_ratio') > med(r, 1, 'tumour_ratio'),
      `${med(r, 0, 'tumour_ratio').toFixed(2)} vs ${med(r, 1, 'tumour_ratio').toFixed(2)}`,
    ),
    check(
      'anti-PD-1 rescues mostly the induction-on arm (larger benefit there, and it shrinks the tumour below the untreated on arm)',
      benefit(r, 0, 2) > benefit(r, 1, 3) && med(r, 2, 'tumour_ratio') < med(r, 0, 'tumour_ratio'),
      `on ${med(r, 0, 'tumour_ratio').toFixed(2)} → ${med(r, 2, 'tumour_ratio').toFixed(2)}, off ${med(r, 1, 'tumour_ratio').toFixed(2)} → ${med(r, 3, 'tumour_ratio').toFixed(2)}`,
    ),
  ],
};
