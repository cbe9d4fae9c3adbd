/** Library scenario 'influx-low': Few T cells (influx ×1). */
import type { LibraryScenario } from './scenario';
import { KATHER_2017, validationReport } from './sources';
import { INFLUX_LOW } from './tissues';

export const influxLow: LibraryScenario = {
  id: 'influx-low',
  title: 'Few T cells (influx ×1)',
  summary: 'Antigenic tumour, no stroma, T-cell recruitment 0.01/h per vessel (compare with “Many T cells”).',
  values: INFLUX_LOW,
  seed: 1,
  hours: 300,
  lookAtHour: 200,
  card: {
    predict:
      'The tumour is easy to recognise but T cells arrive slowly. Is a trickle of T cells enough? Write down a guess for the tumour size after 300 hours, then run “Many T cells”.',
    watch:
      'Count the blue T cells at the tumour edge and follow the tumour line in the chart. The few T cells that come do kill, always at the edge.',
    shows:
      'Too few T cells: the tumour escapes and more than doubles in 300 hours (about 1,270 → 3,100 cells). With eight times the influx (the next scenario) the same tumour shrinks to a quarter. How many T cells reach a tumour matters as much as how well they kill.',
    references: [KATHER_2017, validationReport(2, 'immune influx dose–response')],
  },
};
