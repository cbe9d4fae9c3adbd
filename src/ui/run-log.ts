/**
 * What the page records of a run for export: every hour's statistics (all STAT_COLUMNS, more than
 * the chart draws), the parameters it started with, and every parameter change made while it ran.
 */
import { SERIES_COLUMNS, toCsv, toJson, type RunRecord } from '../model/run-record';
import type { AdapterSummary } from '../engine/device';
import { PARAMS, type ParamValues } from '../model/registry';
import { STAT_COLUMNS, type HourStats } from '../model/stats';
import { pointOf, responseOfRows, type ResponsePoint } from '../model/therapy/response';
import type { Schedule } from '../model/therapy/schedule';

export interface ParamChange {
  /** Model hour from which the new value acts (the next hour the GPU runs). */
  hour: number;
  key: string;
  old: number;
  new: number;
}

export class RunLog {
  /** One row per hour: [hour, ...counts in STAT_COLUMNS order]. */
  rows: number[][] = [];
  /** What the response readouts need of each hour, kept as hours arrive so the page never re-reads rows. */
  points: ResponsePoint[] = [];
  changes: ParamChange[] = [];
  startValues: ParamValues;
  startHour = 0;

  constructor(values: ParamValues) {
    this.startValues = { ...values };
  }

  /** A new run (reset or loaded snapshot) starting at `hour` with `values`. */
  start(values: ParamValues, hour: number): void {
    this.rows = [];
    this.points = [];
    this.changes = [];
    this.startValues = { ...values };
    this.startHour = hour;
  }

  push(stats: readonly HourStats[]): void {
    for (const s of stats) {
      this.rows.push([s.hour, ...STAT_COLUMNS.map((c) => s.counts[c] ?? 0)]);
      this.points.push(pointOf(s.hour, s.counts));
    }
  }

  /** Drops the rows after `hour` (the run continues from a snapshot taken then). */
  truncate(hour: number): void {
    this.rows = this.rows.filter((r) => r[0] <= hour);
    this.points = this.points.filter((p) => p.hour <= hour);
  }

  recordChange(change: ParamChange): void {
    this.changes.push(change);
  }
}

/**
 * Three tables separated by a blank line, each with its own header: the hourly series, the
 * parameters at the start and now, and the change log.
 */
export function runCsv(log: RunLog, values: ParamValues): string {
  const parameters = [
    'parameter,at_start,now',
    ...PARAMS.map((p) => `${p.key},${log.startValues[p.key]},${values[p.key]}`),
  ];
  const changes = ['change_hour,parameter,old,new', ...log.changes.map((c) => `${c.hour},${c.key},${c.old},${c.new}`)];
  return `${toCsv(log.rows)}\n${parameters.join('\n')}\n\n${changes.join('\n')}\n`;
}

/** The JSON export: the CLI's run record (src/model/run-record.ts, with the dose schedule and response) plus the start parameters and the change log. */
export function runJson(
  log: RunLog,
  values: ParamValues,
  meta: { version: string; adapter: AdapterSummary; schedule?: Schedule },
): string {
  const schedule = meta.schedule ?? [];
  const record: RunRecord & { startHour: number; parametersAtStart: ParamValues; changes: ParamChange[] } = {
    tool: 'tme-playground',
    version: meta.version,
    backend: 'gpu',
    adapter: meta.adapter,
    seed: log.startValues.seed,
    size: log.startValues.latticeSize,
    hours: log.rows.at(-1)?.[0] ?? log.startHour,
    every: 1,
    startHour: log.startHour,
    parametersAtStart: log.startValues,
    parameters: values,
    schedule,
    response: responseOfRows(log.rows, SERIES_COLUMNS, schedule, values),
    changes: log.changes,
    columns: SERIES_COLUMNS,
    rows: log.rows,
  };
  return toJson(record);
}
