/** The page's time-series export: every statistic per hour, parameters at start and now, the change log. */
import { describe, expect, it } from 'vitest';
import type { AdapterSummary } from '../../src/engine/device';
import { defaultValues } from '../../src/model/registry';
import { STAT_COLUMNS, type HourStats } from '../../src/model/stats';
import { RunLog, runCsv, runJson } from '../../src/ui/run-log';

const hour = (h: number): HourStats => ({
  hour: h,
  counts: Object.fromEntries(STAT_COLUMNS.map((c, i) => [c, h * 100 + i])),
});
const adapter: AdapterSummary = {
  vendor: 'test',
  architecture: '',
  description: 'test adapter',
  device: '',
  software: true,
};

function sampleLog() {
  const start = { ...defaultValues(), latticeSize: 64, seed: 4 };
  const log = new RunLog(start);
  log.start(start, 0);
  log.push([hour(1), hour(2), hour(3)]);
  log.recordChange({ hour: 2, key: 'ctlKillRate', old: 1, new: 2.5 });
  return { log, now: { ...start, ctlKillRate: 2.5 } };
}

describe('run export', () => {
  it('writes the CSV as three blank-line-separated tables: series, parameters, changes', () => {
    const { log, now } = sampleLog();
    const [series, parameters, changes] = runCsv(log, now)
      .trim()
      .split('\n\n')
      .map((t) => t.split('\n'));
    expect(series[0]).toBe(['hour', ...STAT_COLUMNS].join(','));
    expect(series[2]).toBe([2, ...STAT_COLUMNS.map((_, i) => 200 + i)].join(','));
    expect(series.length).toBe(4);
    expect(parameters[0]).toBe('parameter,at_start,now');
    expect(parameters).toContain('ctlKillRate,1,2.5');
    expect(parameters).toContain('seed,4,4');
    expect(changes).toEqual(['change_hour,parameter,old,new', '2,ctlKillRate,1,2.5']);
  });

  it('writes JSON with columns, rows, both parameter sets and the change log', () => {
    const { log, now } = sampleLog();
    const json = JSON.parse(runJson(log, now, { version: '9.9.9', adapter }));
    expect(json).toMatchObject({
      tool: 'tme-playground',
      version: '9.9.9',
      seed: 4,
      size: 64,
      hours: 3,
      startHour: 0,
      every: 1,
    });
    expect(json.columns).toEqual(['hour', ...STAT_COLUMNS]);
    expect(json.rows.map((r: number[]) => r[0])).toEqual([1, 2, 3]);
    expect(json.changes).toEqual([{ hour: 2, key: 'ctlKillRate', old: 1, new: 2.5 }]);
    expect([json.parametersAtStart.ctlKillRate, json.parameters.ctlKillRate]).toEqual([1, 2.5]);
  });

  it('drops the rows after a recovery snapshot and starts afresh on a new run', () => {
    const { log, now } = sampleLog();
    log.truncate(1);
    expect(log.rows.map((r) => r[0])).toEqual([1]);
    expect(log.changes.length).toBe(1); // the change still holds in the values the run continues with
    log.start(now, 40);
    expect([log.rows.length, log.changes.length, log.startHour, log.startValues.ctlKillRate]).toEqual([0, 0, 40, 2.5]);
  });
});
