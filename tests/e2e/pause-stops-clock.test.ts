import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickByText, hourOf, openPlayground, settle, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

const framesDrawn = (): Promise<number> =>
  p.page.evaluate(() => (window as unknown as { tme: { framesDrawn: number } }).tme.framesDrawn);

it('pause stops the hour counter and the drawing, and step advances exactly one hour', async () => {
  await waitForHour(p.page, 3);
  await clickByText(p.page, 'Pause');
  const paused = await settle(p.page); // batches already submitted report first
  await new Promise((r) => setTimeout(r, 2500));
  expect(await hourOf(p.page)).toBe(paused);
  expect(await p.page.$eval('#speed', (e) => e.textContent)).toBe('paused');
  // Drawing follows changes, not frames: a paused, untouched lattice is not redrawn, a zoom is.
  const drawn = await framesDrawn();
  await new Promise((r) => setTimeout(r, 1000));
  expect(await framesDrawn()).toBe(drawn);
  const box = (await p.page.$('#lattice'))!;
  const { x, y, width, height } = (await box.boundingBox())!;
  await p.page.mouse.move(x + width / 2, y + height / 2);
  await p.page.mouse.wheel({ deltaY: -200 });
  await p.page.waitForFunction(
    (n) => (window as unknown as { tme: { framesDrawn: number } }).tme.framesDrawn > n,
    { timeout: 10_000 },
    drawn,
  );
  await clickByText(p.page, 'Step one hour');
  await waitForHour(p.page, paused + 1, 20_000);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await hourOf(p.page)).toBe(paused + 1);
  await clickByText(p.page, 'Play');
  await waitForHour(p.page, paused + 3, 30_000);
  expect(p.errors).toEqual([]);
});
