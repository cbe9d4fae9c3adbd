/** Library scenario 'stem-hierarchy': Stem cells: a tumour that stalls. */
import type { LibraryScenario } from './scenario';
import { KATHER_2017, STEM } from './sources';
import { NO_IMMUNE } from './tissues';

export const stemHierarchy: LibraryScenario = {
  id: 'stem-hierarchy',
  title: 'Stem cells: a tumour that stalls',
  summary: 'No immune cells; 5 % stem cells divide without limit, their daughters only 5 times.',
  values: {
    ...NO_IMMUNE,
    vesselDensity: 0.006,
    stemHierarchy: 1,
    stemFraction: 0.05,
    proliferationCapacity: 5,
    stemSymmetricProb: 0.1,
  },
  seed: 1,
  hours: 400,
  lookAtHour: 300,
  card: {
    predict:
      "Only 1 in 20 cells is a stem cell that can divide for ever; the others divide at most 5 times and then die trying. Will the tumour grow for ever? Then turn Tumour → 'Stem hierarchy' off, reset, and compare.",
    watch:
      'Follow the tumour line in the chart: fast growth first, then it levels off after about 200 hours. Click tumour cells to find the stem cells; most end up buried inside the tumour, with no free space to divide into.',
    shows:
      'With a stem-cell hierarchy only stem cells sustain growth, and here they get crowded in by their own short-lived offspring: the tumour stalls at about 2,000 cells (with the hierarchy off it reaches about 4,900 by 400 hours). What matters is where the stem cells are, not how many cells there are.',
    references: [STEM, KATHER_2017],
  },
};
