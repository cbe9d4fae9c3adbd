/** Library scenario 'necrotic-core': Growth and the necrotic core. */
import type { LibraryScenario } from './scenario';
import { PHYSICELL, validationReport } from './sources';
import { NO_IMMUNE } from './tissues';

export const necroticCore: LibraryScenario = {
  id: 'necrotic-core',
  title: 'Growth and the necrotic core',
  summary: 'A tumour 600 µm across, few vessels, no immune cells: only oxygen limits it.',
  values: { ...NO_IMMUNE, tumorRadius: 300, vesselDensity: 0.002 },
  seed: 1,
  hours: 240,
  lookAtHour: 72,
  card: {
    predict:
      'There are no immune cells here: the tumour only needs oxygen, which seeps out of the red blood vessels. Will every tumour cell keep dividing? Where do cells die first?',
    watch:
      "Set View → Field overlay to Oxygen. Cells more than about 100 µm from a vessel run short; within two to three days dark necrotic debris fills the centre while the orange rim keeps dividing. Follow 'necrotic' and 'hypoxic' in the readouts box.",
    shows:
      'Tissue that consumes oxygen uses it up within about 100 µm of a vessel, so a solid tumour outgrows its supply: a living rim around a dead core. Only the rim grows, so the tumour grows far more slowly than its cells could divide. (Real tumours grow new vessels; this model does not.)',
    references: [PHYSICELL, validationReport(1, 'necrotic core')],
  },
};
