/** Library scenario 'influx-high': Many T cells (influx ×8). */
import type { LibraryScenario } from './scenario';
import { KATHER_2017, validationReport } from './sources';
import { INFLUX_HIGH } from './tissues';

export const influxHigh: LibraryScenario = {
  id: 'influx-high',
  title: 'Many T cells (influx ×8)',
  summary: 'The same tumour with eight times the T-cell recruitment (0.08/h per vessel).',
  values: INFLUX_HIGH,
  seed: 1,
  hours: 300,
  lookAtHour: 200,
  card: {
    predict:
      'Same tumour as “Few T cells”, eight times more T cells arriving. Will eight times the T cells kill eight times faster, clear the tumour, or something in between?',
    watch:
      'A ring of dark-blue activated T cells forms at the tumour edge and the tumour line in the chart turns down. Watch where the kills happen: at the margin, not inside.',
    shows:
      'More influx shifts the outcome from escape to control: here the tumour shrinks to about a quarter in 300 hours (1,270 → 310 cells). It is not eradicated, because T cells exhaust and the tumour keeps dividing at its rim.',
    references: [KATHER_2017, validationReport(2, 'immune influx dose–response')],
  },
};
