import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { catchDownloads } from './downloads';
import { openFolder } from './gui';
import { clickByText, openPlayground, pauseAndSettle, waitForHour, type OpenPage } from './page';
import { countColour, PALETTE } from './pixels';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

it('Save view as PNG downloads a valid PNG of the canvas size showing the lattice', async () => {
  const page = p.page;
  const downloads = await catchDownloads(page);
  await waitForHour(page, 2);
  await pauseAndSettle(page);
  await openFolder(page, 'Files');
  await clickByText(page, 'Save view as PNG');
  const file = await downloads.next();
  expect(file).toMatch(/tme-view-h\d{5}\.png$/);
  const png = PNG.sync.read(readFileSync(file)); // throws on anything but a valid PNG
  const canvas = await page.$eval('#lattice', (c) => ({
    width: (c as HTMLCanvasElement).width,
    height: (c as HTMLCanvasElement).height,
  }));
  expect({ width: png.width, height: png.height }).toEqual(canvas);
  // The picture, not a blank buffer: the tumour disk sits in the middle fifth.
  const px = { width: png.width, height: png.height, data: png.data };
  expect(countColour(px, PALETTE.tumour, [0.4, 0.4, 0.6, 0.6])).toBeGreaterThan(0.3 * 0.04 * png.width * png.height);
  expect(countColour(px, PALETTE.empty)).toBeGreaterThan(0.1 * png.width * png.height);
  expect(p.errors).toEqual([]);
});
