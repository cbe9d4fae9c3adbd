import { afterAll, beforeAll, expect, it } from 'vitest';
import { canvasPixels, type Pixels } from './pixels';
import { clickByText, openPlayground, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground('?ctlRecruitmentRate=2');
});
afterAll(() => p?.close());

const rgbAt = (px: Pixels, x: number, y: number): number => {
  const o = (y * px.width + x) * 4;
  return (px.data[o] << 16) | (px.data[o + 1] << 8) | px.data[o + 2];
};

/** Lengths of runs of one colour along row y, without the two cut at the edges. */
function runs(px: Pixels, y: number): number[] {
  const out: number[] = [];
  let start = 0;
  for (let x = 1; x <= px.width; x++) {
    if (x === px.width || rgbAt(px, x, y) !== rgbAt(px, start, y)) {
      if (start > 0 && x < px.width) out.push(x - start);
      start = x;
    }
  }
  return out;
}

it('wheel zoom magnifies sites into crisp blocks and dragging pans the view', async () => {
  await waitForHour(p.page, 10);
  await clickByText(p.page, 'Pause');
  await new Promise((r) => setTimeout(r, 1500));
  const box = (await (await p.page.$('#lattice'))!.boundingBox())!;
  // Zoom about the tumour's right edge (radius 20 of 128 sites), where tumour, free tissue and T cells meet.
  const cx = box.x + box.width / 2 + (20 / 128) * Math.min(box.width, box.height);
  const cy = box.y + box.height / 2;
  await p.page.mouse.move(cx, cy);
  for (let i = 0; i < 8; i++) await p.page.mouse.wheel({ deltaY: -200 });
  await new Promise((r) => setTimeout(r, 500));
  const zoomed = await canvasPixels(p.page);
  // 128 sites fit ~540 px when fitted (≈ 4 px a site); after zooming in, every colour run is a whole
  // number of sites, far wider than 4 px, and no blended (antialiased) pixels appear between them.
  let rowRuns: number[] = [];
  for (let y = 0; y < zoomed.height; y += 7) if (runs(zoomed, y).length > rowRuns.length) rowRuns = runs(zoomed, y);
  expect(rowRuns.length).toBeGreaterThan(2);
  const site = Math.min(...rowRuns);
  expect(site).toBeGreaterThanOrEqual(12);
  for (const r of rowRuns) expect(Math.abs(r / site - Math.round(r / site))).toBeLessThan(0.2);

  await p.page.mouse.move(cx, cy);
  await p.page.mouse.down();
  await p.page.mouse.move(cx + 120, cy, { steps: 6 });
  await p.page.mouse.up();
  await new Promise((r) => setTimeout(r, 500));
  const panned = await canvasPixels(p.page);
  // The picture moved right by 120 px: column x of the panned view shows column x − 120 of before.
  const y = Math.floor(zoomed.height / 3);
  let same = 0;
  for (let x = 200; x < 400; x++) if (rgbAt(panned, x + 120, y) === rgbAt(zoomed, x, y)) same++;
  expect(same).toBeGreaterThan(190);
  expect(p.errors).toEqual([]);
});
