/** Library scenario 'excluded': Immune-excluded tumour. */
import type { LibraryScenario } from './scenario';
import { KATHER_2017, SPQSP_PDAC, validationReport } from './sources';
import { EXCLUDED } from './tissues';

export const excluded: LibraryScenario = {
  id: 'excluded',
  title: 'Immune-excluded tumour',
  summary: 'Antigenic tumour in a dense stroma ring laid by fibroblasts, vessels only outside it.',
  values: EXCLUDED,
  seed: 1,
  hours: 150,
  lookAtHour: 48,
  card: {
    predict:
      'The tumour is as visible to T cells as the inflamed one, but wrapped in 80 µm of dense stroma (green tint) with the vessels outside. What will the T cells do?',
    watch:
      "T cells crowd in the stroma ring and outside it but almost none touch a tumour cell; the readouts say 'excluded' and 'CD8 inside' stays near zero. Compare the tumour count in the chart with the inflamed scenario.",
    shows:
      'T cells can be plentiful and still useless if they cannot reach the tumour: dense extracellular matrix keeps them out. The tumour is barely touched. Treatments that break down stroma aim at this barrier.',
    references: [KATHER_2017, SPQSP_PDAC, validationReport(3, 'immune phenotypes')],
  },
};
