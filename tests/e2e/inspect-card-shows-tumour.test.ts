import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clientOfSite, openPlayground, pauseAndSettle, saveArtifact, until, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground('?tumorAntigenicity=0.55&tumorPdl1=0.2');
});
afterAll(() => p?.close());

/** The card's rows as label → shown value. */
const cardRows = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('.inspect-card tr', (rows) =>
    Object.fromEntries(
      rows.map((r) => [(r as HTMLElement).dataset.label ?? '', r.querySelector('td')?.textContent ?? '']),
    ),
  );
const cardTitle = (page: Page): Promise<string> => page.$eval('.inspect-card h3', (e) => e.textContent ?? '');

it('a click on a tumour site shows its clone, antigenicity, PD-L1 and local fields, and follows the clock', async () => {
  const page = p.page;
  await waitForHour(page, 1);
  const hour = await pauseAndSettle(page);
  const site = await clientOfSite(page, 64, 64); // the centre of the seeded tumour disk
  await page.mouse.click(site.x, site.y);
  await page.waitForSelector('.inspect-card:not([hidden]) table');

  // Under load a batch may still report after pausing: the card shows the hour the lattice was read at.
  const shown = Number((await cardTitle(page)).match(/hour (\d+)$/)?.[1]);
  expect(await cardTitle(page)).toBe(`Site (64, 64) · hour ${shown}`);
  expect(shown).toBeGreaterThanOrEqual(hour);
  const rows = await cardRows(page);
  expect(rows).toMatchObject({
    type: 'tumour',
    clone: '0',
    antigenicity: '0.55',
    'PD-L1': '0.200',
    'ECM density': '0.00',
  });
  expect(rows.O2).toMatch(/^\d+\.\d\d mmHg$/);
  expect(rows.chemokine).toMatch(/^\d\.\d{4} C$/);
  await page.screenshot({ path: saveArtifact('inspect-card-tumour.png') });

  // The card re-reads the lattice while open: one step later it shows the next hour.
  await page.keyboard.press('s');
  await until(
    () => cardTitle(page),
    (t) => t === `Site (64, 64) · hour ${shown + 1}`,
  );

  await page.click('.inspect-card button.close');
  expect(await page.$eval('.inspect-card', (e) => (e as HTMLElement).hidden)).toBe(true);
  expect(p.errors).toEqual([]);
});
