/** Reads what the lattice canvas shows: a screenshot of the element, decoded, with colour counts. */
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { PALETTE, type Rgb } from '../../src/engine/renderer';

export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

export async function canvasPixels(page: Page): Promise<Pixels> {
  const el = await page.$('#lattice');
  if (!el) throw new Error('no #lattice canvas');
  // The legend, notices and hint float over the canvas: hide them so only the lattice is read.
  const overlays = '#legend, #readouts, #notices, #hint';
  await page.$$eval(overlays, (els) => els.forEach((e) => ((e as HTMLElement).style.visibility = 'hidden')));
  const shot = await el.screenshot({ type: 'png' });
  await page.$$eval(overlays, (els) => els.forEach((e) => ((e as HTMLElement).style.visibility = '')));
  const png = PNG.sync.read(Buffer.from(shot));
  return { width: png.width, height: png.height, data: png.data };
}

const near = (d: Buffer, o: number, [r, g, b]: Rgb, tol = 12): boolean =>
  Math.abs(d[o] - r * 255) <= tol && Math.abs(d[o + 1] - g * 255) <= tol && Math.abs(d[o + 2] - b * 255) <= tol;

/** Pixels of `colour` inside the box (fractions of the canvas: x0, y0, x1, y1). */
export function countColour(px: Pixels, colour: Rgb, box: [number, number, number, number] = [0, 0, 1, 1]): number {
  let n = 0;
  for (let y = Math.floor(box[1] * px.height); y < Math.floor(box[3] * px.height); y++) {
    for (let x = Math.floor(box[0] * px.width); x < Math.floor(box[2] * px.width); x++) {
      if (near(px.data, (y * px.width + x) * 4, colour)) n++;
    }
  }
  return n;
}

export const CTL_COLOURS: Rgb[] = [PALETTE.ctlEffector, PALETTE.ctlActivated, PALETTE.ctlExhausted];
export const countCtl = (px: Pixels): number => CTL_COLOURS.reduce((sum, c) => sum + countColour(px, c), 0);
export { PALETTE };
