/**
 * Side-by-side comparison in a real browser (issue: educator's playground, item 3): two arms from
 * the same seed and initial lattice on one device — A untreated, B on the dose schedule — drawn in
 * the two halves of the view, in lockstep, with B's curves on the same chart; stopping returns to
 * one view.
 */
import { afterEach, expect, it } from 'vitest';
import { clickByText, openPlayground, pauseAndSettle, saveArtifact, tme, waitForHour, type OpenPage } from './page';
import { canvasPixels, countColour, PALETTE } from './pixels';

let p: OpenPage | undefined;
afterEach(() => p?.close());

type CompareApi = {
  hour: number;
  compareHour: number | null;
  latestCompareCounts(): Record<string, number | null>;
  latestCounts(): Record<string, number>;
};
const state = (q: OpenPage) =>
  q.page.evaluate(() => {
    const t = (window as unknown as { tme: CompareApi }).tme;
    return {
      hour: t.hour,
      compareHour: t.compareHour,
      a: t.latestCounts(),
      b: t.latestCompareCounts(),
      labels: [...document.querySelectorAll('.arm-label')].map((e) => e.textContent),
    };
  });

it('compares untreated (A) with radiotherapy (B) side by side from the same lattice, in lockstep, with both curves', async () => {
  const schedule = [{ therapy: 'radiation', start: 3, every: 0, count: 1, dose: 8 }];
  p = await openPlayground(`?seed=3&schedule=${encodeURIComponent(JSON.stringify(schedule))}`);
  await waitForHour(p.page, 1);
  await clickByText(p.page, 'Therapies');
  await clickByText(p.page, 'Compare with untreated (side by side)');
  await p.page.waitForFunction(() => (window as unknown as { tme: CompareApi }).tme.compareHour !== null, {
    timeout: 60_000,
  });
  // Both arms restart from hour 0.
  await waitForHour(p.page, 8);
  await pauseAndSettle(p.page);
  await p.page.waitForFunction(
    () => {
      const t = (window as unknown as { tme: CompareApi }).tme;
      return t.compareHour === t.hour;
    },
    { timeout: 60_000 },
  );
  const s = await state(p);
  expect(s.compareHour).toBe(s.hour);
  expect(s.labels).toEqual(['A · untreated', 'B · Radiotherapy']);
  expect(s.b.tumour).not.toBeNull();
  expect(s.b.tumour).toBeLessThanOrEqual(s.a.tumour);
  expect(await p.page.$eval('#chart', (e) => e.textContent ?? '')).toContain('tumour · B');

  const px = await canvasPixels(p.page);
  const doomedA = countColour(px, PALETTE.tumourDoomed, [0, 0, 0.5, 1]);
  const doomedB = countColour(px, PALETTE.tumourDoomed, [0.5, 0, 1, 1]);
  const tumourA = countColour(px, PALETTE.tumour, [0, 0, 0.5, 1]);
  expect(doomedA).toBe(0);
  expect(tumourA).toBeGreaterThan(0);
  expect(doomedB).toBeGreaterThan(tumourA / 3);
  await p.page.screenshot({ path: saveArtifact('compare-arms.png') });

  await clickByText(p.page, 'Stop comparison');
  await p.page.waitForFunction(() => (window as unknown as { tme: CompareApi }).tme.compareHour === null, {
    timeout: 60_000,
  });
  expect(await p.page.$$eval('.arm-label', (els) => els.length)).toBe(0);
  expect(await p.page.$eval('#chart', (e) => e.textContent ?? '')).not.toContain('· B');
  expect(await tme(p.page, (t) => t.values.seed)).toBe(3);
  expect(p.errors).toEqual([]);
});
