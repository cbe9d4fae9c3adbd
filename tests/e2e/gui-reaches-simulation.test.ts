import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canvasPixels, countCtl } from './pixels';
import { clickByText, openPlayground, waitForHour, type OpenPage } from './page';

type Tme = { hour: number; latestCounts(): Record<string, number>; values: Record<string, number> };
const counts = (page: Page) => page.evaluate(() => (window as unknown as { tme: Tme }).tme.latestCounts());

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground('?ctlRecruitmentRate=2');
});
afterAll(() => p?.close());

it('setting CTL recruitment to 0 in the panel and resetting gives a tumour without T cells', async () => {
  await waitForHour(p.page, 20);
  expect((await counts(p.page)).CTL).toBeGreaterThan(0); // the control arm: T cells do arrive

  await clickByText(p.page, 'Immune cells');
  const input = await p.page.evaluateHandle(() => {
    const row = [...document.querySelectorAll('#panel .lil-controller')].find((e) =>
      e.querySelector('.lil-name')?.textContent?.startsWith('CTL recruitment'),
    );
    return row?.querySelector('input') ?? null;
  });
  const el = input.asElement() as import('puppeteer-core').ElementHandle<HTMLInputElement> | null;
  if (!el) throw new Error('no CTL recruitment input in the panel');
  await p.page.waitForFunction((e: HTMLInputElement) => e.offsetWidth > 0, { timeout: 10_000 }, el); // folder opening is animated
  await el.focus();
  await el.evaluate((e) => e.select());
  await el.type('0');
  await el.press('Enter');
  await p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await p.page.evaluate(() => (window as unknown as { tme: Tme }).tme.values.ctlRecruitmentRate)).toBe(0);
  expect(await p.page.evaluate(() => location.search)).toContain('ctlRecruitmentRate=0');

  await clickByText(p.page, 'Reset');
  // The reset is a task: wait until the new run has started (the clock went back) before counting.
  await p.page.waitForFunction(() => (window as unknown as { tme: Tme & { hour: number } }).tme.hour < 20, {
    timeout: 60_000,
    polling: 100,
  });
  await waitForHour(p.page, 25);
  expect((await counts(p.page)).CTL).toBe(0);
  expect(countCtl(await canvasPixels(p.page))).toBe(0);
  expect(p.errors).toEqual([]);
});
