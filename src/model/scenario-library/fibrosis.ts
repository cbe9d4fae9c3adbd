/** Library scenario 'fibrosis': Fibroblasts build a wall. */
import type { LibraryScenario } from './scenario';
import { KATHER_2017, SPQSP_PDAC } from './sources';
import { RIM_VESSELS } from './tissues';

export const fibrosis: LibraryScenario = {
  id: 'fibrosis',
  title: 'Fibroblasts build a wall',
  summary: 'An inflamed-looking tumour in a loose stroma ring full of fibroblasts (CAFs) that lay down matrix.',
  values: {
    tumorAntigenicity: 0.9,
    ctlRecruitmentRate: 0.3,
    ...RIM_VESSELS,
    ecmRingWidth: 80,
    ecmRingDensity: 0.05,
    cafDensity: 0.15,
    ecmDepositRate: 0.02,
    sCaf: 0.03,
  },
  seed: 1,
  hours: 200,
  lookAtHour: 100,
  card: {
    predict:
      "The ring around the tumour is loose at first and T cells pass through it. Brown fibroblasts in it lay down matrix every hour. What will the readouts' phenotype say after four days? Then set Microenvironment → 'ECM deposition' to 0, reset, and compare.",
    watch:
      "The green stroma tint around the tumour deepens. At first T cells reach the tumour; within two days 'CD8 inside' and 'margin' stop rising while more and more T cells pile up outside the ring ('near'), and the readouts may switch from 'inflamed' to 'excluded' (at about hour 100 on 128 × 128).",
    shows:
      'Cancer-associated fibroblasts build the barrier of an excluded tumour: the same tumour is first reached, then walled off, and holds its size (about 1,240 cells at 200 hours). Without deposition the T cells keep reaching it and halve it (about 640).',
    references: [KATHER_2017, SPQSP_PDAC],
  },
};
