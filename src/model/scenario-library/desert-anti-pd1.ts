/** Library scenario 'desert-anti-pd1': Immune desert + anti-PD-1. */
import type { LibraryScenario } from './scenario';
import { DAY1, regimen } from './dosing';
import { SPQSP_IO, THERAPIES_DOC, validationReport } from './sources';
import { DESERT } from './tissues';

export const desertAntiPd1: LibraryScenario = {
  id: 'desert-anti-pd1',
  title: 'Immune desert + anti-PD-1',
  summary: 'The cold tumour with anti-PD-1 every 2 weeks from day 1.',
  values: DESERT,
  seed: 1,
  numbersAt: 96,
  hours: 150,
  lookAtHour: 120,
  schedule: regimen('pd1q2w', DAY1),
  card: {
    predict:
      'The drug is the same as for the inflamed tumour and its occupancy is just as high. Will this tumour respond?',
    watch:
      'Occupancy on the timeline is high, yet no T cell ever appears and the tumour line rises exactly as in “Immune desert (cold) tumour”. The response in the readouts box turns progressive.',
    shows:
      'Anti-PD-1 releases a brake; it cannot make T cells that are not there or let them see a tumour below their recognition threshold. Cold tumours need something that brings T cells in first (vaccines, radiotherapy, chemotherapy that releases antigen).',
    references: [SPQSP_IO, validationReport(3, 'anti-PD-1 by immune phenotype'), THERAPIES_DOC],
  },
};
