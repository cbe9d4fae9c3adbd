/** Validation scenario 6 (model.md §7): chemotherapy of a half-resistant tumour and competitive release. */
import { cellType, TYPE_VESSEL } from '../../model/layout';
import type { Lattice } from '../../model/lattice';
import { RESISTANT_HALF } from '../../model/scenario-library/tissues';
import { FIELD_DRUG, FIELD_MAX } from '../../model/fields';
import { REGIMEN_BY_KEY } from '../../model/therapy/schedule';
import { check, med, type Scenario } from './define';

const CHEMO_FROM = 24;
/** Dominance: the resistant clone makes up this share of the tumour. */
const DOMINANT = 0.7;
/** Mean drug (field units) on sites at Chebyshev distance [lo, hi] from the nearest vessel. */
function drugAtDistance(l: Lattice, lo: number, hi: number): number {
  const { width, height } = l;
  const vessels: number[] = [];
  for (let i = 0; i < width * height; i++) if (cellType(l.state[2 * i]) === TYPE_VESSEL) vessels.push(i);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const y = (i / width) | 0;
    let d = Infinity;
    for (const v of vessels) d = Math.min(d, Math.max(Math.abs((v % width) - x), Math.abs(((v / width) | 0) - y)));
    if (d >= lo && d <= hi) {
      sum += l.fields[FIELD_DRUG * width * height + i] / FIELD_MAX;
      n++;
    }
  }
  return n ? sum / n : 0;
}
export const chemotherapy: Scenario = {
  id: 'chemotherapy',
  title: '6. Chemotherapy and competitive release',
  expectation:
    '50 % resistant clone; no drug / constant / pulsed: constant dosing clears sensitive cells (here: depletes them — quiescent sensitive cells far from vessels survive) and releases the resistant clone; pulsed dosing delays resistant dominance; drug concentration falls with distance from vessels.',
  size: 96,
  hours: 400,
  arms: [
    { label: 'no drug', values: RESISTANT_HALF },
    {
      label: 'constant (infusion)',
      values: RESISTANT_HALF,
      schedule: REGIMEN_BY_KEY.get('chemoConstant')!.events(CHEMO_FROM),
    },
    {
      label: 'pulsed (weekly bolus)',
      values: RESISTANT_HALF,
      schedule: REGIMEN_BY_KEY.get('chemoPulsed')!.events(CHEMO_FROM),
    },
  ],
  measure: (s, end) => {
    const first = s[CHEMO_FROM - 1].counts;
    const last = s.at(-1)!.counts;
    const sensitive = (c: Record<string, number>): number => c.tumour - c.resistant;
    const dominant = s.findIndex((h) => h.counts.tumour > 0 && h.counts.resistant / h.counts.tumour >= DOMINANT);
    return {
      sensitive_ratio: sensitive(last) / Math.max(1, sensitive(first)),
      resistant_ratio: last.resistant / Math.max(1, first.resistant),
      resistant_share: last.resistant / Math.max(1, last.tumour),
      dominance_hour: dominant < 0 ? s.length : dominant + 1,
      drug_near_far: drugAtDistance(end, 1, 2) / Math.max(1e-6, drugAtDistance(end, 10, 60)),
    };
  },
  columns: {
    sensitive_ratio: 'sensitive tumour cells at the end / at the first dose',
    resistant_ratio: 'resistant cells at the end / at the first dose',
    resistant_share: 'resistant share of the tumour at the end',
    dominance_hour: `first hour the resistant share reaches ${DOMINANT} (run length if never)`,
    drug_near_far: 'mean drug 10–20 µm from a vessel / 100–600 µm from any vessel, at the end',
  },
  checks: (r) => [
    check(
      'constant dosing depletes sensitive cells (median ratio < 0.75 while they multiply without drug) and releases the resistant clone (share ≥ 0.8)',
      med(r, 1, 'sensitive_ratio') < 0.75 && med(r, 0, 'sensitive_ratio') > 1 && med(r, 1, 'resistant_share') >= 0.8,
      `sensitive ×${med(r, 1, 'sensitive_ratio').toFixed(2)} (no drug ×${med(r, 0, 'sensitive_ratio').toFixed(2)}), resistant share ${med(r, 1, 'resistant_share').toFixed(2)} (no drug ${med(r, 0, 'resistant_share').toFixed(2)})`,
    ),
    check(
      'pulsed dosing delays resistant dominance (median hour later than constant)',
      med(r, 2, 'dominance_hour') > med(r, 1, 'dominance_hour'),
      `constant h ${med(r, 1, 'dominance_hour').toFixed(0)}, pulsed h ${med(r, 2, 'dominance_hour').toFixed(0)} (never: the run length)`,
    ),
    check(
      'drug concentration falls with distance from vessels (median near / far ≥ 1.2 under constant dosing)',
      med(r, 1, 'drug_near_far') >= 1.2,
      `median ×${med(r, 1, 'drug_near_far').toFixed(2)}`,
    ),
  ],
};
