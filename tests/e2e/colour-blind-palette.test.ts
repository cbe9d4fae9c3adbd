import { afterAll, beforeAll, expect, it } from 'vitest';
import { PALETTES } from '../../src/ui/palettes';
import { chooseOption, openFolder } from './gui';
import { canvasPixels, countColour, PALETTE } from './pixels';
import { openPlayground, pauseAndSettle, saveArtifact, tme, until, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

const centre: [number, number, number, number] = [0.4, 0.4, 0.6, 0.6];
const css = (c: readonly number[]) => `rgb(${c.map((v) => Math.round(v * 255)).join(', ')})`;

it('the high-contrast palette recolours tumour cells in the view, the legend and the chart', async () => {
  const page = p.page;
  const contrast = PALETTES.highContrast.colours;
  await waitForHour(page, 1);
  await pauseAndSettle(page);
  const before = await canvasPixels(page);
  const tumourPixels = countColour(before, PALETTE.tumour, centre);
  expect(tumourPixels).toBeGreaterThan(0.3 * 0.04 * before.width * before.height);
  expect(countColour(before, contrast.tumour, centre)).toBe(0);

  await openFolder(page, 'View');
  await chooseOption(page, 'Cell colours', 'High contrast (Tol)');
  expect(await tme(page, (t) => t.ui.palette)).toBe('highContrast');
  const after = await until(
    () => canvasPixels(page),
    (px) => countColour(px, PALETTE.tumour, centre) === 0,
  );
  // The same cells, now in Tol's yellow (the lattice is paused, so nothing else changed).
  expect(countColour(after, contrast.tumour, centre)).toBe(tumourPixels);
  expect(countColour(after, contrast.empty)).toBeGreaterThan(0.1 * after.width * after.height);
  const swatch = await page.$eval('#legend .swatch', (e) => (e as HTMLElement).style.background);
  expect(swatch).toBe(css(contrast.tumour));
  const chartTumour = await page.$eval(
    '.u-legend .u-series:nth-child(2) .u-marker',
    (e) => getComputedStyle(e).borderColor,
  );
  expect(chartTumour).toBe(css(contrast.tumour));
  await page.screenshot({ path: saveArtifact('palette-high-contrast.png') });
  expect(p.errors).toEqual([]);
});
