/** Library scenario 'suppressive-cells': Treg- and MDSC-rich tumour. */
import type { LibraryScenario } from './scenario';
import { PHYSICELL, SPQSP_IO, SPQSP_TNBC } from './sources';
import { SUPPRESSIVE } from './tissues';

export const suppressiveCells: LibraryScenario = {
  id: 'suppressive-cells',
  title: 'Treg- and MDSC-rich tumour',
  summary: 'The inflamed tumour with four times the Tregs and ten times the MDSCs.',
  values: SUPPRESSIVE,
  seed: 1,
  hours: 150,
  lookAtHour: 100,
  card: {
    predict:
      'The same hot tumour as “Inflamed (hot) tumour”, but regulatory T cells (pink) and MDSCs (purple) pour in too. T cells still get in. Will they still shrink the tumour?',
    watch:
      'Pink Tregs and purple MDSCs mix with the T cells at the tumour edge. CD8/Treg in the readouts falls to a few; almost every T cell turns grey (exhausted). Compare the tumour line with the inflamed scenario, which halves in the same time.',
    shows:
      'Infiltration is not enough: Tregs switch off the T cells they touch, and Tregs and MDSCs release suppressive signals. Here the tumour holds or grows (by about a third in 150 hours on 128 × 128; it loses only about 15 % on 256 × 256) despite hundreds of T cells inside and around it. Depleting Tregs or MDSCs is a therapy aim.',
    references: [SPQSP_TNBC, SPQSP_IO, PHYSICELL],
  },
};
