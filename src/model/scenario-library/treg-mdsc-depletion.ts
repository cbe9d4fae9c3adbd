/** Library scenario 'treg-mdsc-depletion': Suppressive tumour + Treg and MDSC depletion. */
import type { LibraryScenario } from './scenario';
import { DAY1, doses, schedule } from './dosing';
import { SPQSP_TNBC, THERAPIES_DOC } from './sources';
import { SUPPRESSIVE } from './tissues';

export const tregMdscDepletion: LibraryScenario = {
  id: 'treg-mdsc-depletion',
  title: 'Suppressive tumour + Treg and MDSC depletion',
  summary: 'The Treg- and MDSC-rich tumour with anti-CD25 and an MDSC inhibitor weekly from day 1 (3 doses each).',
  values: SUPPRESSIVE,
  seed: 1,
  numbersAt: 96,
  hours: 200,
  lookAtHour: 120,
  schedule: schedule([doses('tregDepletion', DAY1, 168, 3), doses('mdscInhibition', DAY1, 168, 3)]),
  card: {
    predict:
      'Regulatory T cells (pink) and MDSCs (purple) exhaust the killer T cells in “Suppressive cells”. What if each dose removes most of them and keeps new ones out for days?',
    watch:
      'At each dose most pink and purple cells vanish at once; between doses they come back slowly (recruitment is held down while the drug lasts). The CD8/Treg ratio in the readouts climbs and fewer T cells turn grey.',
    shows:
      'Depleting suppressive cells frees the T cells already there. Their return between doses shows why schedules matter: the depleting drugs act at the dose, and the tumour keeps recruiting new suppressors. Here the tumour falls from about 1,275 to 610 cells by hour 200.',
    references: [SPQSP_TNBC, THERAPIES_DOC],
  },
};
