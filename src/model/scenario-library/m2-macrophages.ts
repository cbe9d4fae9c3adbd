/** Library scenario 'm2-macrophages': M2-rich tumour (macrophages). */
import type { LibraryScenario } from './scenario';
import { KATHER_2017, MACROPHAGES, PHYSICELL } from './sources';
import { M2_RICH } from './tissues';

export const m2Macrophages: LibraryScenario = {
  id: 'm2-macrophages',
  title: 'M2-rich tumour (macrophages)',
  summary:
    'A hypoxic tumour full of macrophages that polarise to M2 readily (tonic drift ×6, hypoxic drive ×5, M1 activation weak).',
  values: M2_RICH,
  seed: 1,
  hours: 200,
  lookAtHour: 120,
  card: {
    predict:
      "Macrophages can fight a tumour (M1, green) or help it (M2, yellow). Here they are pushed towards M2, and low oxygen pushes harder. Will the T cells still win? Then set Microenvironment → 'S, M2 macrophage' to 0, reset, and compare.",
    watch:
      "Yellow M2 macrophages outnumber green M1 (the readouts' M1/M2 ratio falls well below 1). Turn on the Suppressive signal overlay: it glows where M2 cells sit. Most T cells turn grey (exhausted) and the tumour holds its size.",
    shows:
      'Tumour-associated macrophages of the M2 kind release suppressive signals (TGF-β, IL-10 and others, lumped as S) that exhaust T cells. Here the tumour holds at about 2,400 cells; with M2 secretion off it falls to about 1,100 by 200 hours. Reprogramming M2 to M1 is a therapy aim.',
    references: [KATHER_2017, MACROPHAGES, PHYSICELL],
  },
};
