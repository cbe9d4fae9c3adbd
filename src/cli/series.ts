/**
 * The CLI's stepping loop: runs a Stepper for a number of hours and records every `every`th hour's
 * statistics as rows of the run record (src/model/run-record.ts).
 */
import { STAT_COLUMNS, type HourStats } from '../model/stats';
import type { Stepper } from '../model/stepper';

export interface Series {
  /** One row per recorded hour: [hour, ...counts in STAT_COLUMNS order]. */
  rows: number[][];
  /** The statistics of the last hour run, recorded or not; null when no hour ran. */
  last: HourStats | null;
}

/** Hours per Stepper.step call aim at this many seconds, so the progress display moves smoothly. */
const CHUNK_SECONDS = 0.5;

/**
 * Steps `hours` hours, keeping every `every`th hour's statistics. Chunks grow with the measured
 * speed: small at first, then about CHUNK_SECONDS each, so a GPU still gets many hours per submit.
 */
export async function recordSeries(
  stepper: Stepper,
  hours: number,
  every: number,
  onProgress: (done: number) => void,
): Promise<Series> {
  const series: Series = { rows: [], last: null };
  let done = 0;
  let chunk = 1;
  const start = performance.now();
  while (done < hours) {
    const stats = await stepper.step(Math.min(chunk, hours - done));
    for (const s of stats) {
      if (s.hour % every === 0) series.rows.push([s.hour, ...STAT_COLUMNS.map((c) => s.counts[c])]);
      series.last = s;
    }
    done += stats.length;
    onProgress(done);
    const hoursPerSecond = done / Math.max(1e-3, (performance.now() - start) / 1000);
    chunk = Math.max(1, Math.round(hoursPerSecond * CHUNK_SECONDS));
  }
  return series;
}
