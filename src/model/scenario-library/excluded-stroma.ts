/** Library scenario 'excluded-stroma': Excluded tumour + stroma targeting. */
import type { LibraryScenario } from './scenario';
import { DAY1, doses, regimen, schedule } from './dosing';
import { KATHER_2017, SPQSP_PDAC, THERAPIES_DOC } from './sources';
import { EXCLUDED } from './tissues';

export const excludedStroma: LibraryScenario = {
  id: 'excluded-stroma',
  title: 'Excluded tumour + stroma targeting',
  summary: 'The stroma-wrapped tumour with a stroma-degrading agent daily for 10 days and anti-PD-1, both from day 1.',
  values: EXCLUDED,
  seed: 1,
  numbersAt: 96,
  hours: 200,
  lookAtHour: 120,
  schedule: schedule([doses('stroma', DAY1, 24, 10)], regimen('pd1q2w', DAY1)),
  card: {
    predict:
      'Anti-PD-1 alone does almost nothing here: the T cells are stuck in the stroma ring. What if a drug thins the stroma first?',
    watch:
      "The green stroma tint around the tumour fades over the first days; T cells start to touch the tumour ('CD8 inside' and 'margin' rise, the label may change from excluded to inflamed) and the tumour line turns down. Remove the stroma event (× in the dose list) and reset to see anti-PD-1 alone.",
    shows:
      'Breaking the physical barrier turns an excluded tumour into one T cells can reach, and only then does checkpoint blockade pay off — the rationale for combining stroma-targeting agents with immunotherapy (Kather 2017). Here the tumour falls from about 1,240 to about 10 cells in 200 hours.',
    references: [KATHER_2017, SPQSP_PDAC, THERAPIES_DOC],
  },
};
