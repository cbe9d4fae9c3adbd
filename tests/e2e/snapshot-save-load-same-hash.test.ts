import { readFileSync } from 'node:fs';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIELD_COUNT } from '../../src/model/fields';
import { catchDownloads } from './downloads';
import { openFolder } from './gui';
import {
  clickByText,
  hourOf,
  openPlayground,
  pauseAndSettle,
  tme,
  waitForHour,
  waitForNotice,
  type OpenPage,
} from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground('?ctlRecruitmentRate=1&seed=5');
});
afterAll(() => p?.close());

it('a saved snapshot loads back to the identical lattice (same hash), hour and parameters', async () => {
  const page = p.page;
  const downloads = await catchDownloads(page);
  await waitForHour(page, 6);
  const savedHour = await pauseAndSettle(page);
  const savedHash = await tme(page, (t) => t.latticeHash());

  await openFolder(page, 'Files');
  await clickByText(page, 'Save snapshot (.json)');
  const file = await downloads.next();
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({
    format: 'tme-snapshot/1',
    width: 128,
    height: 128,
    hour: savedHour,
    seed: 5,
    fieldCount: FIELD_COUNT,
  });
  expect(saved.parameters.ctlRecruitmentRate).toBe(1);
  expect(typeof saved.appVersion).toBe('string');

  // Move on, and change a parameter, so loading has something to undo.
  await tme(page, (t) => t.setPlaying(true));
  await waitForHour(page, savedHour + 4);
  await pauseAndSettle(page);
  await tme(page, (t) =>
    (t as unknown as { setParam(k: string, v: number): boolean }).setParam('ctlRecruitmentRate', 0.2),
  );
  expect(await tme(page, (t) => t.latticeHash())).not.toBe(savedHash);

  const input = (await page.$('#snapshot-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  await waitForNotice(page, /Loaded 'tme-snapshot-h\d+\.json': 128 × 128 lattice at hour \d+, seed 5/);
  expect(await tme(page, (t) => t.latticeHash())).toBe(savedHash);
  expect(await hourOf(page)).toBe(savedHour);
  expect(await tme(page, (t) => t.values.ctlRecruitmentRate)).toBe(1);
  expect(await page.$eval('#hour', (e) => e.textContent)).toBe(`hour ${savedHour}`);

  // The run continues from the loaded state.
  await tme(page, (t) => t.setPlaying(true));
  await waitForHour(page, savedHour + 2, 30_000);
  expect(p.errors).toEqual([]);
});
