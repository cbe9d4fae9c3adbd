/** Library scenario 'antigen-loss': Antigen loss: the tumour hides. */
import type { LibraryScenario } from './scenario';
import { KATHER_2017 } from './sources';

export const antigenLoss: LibraryScenario = {
  id: 'antigen-loss',
  title: 'Antigen loss: the tumour hides',
  summary: 'Moderately antigenic tumour (0.5) whose daughters often mutate their antigen, under strong T-cell attack.',
  values: {
    tumorAntigenicity: 0.5,
    ctlRecruitmentRate: 0.3,
    vesselDensity: 0.006,
    mutationProb: 0.5,
    mutationShift: 0.2,
    antigenLossFraction: 0.5,
  },
  seed: 1,
  hours: 400,
  lookAtHour: 300,
  card: {
    predict:
      "Half of this tumour's divisions change the daughter's antigen, up or down at random. T cells kill the visible cells. What happens to the average antigenicity, and to the tumour? Then set Tumour → 'Antigen mutation' to 0, reset, and compare.",
    watch:
      "Follow 'antigenicity' in the readouts: it drifts down from 0.50 (to about 0.37 by 400 hours). Click tumour cells (the Inspect tool is on by default) to see clones with different antigenicity; the survivors at the edge are the dim ones.",
    shows:
      'Immunoediting: T cells remove the visible clones, so the hidden ones inherit the tumour. Here it first holds, then grows back (from about 1,270 to 2,200 cells) while T cells are everywhere. Without mutation the same attack shrinks it to about 780. Tumours escape by losing antigen.',
    references: [KATHER_2017],
  },
};
