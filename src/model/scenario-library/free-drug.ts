/** Library scenario 'free-drug': Free drug in a hot tumour (toxicity). */
import type { LibraryScenario } from './scenario';
import { DAY1, doses, schedule } from './dosing';
import { HAL, NANO, THERAPIES_DOC } from './sources';
import { INFLAMED } from './tissues';

export const freeDrug: LibraryScenario = {
  id: 'free-drug',
  title: 'Free drug in a hot tumour (toxicity)',
  summary:
    'The inflamed tumour given free chemotherapy weekly (3 bolus doses from day 1): compare with “Nanoparticle chemotherapy”.',
  values: INFLAMED,
  seed: 1,
  numbersAt: 96,
  hours: 200,
  lookAtHour: 150,
  schedule: schedule([doses('chemo', DAY1, 168, 3)]),
  card: {
    predict:
      'Free drug reaches every vessel, in the tumour and outside it. What does it do to the T cells that are dividing to fight the tumour?',
    watch:
      "Read 'Lymphocytes lost' and the drug exposure at the tumour and in plasma in the readouts box after each dose; the Drug overlay lights up around every vessel.",
    shows:
      'Free chemotherapy is systemic: the same plasma level that reaches the tumour reaches healthy tissue, and it kills proliferating T cells (lymphodepletion). Here, by hour 150: 650 tumour cells left and 38 lymphocytes lost. Note the numbers, then load “Nanoparticle chemotherapy”.',
    references: [NANO, HAL, THERAPIES_DOC],
  },
};
