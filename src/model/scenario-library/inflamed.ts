/** Library scenario 'inflamed': Inflamed (hot) tumour. */
import type { LibraryScenario } from './scenario';
import { KATHER_2017, SPQSP_IO, validationReport } from './sources';
import { INFLAMED } from './tissues';

export const inflamed: LibraryScenario = {
  id: 'inflamed',
  title: 'Inflamed (hot) tumour',
  summary: 'Highly antigenic tumour, vessels in and around it, strong T-cell recruitment, little stroma.',
  values: INFLAMED,
  seed: 1,
  hours: 150,
  lookAtHour: 48,
  card: {
    predict:
      'This tumour is easy for T cells to recognise (antigenicity 0.9) and vessels bring many of them. Will they clear it? Where does the fight happen?',
    watch:
      "Light-blue T cells leave the vessels and climb the chemokine trail to the tumour; touching it they turn dark blue (activated) and kill. The IFN-γ overlay shows where they act. The readouts say 'inflamed'. Over the days more T cells turn grey (exhausted).",
    shows:
      'A hot tumour: T cells get in and kill, mostly at its edge. It shrinks (to about half in six days here) but is not cleared: each T cell kills at most five times, and the IFN-γ it releases raises PD-L1 on the tumour, which exhausts T cells. This is the kind of tumour in which PD-1 blockers work best.',
    references: [KATHER_2017, SPQSP_IO, validationReport(3, 'immune phenotypes')],
  },
};
