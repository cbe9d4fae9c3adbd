/** Library scenario 'inflamed-anti-pd1': Inflamed tumour + anti-PD-1. */
import type { LibraryScenario } from './scenario';
import { DAY1, regimen } from './dosing';
import { KATHER_2017, SPQSP_IO, THERAPIES_DOC, validationReport } from './sources';
import { INFLAMED } from './tissues';

export const inflamedAntiPd1: LibraryScenario = {
  id: 'inflamed-anti-pd1',
  title: 'Inflamed tumour + anti-PD-1',
  summary: 'The inflamed tumour with anti-PD-1 every 2 weeks from day 1 (compare with “Inflamed (hot) tumour”).',
  values: INFLAMED,
  seed: 1,
  numbersAt: 96,
  hours: 150,
  lookAtHour: 120,
  schedule: regimen('pd1q2w', DAY1),
  card: {
    predict:
      'Untreated, this hot tumour halves and then stalls as T cells exhaust. Anti-PD-1 blocks the PD-1 brake on the T cells. What will change: more T cells, or better T cells?',
    watch:
      "The timeline under the chart shows anti-PD-1 occupancy jumping to about 0.95 on day 1 and staying high. Fewer T cells turn grey (exhausted) and the tumour line keeps falling; the readouts box shows the response since day 1. Run “Inflamed (hot) tumour” or press 'Compare with untreated' in the Therapies folder to see both side by side.",
    shows:
      'Checkpoint blockade works where T cells are already in contact with the tumour and held back by PD-L1: the same T cells keep killing longer, and exhausted ones can recover. The tumour shrinks far more than untreated (to about 0.2 of its size in 100 hours, against 0.7).',
    references: [SPQSP_IO, KATHER_2017, validationReport(3, 'anti-PD-1 by immune phenotype'), THERAPIES_DOC],
  },
};
