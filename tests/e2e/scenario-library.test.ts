/**
 * The scenario library in the page (issue 5, items 2 and 10), in one browser session:
 * 1. choosing a scenario in the panel loads its parameters, seed and lesson card, and the share
 *    link restores scenario, card and run (same lattice hash); an unknown id changes nothing;
 * 2. every scenario, on a 96² lattice with its own seed, is run to hour REFERENCE_HOUR and its
 *    lattice view compared with a stored reference (tests/e2e/references/scenario-ID.png) by
 *    pixelmatch. The run is deterministic, so the images should agree to the pixel; the tolerance
 *    absorbs rasterisation changes between Chromium versions. `UPDATE_REFERENCES=1 npm run
 *    test:e2e -- scenario-library` rewrites the references (look at them before committing).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCENARIO_BY_ID, SCENARIO_LIBRARY } from '../../src/model/scenarios';
import { chooseOption, openFolder } from './gui';
import { noticeTexts, openPlayground, saveArtifact, waitForHour, type OpenPage } from './page';

const SIDE = 96;
const REFERENCE_HOUR = 8;
/** Field sweeps at reset: fewer than the default 600 keep 14 resets fast; the run stays deterministic. */
const LINK = `latticeSize=${SIDE}&fieldResetSweeps=60`;
/** Screen pixels per site in the reference views (crisp, and 384 × 384 px images). */
const ZOOM = 4;
/** Pixels allowed to differ (share of the image), and pixelmatch's per-pixel colour threshold. */
const MAX_DIFF_SHARE = 0.002;
const COLOUR_THRESHOLD = 0.1;
const REFERENCES = 'tests/e2e/references';
const UPDATE = process.env.UPDATE_REFERENCES === '1';

/** The page API (src/ui/app.ts) as far as this file uses it. */
interface Api {
  hour: number;
  values: Record<string, number>;
  ui: { playing: boolean; hoursPerFrame: number };
  scenario: { id: string } | null;
  busy: boolean;
  applyScenario(id: string | null): Promise<boolean>;
  setPlaying(playing: boolean): void;
  playUntil(hour: number): void;
  latticeHash(): Promise<string>;
  camera: {
    zoom: number;
    centreX: number;
    centreY: number;
    canvas: HTMLCanvasElement;
    pixelOf(x: number, y: number): { x: number; y: number };
  };
}
const api = <R>(page: Page, fn: (t: Api) => R | Promise<R>): Promise<R> =>
  page.evaluate(`(${fn.toString()})(window.tme)`) as Promise<R>;

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground(`?${LINK}`, { width: 960, height: 900 });
});
afterAll(() => p?.close());

/** Loads scenario `id` paused at hour 0 (fresh run), and waits until its reset is done. */
async function loadPaused(page: Page, id: string): Promise<void> {
  await page.evaluate(async (sid: string) => {
    const t = (window as unknown as { tme: Api }).tme;
    t.setPlaying(false);
    await t.applyScenario(sid);
  }, id);
}

/** Plays a paused run to `hour` and waits until its statistics are in and stepping stopped. */
async function runTo(page: Page, hour: number): Promise<void> {
  await page.evaluate((h: number) => {
    const t = (window as unknown as { tme: Api }).tme;
    t.ui.hoursPerFrame = 8;
    t.playUntil(h);
  }, hour);
  await page.waitForFunction(
    (h: number) => {
      const t = (window as unknown as { tme: Api }).tme;
      return t.hour >= h && !t.ui.playing && !t.busy;
    },
    { timeout: 60_000, polling: 100 },
    hour,
  );
}

const cardText = (page: Page): Promise<string> =>
  page.$eval('#lesson', (e) => ((e as HTMLElement).hidden ? '' : (e.textContent ?? '')));

it('a scenario chosen in the panel loads its parameters, seed and card; its share link restores them and the same run', async () => {
  const page = p.page;
  await waitForHour(page, 1);
  await api(page, (t) => t.setPlaying(false)); // the chosen scenario then waits at hour 0
  await openFolder(page, 'Simulation');
  const s = SCENARIO_BY_ID.get('fibrosis')!;
  await chooseOption(page, 'Scenario', s.title);
  await page.waitForFunction(
    () =>
      (window as unknown as { tme: Api }).tme.scenario?.id === 'fibrosis' &&
      !(window as unknown as { tme: Api }).tme.busy,
    { timeout: 30_000 },
  );
  const values = await api(page, (t) => t.values);
  for (const [key, value] of Object.entries(s.values)) expect(values[key], key).toBe(value);
  expect(values.seed).toBe(s.seed);
  expect(values.latticeSize).toBe(SIDE);
  const card = await cardText(page);
  expect(card).toContain(s.title);
  expect(card).toContain(s.card.predict);
  expect(card).toContain(`Run to hour ${s.lookAtHour}`);
  const link = await page.evaluate(() => location.search);
  expect(link).toBe(`?scenario=fibrosis&${LINK}`);
  await runTo(page, 3);
  const hash = await api(page, (t) => t.latticeHash());

  // The link in a new tab: the same scenario, parameters, card, and lattice after 3 hours.
  const second = await p.context.newPage();
  await second.goto(new URL(link, page.url()).href, { waitUntil: 'load' });
  await waitForHour(second, 1);
  expect(await api(second, (t) => t.scenario?.id)).toBe('fibrosis');
  expect(await api(second, (t) => t.values)).toEqual(values);
  expect(await cardText(second)).toContain(s.card.watch);
  await loadPaused(second, 'fibrosis'); // a fresh run from hour 0, as in the first tab
  await runTo(second, 3);
  expect(await api(second, (t) => t.latticeHash())).toBe(hash);

  // An unknown scenario, in a link or asked for in the page, changes nothing and says so.
  await second.goto(new URL(`?scenario=inflamd&${LINK}`, page.url()).href, { waitUntil: 'load' });
  await waitForHour(second, 1);
  expect((await noticeTexts(second)).join('\n')).toMatch(
    /The link's scenario was not loaded: 'inflamd' is no scenario \(have: .*inflamed.*\)/,
  );
  expect(await api(second, (t) => t.scenario)).toBeNull();
  expect(await cardText(second)).toBe('');
  await second.close();
  expect(await api(page, (t) => t.applyScenario('no-such-thing'))).toBe(false);
  expect(await api(page, (t) => t.values)).toEqual(values);
  expect(await api(page, (t) => t.scenario?.id)).toBe('fibrosis');
  expect((await noticeTexts(page)).join('\n')).toContain("Scenario not loaded: 'no-such-thing' is no scenario");
  await page.screenshot({ path: saveArtifact('scenario-card-960x640.png') });

  // The card sits in the side panel under the controls, overlapping nothing, from a projector to a wide monitor.
  for (const [width, height, presenter] of [
    [1280, 720, false],
    [1280, 720, true],
    [2560, 1440, false],
  ] as const) {
    await page.setViewport({ width, height });
    await page.evaluate((on: boolean) => {
      const t = (window as unknown as { tme: { ui: { presenter: boolean }; applyView(): void } }).tme;
      t.ui.presenter = on;
      t.applyView();
    }, presenter);
    await new Promise((r) => setTimeout(r, 400));
    const boxes = await page.evaluate(() =>
      Object.fromEntries(
        ['panel', 'gui', 'lesson', 'notes-box', 'stage', 'chart'].map((id) => [
          id,
          document.getElementById(id)!.getBoundingClientRect().toJSON() as DOMRect,
        ]),
      ),
    );
    const label = `${width}×${height}${presenter ? ' presenter' : ''}`;
    const card = boxes.lesson;
    expect(card.height, `${label}: card shown`).toBeGreaterThan(100);
    expect(
      card.left >= boxes.panel.left && card.right <= boxes.panel.right + 0.5 && card.bottom <= boxes.panel.bottom + 0.5,
      `${label}: card inside the panel`,
    ).toBe(true);
    expect(card.top, `${label}: card below the controls`).toBeGreaterThanOrEqual(boxes.gui.bottom - 0.5);
    if (presenter)
      expect(boxes['notes-box'].top, `${label}: notes below the card`).toBeGreaterThanOrEqual(card.bottom - 0.5);
    await page.screenshot({ path: saveArtifact(`scenario-card-${label.replace(/[× ]/g, '-')}.png`) });
  }
  await page.evaluate(() => {
    const t = (window as unknown as { tme: { ui: { presenter: boolean }; applyView(): void } }).tme;
    t.ui.presenter = false;
    t.applyView();
  });
  await page.setViewport({ width: 960, height: 640 });
  expect(p.errors).toEqual([]);
});

/** The lattice at ZOOM px per site, overlays hidden, as a decoded PNG. */
async function latticeView(page: Page): Promise<PNG> {
  // The therapy timeline takes height from the stage; without it the whole lattice fits at ZOOM.
  await page.$eval('#therapy-chart', (e) => ((e as HTMLElement).style.display = 'none'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const clip = await page.evaluate(
    (zoom: number, side: number) => {
      const cam = (window as unknown as { tme: Api }).tme.camera;
      cam.zoom = zoom;
      cam.centreX = side / 2;
      cam.centreY = side / 2;
      const r = cam.canvas.getBoundingClientRect();
      const a = cam.pixelOf(0, 0);
      if (a.x < 0 || a.y < 0 || side * zoom > r.width || side * zoom > r.height)
        throw new Error(`the ${side}² lattice at ${zoom} px per site does not fit the ${r.width}×${r.height} canvas`);
      return { x: r.left + a.x, y: r.top + a.y, width: side * zoom, height: side * zoom };
    },
    ZOOM,
    SIDE,
  );
  const overlays = '#legend, #readouts, #notices, #hint';
  await page.$$eval(overlays, (els) => els.forEach((e) => ((e as HTMLElement).style.visibility = 'hidden')));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))); // drawn at the new zoom
  const shot = await page.screenshot({ type: 'png', clip });
  await page.$$eval(overlays, (els) => els.forEach((e) => ((e as HTMLElement).style.visibility = '')));
  await page.$eval('#therapy-chart', (e) => ((e as HTMLElement).style.display = ''));
  return PNG.sync.read(Buffer.from(shot));
}

it(`every scenario at ${SIDE}² and hour ${REFERENCE_HOUR} looks like its stored reference`, async () => {
  const page = p.page;
  mkdirSync(REFERENCES, { recursive: true });
  const failures: string[] = [];
  for (const s of SCENARIO_LIBRARY) {
    await loadPaused(page, s.id);
    await runTo(page, REFERENCE_HOUR);
    const view = await latticeView(page);
    writeFileSync(saveArtifact(`scenario-${s.id}.png`), PNG.sync.write(view));
    const refPath = `${REFERENCES}/scenario-${s.id}.png`;
    if (UPDATE || !existsSync(refPath)) {
      writeFileSync(refPath, PNG.sync.write(view));
      if (!UPDATE) failures.push(`${s.id}: no reference yet; wrote ${refPath} (look at it, commit it)`);
      continue;
    }
    const ref = PNG.sync.read(readFileSync(refPath));
    if (ref.width !== view.width || ref.height !== view.height) {
      failures.push(`${s.id}: view is ${view.width}×${view.height}, reference ${ref.width}×${ref.height}`);
      continue;
    }
    const diff = new PNG({ width: view.width, height: view.height });
    const differing = pixelmatch(ref.data, view.data, diff.data, view.width, view.height, {
      threshold: COLOUR_THRESHOLD,
    });
    if (differing > MAX_DIFF_SHARE * view.width * view.height) {
      writeFileSync(saveArtifact(`scenario-${s.id}-diff.png`), PNG.sync.write(diff));
      failures.push(
        `${s.id}: ${differing} pixels differ (allowed ${Math.floor(MAX_DIFF_SHARE * view.width * view.height)}); see test-artifacts/scenario-${s.id}-diff.png`,
      );
    }
  }
  expect(failures).toEqual([]);
  expect(p.errors).toEqual([]);
});
