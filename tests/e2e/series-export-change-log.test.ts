import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STAT_COLUMNS } from '../../src/model/stats';
import { catchDownloads } from './downloads';
import { openFolder, typeNumber } from './gui';
import { clickByText, openPlayground, pauseAndSettle, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

/** The CSV export's blank-line-separated tables, each as rows of cells (header first). */
const tables = (csv: string): string[][][] =>
  csv
    .trim()
    .split(/\n\n/)
    .map((t) => t.split('\n').map((line) => line.split(',')));

it('CSV and JSON exports hold every statistic per hour, the parameters and the change made in the panel', async () => {
  const page = p.page;
  const downloads = await catchDownloads(page);
  await waitForHour(page, 3);
  await openFolder(page, 'Immune cells');
  await typeNumber(page, 'Kill rate', 2.5);
  await waitForHour(page, 6);
  const hour = await pauseAndSettle(page);

  await openFolder(page, 'Files');
  await clickByText(page, 'Export time series (CSV)');
  const [series, parameters, changes] = tables(readFileSync(await downloads.next(), 'utf8'));
  expect(series[0]).toEqual(['hour', ...STAT_COLUMNS]);
  expect(series.slice(1).map((r) => Number(r[0]))).toEqual(Array.from({ length: hour }, (_, i) => i + 1));
  for (const row of series.slice(1))
    expect(row.every((cell) => cell !== '' && Number.isFinite(Number(cell)))).toBe(true);
  expect(parameters[0]).toEqual(['parameter', 'at_start', 'now']);
  expect(parameters).toContainEqual(['ctlKillRate', '1', '2.5']);
  expect(changes[0]).toEqual(['change_hour', 'parameter', 'old', 'new']);
  expect(changes.length).toBe(2);
  const [changeHour, key, old, now] = changes[1];
  expect([key, old, now]).toEqual(['ctlKillRate', '1', '2.5']);
  expect(Number(changeHour)).toBeGreaterThanOrEqual(3);
  expect(Number(changeHour)).toBeLessThan(hour);

  await clickByText(page, 'Export time series (JSON)');
  const json = JSON.parse(readFileSync(await downloads.next(), 'utf8'));
  expect(json.columns).toEqual(['hour', ...STAT_COLUMNS]);
  expect(json.rows.length).toBe(hour);
  expect(json.rows.map((r: number[]) => r.slice(0, 1)).flat()).toEqual(series.slice(1).map((r) => Number(r[0])));
  expect(json.changes).toEqual([{ hour: Number(changeHour), key: 'ctlKillRate', old: 1, new: 2.5 }]);
  expect(json.parametersAtStart.ctlKillRate).toBe(1);
  expect(json.parameters.ctlKillRate).toBe(2.5);
  expect(json).toMatchObject({ tool: 'tme-playground', backend: 'gpu', size: 128, seed: 1, every: 1 });
  expect(json.adapter.software).toBe(true);
  expect(p.errors).toEqual([]);
});
