import { afterAll, beforeAll, expect, it } from 'vitest';
import { canvasPixels, countColour, PALETTE } from './pixels';
import {
  hourOf,
  noticeTexts,
  openPlayground,
  saveArtifact,
  tme,
  waitForHour,
  waitForNotice,
  type OpenPage,
} from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

it('after the GPU device is destroyed the page recovers from its latest snapshot, says what was lost and runs on', async () => {
  const page = p.page;
  await waitForHour(page, 30); // past the first background snapshot (every 24 model hours)
  await tme(page, (t) => t.simulateDeviceLoss());
  const lostAt = await hourOf(page);
  const notice = await waitForNotice(
    page,
    /Recovered from the snapshot at hour (\d+): (\d+) simulated hours were lost\./,
  );
  const [, snapHour, lost] = /snapshot at hour (\d+): (\d+) simulated hours/.exec(notice)!.map(Number);
  expect(notice).toMatch(/^The GPU device was lost \(.+\)\./);
  expect(snapHour).toBeGreaterThanOrEqual(24);
  expect(snapHour).toBeLessThanOrEqual(lostAt);
  expect(lost).toBeGreaterThanOrEqual(lostAt - snapHour);
  expect(lost).toBeLessThan(24 + 8); // at most one snapshot interval and a batch or two in flight

  // The run continues on the new device: the counter advances past the snapshot and the lattice is drawn.
  await waitForHour(page, snapHour + 4, 60_000);
  expect(await tme(page, (t) => t.ui.playing)).toBe(true);
  const px = await canvasPixels(page);
  expect(countColour(px, PALETTE.tumour, [0.4, 0.4, 0.6, 0.6])).toBeGreaterThan(0.3 * 0.04 * px.width * px.height);
  await page.screenshot({ path: saveArtifact('device-loss-recovered.png') });
  // The readbacks that failed with the device are explained by the recovery notice, not repeated.
  expect((await noticeTexts(page)).filter((t) => /readback failed|GPU error/.test(t))).toEqual([]);
  expect(p.errors).toEqual([]);
});
