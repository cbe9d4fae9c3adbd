/** Library scenario 'm2-reprogramming': M2-rich tumour + macrophage reprogramming. */
import type { LibraryScenario } from './scenario';
import { DAY1, doses, schedule } from './dosing';
import { KATHER_2017, MACROPHAGES, THERAPIES_DOC } from './sources';
import { M2_RICH } from './tissues';

export const m2Reprogramming: LibraryScenario = {
  id: 'm2-reprogramming',
  title: 'M2-rich tumour + macrophage reprogramming',
  summary:
    'The M2-rich tumour with a reprogramming agent (CSF1R inhibitor / TLR or CD40 agonist) daily for 10 days from day 1.',
  values: M2_RICH,
  seed: 1,
  numbersAt: 96,
  hours: 200,
  lookAtHour: 120,
  schedule: schedule([doses('reprogram', DAY1, 24, 10)]),
  card: {
    predict:
      'In “M2-rich tumour” yellow M2 macrophages suppress the T cells and the tumour holds its size. What happens if a drug turns them green (M1)?',
    watch:
      'Yellow M2 cells turn green within a day; the M1/M2 ratio in the readouts jumps above 1; the suppressive-signal overlay dims; fewer T cells turn grey. When the agent stops (day 11) the macrophages drift back towards M2.',
    shows:
      'Re-educating tumour-associated macrophages removes a source of suppression and adds M1 killing and IFN-γ, so T cells work longer. The effect lasts only while the agent does, as the tumour keeps pushing macrophages back to M2. Here M1 outnumber M2 (about 320 to 175 at hour 200) and the tumour shrinks slowly (2,470 → 2,280 cells) rather than holding — a modest effect on its own.',
    references: [KATHER_2017, MACROPHAGES, THERAPIES_DOC],
  },
};
