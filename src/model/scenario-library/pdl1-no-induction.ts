/** Library scenario 'pdl1-no-induction': Adaptive resistance: PD-L1 off. */
import type { LibraryScenario } from './scenario';
import { SPQSP_IO, validationReport } from './sources';
import { ADAPTIVE_NO_INDUCTION } from './tissues';

export const pdl1NoInduction: LibraryScenario = {
  id: 'pdl1-no-induction',
  title: 'Adaptive resistance: PD-L1 off',
  summary: 'The same tumour with IFN-γ → PD-L1 induction turned off.',
  values: ADAPTIVE_NO_INDUCTION,
  seed: 1,
  hours: 200,
  lookAtHour: 120,
  card: {
    predict:
      'Same tumour, same T cells, but IFN-γ can no longer raise PD-L1 (Tumour → “IFN-γ induces PD-L1” is off). Will the tumour be smaller or larger at 200 hours than with induction on?',
    watch:
      "'PD-L1+' stays at 0 %. T cells still turn grey in the end, but only after using up their five kills. Compare the tumour line with “Adaptive resistance: PD-L1 on”.",
    shows:
      'Without the PD-L1 brake the same T cells control the tumour better: at 200 hours it is clearly smaller (about 890 cells against 1,550 with induction on). The difference between the two runs is what anti-PD-1 therapy can win back.',
    references: [SPQSP_IO, validationReport(4, 'adaptive resistance')],
  },
};
