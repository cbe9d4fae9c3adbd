import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickByText, hourOf, openPlayground, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

it('pause stops the hour counter and step advances exactly one hour', async () => {
  await waitForHour(p.page, 3);
  await clickByText(p.page, 'Pause');
  await new Promise((r) => setTimeout(r, 1500)); // batches already submitted may still report
  const paused = await hourOf(p.page);
  await new Promise((r) => setTimeout(r, 2500));
  expect(await hourOf(p.page)).toBe(paused);
  expect(await p.page.$eval('#speed', (e) => e.textContent)).toBe('paused');
  await clickByText(p.page, 'Step one hour');
  await waitForHour(p.page, paused + 1, 20_000);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await hourOf(p.page)).toBe(paused + 1);
  await clickByText(p.page, 'Play');
  await waitForHour(p.page, paused + 3, 30_000);
  expect(p.errors).toEqual([]);
});
