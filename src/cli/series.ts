/**
 * The recorded time series and its two file formats: plain CSV (opens in a spreadsheet, so no
 * comment lines) and JSON, which also carries the parameters, seed and adapter of the run.
 */
import type { AdapterSummary } from '../engine/device';
import type { ParamValues } from '../model/registry';
import { STAT_COLUMNS, type HourStats } from '../model/stats';
import type { Stepper } from '../model/stepper';
import type { Response } from '../model/therapy/response';
import type { Schedule } from '../model/therapy/schedule';

/** Column names of a row: the hour, then the statistics. */
export const SERIES_COLUMNS: readonly string[] = ['hour', ...STAT_COLUMNS];

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

export function toCsv(rows: readonly number[][]): string {
  return [SERIES_COLUMNS, ...rows].map((row) => row.join(',')).join('\n') + '\n';
}

export interface RunRecord {
  tool: string;
  version: string;
  backend: 'gpu' | 'cpu';
  adapter: AdapterSummary | null;
  seed: number;
  size: number;
  hours: number;
  every: number;
  parameters: ParamValues;
  schedule: Schedule;
  response: Response | null;
  columns: readonly string[];
  rows: number[][];
  latticeHash?: string;
}

/** JSON with one row per line: readable, and diffs between runs stay short. */
export function toJson(record: RunRecord): string {
  const { rows, ...head } = record;
  const body = JSON.stringify({ ...head, rows: [] }, null, 2);
  const rowLines = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return body.replace('"rows": []', rows.length ? `"rows": [\n${rowLines}\n  ]` : '"rows": []') + '\n';
}
