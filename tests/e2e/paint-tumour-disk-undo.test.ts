import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseOption, openFolder, typeNumber } from './gui';
import { canvasPixels, countColour, PALETTE } from './pixels';
import {
  clientOfSite,
  openPlayground,
  pauseAndSettle,
  pressChord,
  saveArtifact,
  tme,
  until,
  waitForHour,
  type OpenPage,
} from './page';

let p: OpenPage;
beforeAll(async () => {
  // No vessels and no T cells: the bottom-right corner is free tissue, so any tumour there was painted.
  p = await openPlayground('?vesselDensity=0&ctlRecruitmentRate=0');
});
afterAll(() => p?.close());

/** The canvas-fraction box of lattice sites [x0, x1) × [y0, y1). */
async function siteBox(
  page: Page,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): Promise<[number, number, number, number]> {
  return page.evaluate(
    (a: number[]) => {
      const cam = (
        window as unknown as {
          tme: { camera: { canvas: HTMLCanvasElement; pixelOf(x: number, y: number): { x: number; y: number } } };
        }
      ).tme.camera;
      const [p0, p1] = [cam.pixelOf(a[0], a[1]), cam.pixelOf(a[2], a[3])];
      return [p0.x / cam.canvas.width, p0.y / cam.canvas.height, p1.x / cam.canvas.width, p1.y / cam.canvas.height] as [
        number,
        number,
        number,
        number,
      ];
    },
    [x0, y0, x1, y1],
  );
}

const cornerTumour = async (page: Page, box: [number, number, number, number]) =>
  countColour(await canvasPixels(page), PALETTE.tumour, box);

it('painting a tumour disk in an empty corner shows tumour there; undo removes it and redo brings it back', async () => {
  const page = p.page;
  await waitForHour(page, 2);
  await pauseAndSettle(page);
  const box = await siteBox(page, 96, 96, 128, 128);
  const hashBefore = await tme(page, (t) => t.latticeHash());
  expect(await cornerTumour(page, box)).toBe(0);

  await openFolder(page, 'Paint & inspect');
  await chooseOption(page, 'Tool', 'Tumour');
  await typeNumber(page, 'Brush size', 7);
  const from = await clientOfSite(page, 104, 108);
  const to = await clientOfSite(page, 118, 112);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();

  // A 7-site brush dragged over 14 sites covers well over 100 sites, each ≈ 4 × 4 px at this zoom.
  const painted = await until(
    () => cornerTumour(page, box),
    (n) => n > 100 * 12,
  );
  await page.screenshot({ path: saveArtifact('paint-tumour-disk.png') });
  expect(await tme(page, (t) => t.ui.playing)).toBe(false); // painting did not restart the clock

  await pressChord(page, ['Control'], 'z');
  await until(
    () => cornerTumour(page, box),
    (n) => n === 0,
  );
  expect(await tme(page, (t) => t.latticeHash())).toBe(hashBefore); // the lattice is exactly as before

  await pressChord(page, ['Control', 'Shift'], 'z');
  expect(
    await until(
      () => cornerTumour(page, box),
      (n) => n > 0,
    ),
  ).toBe(painted);
  expect(p.errors).toEqual([]);
});
