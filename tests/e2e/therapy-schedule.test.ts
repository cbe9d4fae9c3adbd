/**
 * The Therapies panel in a real browser (issue: therapies on a schedule): a regimen added from the
 * panel reaches the simulation, the link and the timeline; a radiotherapy fraction turns tumour
 * cells into doomed ones on the lattice (real pixels); a link with a schedule restores it, and a
 * malformed one is refused with a note while the page still runs.
 */
import { afterEach, expect, it } from 'vitest';
import { clickByText, openPlayground, pauseAndSettle, saveArtifact, tme, waitForHour, type OpenPage } from './page';
import { canvasPixels, countColour, PALETTE } from './pixels';

let p: OpenPage | undefined;
afterEach(() => p?.close());

const notices = (q: OpenPage): Promise<string> =>
  q.page.$$eval('#notices .notice', (els) => els.map((e) => e.textContent ?? '').join('\n'));
const doseItems = (q: OpenPage): Promise<string[]> =>
  q.page.$$eval('.dose-list li:not(.empty) .what', (els) => els.map((e) => e.textContent ?? ''));
const scheduleOf = (q: OpenPage): Promise<unknown[]> =>
  q.page.evaluate(() => (window as unknown as { tme: { schedule: unknown[] } }).tme.schedule);

it('a regimen added in the panel is listed, shown on the timeline, in the link, and a fraction dooms tumour cells on the lattice', async () => {
  p = await openPlayground('?seed=3');
  await waitForHour(p.page, 1);
  await clickByText(p.page, 'Therapies');
  expect(await p.page.$eval('#therapy-chart', (e) => (e as HTMLElement).hidden)).toBe(true);
  // Radiotherapy 1 × 8 Gy from day 0: it falls on the next hour simulated.
  await p.page.select('.dose-schedule select[name=regimen]', 'rt1x8');
  await clickByText(p.page, 'Add regimen');
  expect(await doseItems(p)).toEqual([expect.stringMatching(/^Radiotherapy: 8 Gy at h 0 \(day 0\.0\), whole tumour$/)]);
  // Past doses are not given: with the run paused, move the fraction to the next hour through the form's edit.
  await pauseAndSettle(p.page);
  const hour = await p.page.evaluate(() => (window as unknown as { tme: { nextHour: number } }).tme.nextHour);
  await clickByText(p.page, 'Edit');
  await p.page.$eval('.dose-form input[name=start]', (e, h) => ((e as HTMLInputElement).value = String(h)), hour + 2);
  await clickByText(p.page, 'Save event');
  await tme(p.page, (t) => t.setPlaying(true));
  expect(await scheduleOf(p)).toEqual([{ therapy: 'radiation', start: hour + 2, every: 0, count: 1, dose: 8 }]);
  expect(await p.page.evaluate(() => new URLSearchParams(location.search).get('schedule'))).toBe(
    JSON.stringify([{ therapy: 'radiation', start: hour + 2, every: 0, count: 1, dose: 8 }]),
  );
  expect(await p.page.$eval('#therapy-chart', (e) => (e as HTMLElement).hidden)).toBe(false);
  expect(await p.page.$eval('#therapy-chart canvas', (c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);

  await waitForHour(p.page, hour + 4);
  await pauseAndSettle(p.page);
  const counts = await tme(p.page, (t) => t.latestCounts());
  expect(counts.tumour).toBeGreaterThan(0);
  const px = await canvasPixels(p.page);
  // SF at 8 Gy is 0.33 (oxygen effect on): most tumour cells are drawn in the doomed colour now.
  expect(countColour(px, PALETTE.tumourDoomed)).toBeGreaterThan(countColour(px, PALETTE.tumour));
  await p.page.screenshot({ path: saveArtifact('therapy-radiation.png') });
  const readouts = await p.page.$eval('#readouts', (e) => e.textContent ?? '');
  expect(readouts).toMatch(/doomed by radiation \d+/);
  expect(readouts).toMatch(/Response since day/);
  expect(p.errors).toEqual([]);
});

it('a link with a schedule restores it; a malformed schedule is refused with a note and the page runs', async () => {
  const schedule = [{ therapy: 'antiPD1', start: 24, every: 336, count: 3, dose: 1 }];
  p = await openPlayground(`?schedule=${encodeURIComponent(JSON.stringify(schedule))}`);
  await waitForHour(p.page, 1);
  expect(await scheduleOf(p)).toEqual(schedule);
  await clickByText(p.page, 'Therapies');
  expect(await doseItems(p)).toEqual(['Anti-PD-1: 1 dose from h 24 (day 1.0), every 336 h × 3']);
  await p.close();

  p = await openPlayground(
    `?seed=5&schedule=${encodeURIComponent(JSON.stringify([{ therapy: 'aspirin', start: 0, every: 0, count: 1, dose: 1 }]))}`,
  );
  await waitForHour(p.page, 2);
  expect(await notices(p)).toContain("Ignored the dose schedule in the link: event 1: unknown therapy 'aspirin'");
  expect(await scheduleOf(p)).toEqual([]);
  expect(await tme(p.page, (t) => t.values.seed)).toBe(5);
  expect(p.errors).toEqual([]);
});
