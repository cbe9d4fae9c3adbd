/** Library scenario 'chemo-constant': Chemotherapy, constant: competitive release. */
import type { LibraryScenario } from './scenario';
import { DAY1, regimen } from './dosing';
import { HAL, THERAPIES_DOC, validationReport } from './sources';
import { RESISTANT_HALF } from './tissues';

export const chemoConstant: LibraryScenario = {
  id: 'chemo-constant',
  title: 'Chemotherapy, constant: competitive release',
  summary:
    'Half the tumour is a drug-resistant clone (light orange); constant infusion for 4 weeks from day 1; no immune cells.',
  values: RESISTANT_HALF,
  seed: 1,
  numbersAt: 96,
  hours: 400,
  lookAtHour: 300,
  schedule: regimen('chemoConstant', DAY1),
  card: {
    predict:
      'The drug kills dividing sensitive cells (dark orange) and spares resistant ones (light orange), which divide a little slower. Given constantly, what will the tumour look like in two weeks?',
    watch:
      "Turn on the Drug overlay: it is high near vessels and falls with distance. Dark-orange cells near vessels die as they try to divide; light-orange resistant cells fill the gaps. Follow 'Drug-resistant' in the readouts box.",
    shows:
      'Competitive release: killing the sensitive competitors frees space and oxygen for the resistant clone, which takes over (more than 80 % of the tumour here) — the tumour comes back resistant. Compare with “Chemotherapy, pulsed”.',
    references: [HAL, validationReport(6, 'chemotherapy and competitive release'), THERAPIES_DOC],
  },
};
