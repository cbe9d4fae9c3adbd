/** Library scenario 'vaccine-timing': Cancer vaccine: timing. */
import type { LibraryScenario } from './scenario';
import { DAY1, regimen } from './dosing';
import { KATHER_2017, THERAPIES_DOC, VACCINE } from './sources';
import { INFLUX_LOW } from './tissues';

export const vaccineTiming: LibraryScenario = {
  id: 'vaccine-timing',
  title: 'Cancer vaccine: timing',
  summary: 'An antigenic tumour with few T cells arriving, vaccinated on day 1 with boosts on days 15 and 29.',
  values: INFLUX_LOW,
  seed: 1,
  numbersAt: 96,
  hours: 300,
  lookAtHour: 200,
  schedule: regimen('vaccinePrimeBoost', DAY1),
  card: {
    predict:
      'A vaccine primes more T cells against the tumour for a week or two after each dose. Is it better to vaccinate early, while the tumour is small, or later?',
    watch:
      "The timeline shows each dose's effect; priming in the readouts rises and more T cells arrive; compare the tumour line with “Few T cells”. Then edit the vaccine event (Therapies folder) to start on day 7 (hour 168), reset, and compare again.",
    shows:
      'Vaccination raises T-cell influx for a while after each dose; early doses meet a smaller tumour that the extra T cells can control, while late ones face a tumour that has grown — timing matters as much as dose (Kim & Lee 2012). Here, at hour 300, the vaccinated tumour has about 2,340 cells against 3,040 unvaccinated.',
    references: [VACCINE, KATHER_2017, THERAPIES_DOC],
  },
};
