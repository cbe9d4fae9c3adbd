import { afterAll, beforeAll, expect, it } from 'vitest';
import { hourOf, openPlayground, pauseAndSettle, saveArtifact, tme, until, waitForHour, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('Space pauses and plays, S and → step one hour, ? shows the help and Esc closes it, F fullscreens the lattice, R resets', async () => {
  const page = p.page;
  await waitForHour(page, 3);

  await page.keyboard.press(' ');
  expect(await tme(page, (t) => t.ui.playing)).toBe(false);
  const paused = await pauseAndSettle(page); // batches already submitted may still report
  await sleep(2000);
  expect(await hourOf(page)).toBe(paused);
  expect(await page.$eval('#speed', (e) => e.textContent)).toBe('paused');

  await page.keyboard.press('s');
  await waitForHour(page, paused + 1, 20_000);
  await page.keyboard.press('ArrowRight');
  await waitForHour(page, paused + 2, 20_000);
  await sleep(1500);
  expect(await hourOf(page)).toBe(paused + 2);

  await page.keyboard.press('?');
  await page.waitForSelector('#help:not([hidden])');
  const help = await page.$eval('#help', (e) => e.textContent ?? '');
  for (const entry of [
    'Space',
    'Play / pause',
    'Step one hour',
    'Reset',
    'Fullscreen',
    'Presenter mode',
    'Undo',
    'Redo',
    'Esc',
  ])
    expect(help).toContain(entry);
  await page.screenshot({ path: saveArtifact('keyboard-help.png') });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.getElementById('help')?.hidden === true, { timeout: 5000 });

  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement?.id === 'stage', { timeout: 5000 });
  await page.keyboard.press('?'); // the help shows over the fullscreen lattice too
  expect(await page.$eval('#help', (e) => e.checkVisibility())).toBe(true);
  await page.keyboard.press('Escape'); // closes the help (and the browser may leave fullscreen too)
  if (await page.evaluate(() => document.fullscreenElement !== null)) await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement === null, { timeout: 5000 });

  await page.keyboard.press(' ');
  await waitForHour(page, paused + 4, 30_000);
  await page.keyboard.press('r');
  await until(
    () => hourOf(page),
    (h) => h < paused,
  ); // the run restarts from hour 0
  expect(p.errors).toEqual([]);
});
