/** Library scenario 'pdl1-adaptive': Adaptive resistance: PD-L1 on. */
import type { LibraryScenario } from './scenario';
import { SPQSP_IO, SPQSP_PDAC, validationReport } from './sources';
import { ADAPTIVE } from './tissues';

export const pdl1Adaptive: LibraryScenario = {
  id: 'pdl1-adaptive',
  title: 'Adaptive resistance: PD-L1 on',
  summary:
    'Inflamed tumour with no PD-L1 of its own; IFN-γ from T cells induces it (compare with “Adaptive resistance: PD-L1 off”).',
  values: ADAPTIVE,
  seed: 1,
  hours: 200,
  lookAtHour: 120,
  card: {
    predict:
      'The tumour starts with no PD-L1, the brake that switches T cells off. T cells release IFN-γ when they attack. Can the tumour use the attack itself to defend itself?',
    watch:
      "Follow 'PD-L1+' in the readouts: it jumps from 0 % to nearly 100 % as soon as T cells reach the tumour. T cells turn grey (exhausted) here mostly before they have used their five kills. Compare the tumour line with “Adaptive resistance: PD-L1 off”.",
    shows:
      'Adaptive resistance: the IFN-γ of attacking T cells makes nearby tumour cells raise PD-L1, which exhausts the T cells touching them. Here the tumour grows (about 1,270 → 1,550 cells in 200 hours) and ends clearly larger than with induction off (about 890). PD-1/PD-L1 blockers cut exactly this brake.',
    references: [SPQSP_IO, SPQSP_PDAC, validationReport(4, 'adaptive resistance')],
  },
};
