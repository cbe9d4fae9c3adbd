import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setCheckbox } from './gui';
import { openPlayground, saveArtifact, tme, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground('', { width: 1280, height: 720 });
});
afterAll(() => p?.close());

const fontPx = (page: Page, selector: string) => page.$eval(selector, (e) => parseFloat(getComputedStyle(e).fontSize));
/** Titles of the panel folders on screen, and names of the Simulation folder's visible controls. */
const visiblePanel = (page: Page) =>
  page.evaluate(() => ({
    folders: [...document.querySelectorAll('#panel .lil-gui .lil-title')]
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => e.textContent),
    controls: [...document.querySelectorAll('#panel .lil-controller')]
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => e.querySelector('.lil-name')?.textContent),
  }));

it('P turns on presenter mode: large type, the panel cut to basics and View, a notes box that takes typing', async () => {
  const page = p.page;
  await waitForHour(page, 2);
  const normal = { hour: await fontPx(page, '#hour'), legend: await fontPx(page, '#legend') };

  await page.keyboard.press('p');
  expect(await tme(page, (t) => t.ui.presenter)).toBe(true);
  expect(await fontPx(page, '#hour')).toBeGreaterThanOrEqual(1.5 * normal.hour);
  expect(await fontPx(page, '#legend')).toBeGreaterThanOrEqual(1.35 * normal.legend);
  const panel = await visiblePanel(page);
  expect(panel.folders).toEqual(['Controls', 'Simulation', 'View']);
  expect(panel.controls).toEqual(
    expect.arrayContaining([
      'Pause',
      'Step one hour',
      'Reset',
      'Hours per frame',
      'Field overlay',
      'Cell colours',
      'Presenter mode (P)',
    ]),
  );
  expect(panel.controls).not.toContain('Seed');
  expect(panel.controls).not.toContain('Check GPU against CPU twin');

  // Keys typed into the notes are text, not shortcuts: 'p' and Space change nothing else.
  await page.click('#notes');
  await page.keyboard.type('Watch the T cells reach the rim: press play.');
  expect(await page.$eval('#notes', (e) => (e as HTMLTextAreaElement).value)).toBe(
    'Watch the T cells reach the rim: press play.',
  );
  expect(await tme(page, (t) => [t.ui.presenter, t.ui.playing])).toEqual([true, true]);
  expect(await fontPx(page, '#notes')).toBeGreaterThanOrEqual(18);
  await page.screenshot({ path: saveArtifact('presenter-mode-1280x720.png') });

  await setCheckbox(page, 'Presenter mode', false); // the View folder's toggle turns it off again
  expect(await tme(page, (t) => t.ui.presenter)).toBe(false);
  expect((await visiblePanel(page)).controls).toContain('Seed');
  expect(await page.$eval('#notes-box', (e) => getComputedStyle(e).display)).toBe('none');
  expect(p.errors).toEqual([]);
});
