/** Library scenario 'radiotherapy-anti-pd1': Radiotherapy + anti-PD-1. */
import type { LibraryScenario } from './scenario';
import { regimen } from './dosing';
import { CHO_2023, SPQSP_IO, THERAPIES_DOC, validationReport } from './sources';
import { ADAPTIVE } from './tissues';

export const radiotherapyAntiPd1: LibraryScenario = {
  id: 'radiotherapy-anti-pd1',
  title: 'Radiotherapy + anti-PD-1',
  summary: 'A tumour with IFN-γ-induced PD-L1 given 5 × 2 Gy (days 2–6) and anti-PD-1 every 2 weeks.',
  values: ADAPTIVE,
  seed: 1,
  numbersAt: 96,
  hours: 240,
  lookAtHour: 160,
  schedule: regimen('rtPd1', 48),
  card: {
    predict:
      'Radiation kills tumour cells but also the T cells in the field. Dying tumour cells release antigen that primes new T cells. Will radiation help or hurt the immune attack?',
    watch:
      'During the five fractions tumour cells turn grey-brown (doomed) and die over the next days; the readouts show lymphocytes lost and priming rising. After radiation the tumour keeps shrinking under anti-PD-1. Try removing the anti-PD-1 event, or the radiation, and compare.',
    shows:
      'Radiotherapy debulks the tumour and its immunogenic cell death boosts priming, while anti-PD-1 keeps the T cells that arrive from being switched off by PD-L1. The cost shows too: lymphocytes in the field are killed (SF 0.39 at 2 Gy). Here the tumour falls from about 1,420 to 580 cells by hour 240; untreated it grows to about 1,770 by hour 200.',
    references: [CHO_2023, SPQSP_IO, validationReport(5, 'radiotherapy survival'), THERAPIES_DOC],
  },
};
