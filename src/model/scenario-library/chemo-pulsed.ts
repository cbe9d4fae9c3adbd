/** Library scenario 'chemo-pulsed': Chemotherapy, pulsed: delaying resistance. */
import type { LibraryScenario } from './scenario';
import { DAY1, regimen } from './dosing';
import { HAL, THERAPIES_DOC, validationReport } from './sources';
import { RESISTANT_HALF } from './tissues';

export const chemoPulsed: LibraryScenario = {
  id: 'chemo-pulsed',
  title: 'Chemotherapy, pulsed: delaying resistance',
  summary: 'The same half-resistant tumour given a weekly bolus for 4 weeks instead of a constant infusion.',
  values: RESISTANT_HALF,
  seed: 1,
  numbersAt: 96,
  hours: 400,
  lookAtHour: 300,
  schedule: regimen('chemoPulsed', DAY1),
  card: {
    predict:
      'The same drug in weekly pulses: high for a day, then gone. More sensitive cells survive. Is that worse or better in the long run?',
    watch:
      "The timeline shows the plasma spikes; the Drug overlay flashes after each. Between pulses sensitive cells grow back and keep competing with the resistant clone; the 'Drug-resistant' share stays well below the constant-infusion run.",
    shows:
      'Keeping sensitive cells alive keeps the resistant clone in check (they compete for space and oxygen): resistant dominance is delayed, the idea behind adaptive therapy. The price is a tumour that is not debulked.',
    references: [HAL, validationReport(6, 'chemotherapy and competitive release'), THERAPIES_DOC],
  },
};
