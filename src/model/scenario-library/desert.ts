/** Library scenario 'desert': Immune desert (cold) tumour. */
import type { LibraryScenario } from './scenario';
import { KATHER_2017, validationReport } from './sources';
import { DESERT } from './tissues';

export const desert: LibraryScenario = {
  id: 'desert',
  title: 'Immune desert (cold) tumour',
  summary: 'Tumour cells below the T-cell recognition threshold and no T-cell recruitment.',
  values: DESERT,
  seed: 1,
  hours: 150,
  lookAtHour: 72,
  card: {
    predict:
      'These tumour cells show almost no antigen (0.2, below the 0.3 that T cells need) and no T cells are being sent. What will the immune system do?',
    watch:
      "No T cells appear; only macrophages and MDSCs drift in from the vessels as the tumour grows. The readouts say 'desert' and the tumour line in the chart keeps rising.",
    shows:
      'A cold tumour: nothing for T cells to see, so nothing to attack and nothing for a PD-1 blocker to release. Making such tumours visible (vaccines, radiotherapy, chemotherapy that releases antigen) comes first.',
    references: [KATHER_2017, validationReport(3, 'immune phenotypes')],
  },
};
