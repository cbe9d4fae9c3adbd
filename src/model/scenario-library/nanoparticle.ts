/** Library scenario 'nanoparticle': Nanoparticle chemotherapy (less toxicity). */
import type { LibraryScenario } from './scenario';
import { DAY1, doses, schedule } from './dosing';
import { NANO, THERAPIES_DOC } from './sources';
import { INFLAMED } from './tissues';

export const nanoparticle: LibraryScenario = {
  id: 'nanoparticle',
  title: 'Nanoparticle chemotherapy (less toxicity)',
  summary:
    'The same tumour given the drug in nanoparticles weekly (3 doses from day 1): they leave the blood only at leaky tumour vessels.',
  values: INFLAMED,
  seed: 1,
  numbersAt: 96,
  hours: 200,
  lookAtHour: 150,
  schedule: schedule([doses('nanoparticle', DAY1, 168, 3)]),
  card: {
    predict:
      'Nanoparticles leave the blood only where tumour vessels are leaky, bind tumour cells and release the drug inside them. Compared with free drug, what happens to the tumour, and to the T cells?',
    watch:
      "Turn on the Nanoparticle overlay: it glows only near the tumour's vessels. Compare 'Lymphocytes lost', drug at the tumour and in plasma in the readouts box with “Free drug in a hot tumour”.",
    shows:
      'Targeted delivery: comparable drug exposure at the tumour with far less in plasma, so fewer T cells are lost and the immune attack goes on — the promise of nanomedicine (with only 5 % of the payload leaking into plasma here). By hour 150: 350 tumour cells left and 5 lymphocytes lost, against 650 and 38 with free drug.',
    references: [NANO, THERAPIES_DOC],
  },
};
