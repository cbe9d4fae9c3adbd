import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPlayground, saveArtifact, tme, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground('', { width: 1280, height: 720 });
});
afterAll(() => p?.close());

type Box = { name: string; left: number; top: number; right: number; bottom: number };

/** Boxes of the page regions, the stage overlays and the top bar's items, as laid out now. */
const layout = (page: Page): Promise<Box[]> =>
  page.evaluate(() => {
    const ids = ['topbar', 'stage', 'panel', 'chart', 'legend', 'hint', 'h1', 'clock', 'speed', 'adapter'];
    return ids.map((id) => {
      const el = id === 'h1' ? document.querySelector('#topbar h1')! : document.getElementById(id)!;
      const r = el.getBoundingClientRect();
      return { name: id, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  });

const overlaps = (a: Box, b: Box): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
const inside = (a: Box, b: Box): boolean =>
  a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;

async function checkLayout(page: Page, width: number, height: number, label: string): Promise<void> {
  await page.setViewport({ width, height });
  await new Promise((r) => setTimeout(r, 1200)); // the frame loop and the chart's observer refit
  const boxes = Object.fromEntries((await layout(page)).map((b) => [b.name, b]));
  const viewport: Box = { name: 'viewport', left: 0, top: 0, right: width, bottom: height };
  const regions = ['topbar', 'stage', 'panel', 'chart'];
  for (const a of regions) {
    expect(inside(boxes[a], viewport), `${label}: ${a} inside the window`).toBe(true);
    for (const b of regions)
      if (a < b) expect(overlaps(boxes[a], boxes[b]), `${label}: ${a} and ${b} overlap`).toBe(false);
  }
  const shown = (b: Box): boolean => b.right > b.left; // presenter mode hides the hint
  for (const a of ['legend', 'hint'])
    if (shown(boxes[a])) expect(inside(boxes[a], boxes.stage), `${label}: ${a} inside the stage`).toBe(true);
  expect(overlaps(boxes.legend, boxes.hint), `${label}: legend and hint overlap`).toBe(false);
  const bar = ['h1', 'clock', 'speed', 'adapter'];
  for (const a of bar) {
    expect(inside(boxes[a], boxes.topbar), `${label}: ${a} inside the top bar`).toBe(true);
    for (const b of bar) if (a < b) expect(overlaps(boxes[a], boxes[b]), `${label}: ${a} and ${b} overlap`).toBe(false);
  }
  // The chart's plot and legend fit its area; the lattice canvas fills the stage.
  const chartFits = await page.$eval(
    '#chart',
    (c) => c.scrollHeight <= c.clientHeight + 1 && c.scrollWidth <= c.clientWidth + 1,
  );
  expect(chartFits, `${label}: chart content fits`).toBe(true);
  const canvas = await page.$eval('#lattice', (c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
  expect(canvas).toEqual([
    Math.round(boxes.stage.right - boxes.stage.left),
    Math.round(boxes.stage.bottom - boxes.stage.top),
  ]);
  await page.screenshot({ path: saveArtifact(`layout-${label}.png`) });
}

it('lays out without overlaps from 1280 × 720 to 2560 × 1440, in presenter mode too', async () => {
  const page = p.page;
  await waitForHour(page, 1);
  await page.$$eval('#notices .notice', (els) => els.forEach((e) => e.remove())); // transient, and free to float
  await checkLayout(page, 1280, 720, '1280x720');
  await checkLayout(page, 1920, 1080, '1920x1080');
  await checkLayout(page, 2560, 1440, '2560x1440');
  await tme(page, (t) => {
    t.ui.presenter = true;
    (t as unknown as { applyView(): void }).applyView();
  });
  await checkLayout(page, 1280, 720, 'presenter-1280x720');
  expect(p.errors).toEqual([]);
});
