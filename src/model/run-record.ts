/**
 * The run record: the recorded time series and its two file formats, plain CSV (opens in a
 * spreadsheet, so no comment lines) and JSON, which also carries the parameters, seed, schedule,
 * response and adapter of the run. Written by the CLI (`npm run sim`) and the page's export.
 */
import type { ParamValues } from './registry';
import { STAT_COLUMNS } from './stats';
import type { Response } from './therapy/response';
import type { Schedule } from './therapy/schedule';

/** Column names of a row: the hour, then the statistics. */
export const SERIES_COLUMNS: readonly string[] = ['hour', ...STAT_COLUMNS];

/** The adapter a run used, as recorded (src/engine/device.ts summariseAdapter). */
export interface AdapterSummary {
  vendor: string;
  architecture: string;
  description: string;
  device: string;
  /** A CPU implementation of WebGPU (SwiftShader, llvmpipe, WARP). */
  software: boolean;
}

export function toCsv(rows: readonly number[][]): string {
  return [SERIES_COLUMNS, ...rows].map((row) => row.join(',')).join('\n') + '\n';
}

/** Everything a run's JSON file holds. */
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
