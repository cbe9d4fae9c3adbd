/** Validation scenario 5 (model.md §7): linear-quadratic survival of single fractions, and regrowth. */
import { INFLAMED, NO_IMMUNE } from '../../model/scenario-library/tissues';
import { WHOLE_LATTICE, type Schedule } from '../../model/therapy/schedule';
import { check, med, type Scenario } from './define';

/** Radiotherapy fraction hour (T cells have arrived by then in the inflamed setup). */
const RT_AT = 48;
/** The whole lattice is irradiated, so every lymphocyte present counts in the survival measure. */
const fraction = (gy: number): Schedule => [
  { therapy: 'radiation', start: RT_AT, every: 0, count: 1, dose: gy, region: WHOLE_LATTICE },
];
export const radiotherapy: Scenario = {
  id: 'radiotherapy',
  title: '5. Radiotherapy survival',
  expectation:
    'Single fractions kill the expected fractions (tumour SF 0.86 at 2 Gy, 0.19 at 10 Gy; lymphocytes 0.39 at 2 Gy) within sampling error; the tumour regrows after radiation alone.',
  size: 96,
  hours: 300,
  arms: [
    {
      label: '2 Gy, inflamed, no oxygen effect',
      values: { ...INFLAMED, rtOxygenEffect: 0 },
      schedule: fraction(2),
    },
    {
      label: '10 Gy, inflamed, no oxygen effect',
      values: { ...INFLAMED, rtOxygenEffect: 0 },
      schedule: fraction(10),
    },
    { label: '8 Gy alone (no immune cells)', values: NO_IMMUNE, schedule: fraction(8) },
  ],
  measure: (s) => {
    // series[k] is hour k: the fraction is given in series[RT_AT], to the cells counted in series[RT_AT − 1].
    const before = s[RT_AT - 1].counts;
    const hit = s[RT_AT].counts;
    const after = s.slice(RT_AT).map((h) => h.counts.tumour);
    const low = Math.min(...after);
    return {
      tumour_sf: 1 - hit.rt_doomed / Math.max(1, before.tumour),
      lymph_sf: 1 - hit.lymph_lost / Math.max(1, before.CTL + before.Treg),
      lymphocytes: before.CTL + before.Treg,
      nadir_ratio: low / Math.max(1, before.tumour),
      regrowth: s.at(-1)!.counts.tumour / Math.max(1, low),
    };
  },
  columns: {
    tumour_sf: '1 − doomed / tumour cells, in the fraction hour',
    lymph_sf: '1 − CTLs and Tregs killed / present, in the fraction hour',
    lymphocytes: 'CTLs + Tregs present at the fraction',
    nadir_ratio: 'smallest tumour after the fraction / tumour at it',
    regrowth: 'tumour at the end / smallest after the fraction',
  },
  checks: (r) => [
    check(
      'tumour SF at 2 Gy is 0.86 (median within ±0.02)',
      Math.abs(med(r, 0, 'tumour_sf') - 0.86) <= 0.02,
      `median ${med(r, 0, 'tumour_sf').toFixed(3)}`,
    ),
    check(
      'tumour SF at 10 Gy is 0.19 (median within ±0.03)',
      Math.abs(med(r, 1, 'tumour_sf') - 0.19) <= 0.03,
      `median ${med(r, 1, 'tumour_sf').toFixed(3)}`,
    ),
    check(
      'lymphocyte SF at 2 Gy is 0.39 (median within ±0.08: a few hundred cells)',
      Math.abs(med(r, 0, 'lymph_sf') - 0.39) <= 0.08,
      `median ${med(r, 0, 'lymph_sf').toFixed(3)} of ${med(r, 0, 'lymphocytes').toFixed(0)} cells`,
    ),
    check(
      'the tumour shrinks, then regrows after radiation alone (median nadir < 0.9, regrowth > 1.2×)',
      med(r, 2, 'nadir_ratio') < 0.9 && med(r, 2, 'regrowth') > 1.2,
      `nadir ${med(r, 2, 'nadir_ratio').toFixed(2)}, then ×${med(r, 2, 'regrowth').toFixed(2)}`,
    ),
  ],
};
