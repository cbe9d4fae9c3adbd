/** Opens the playground in headless Chromium and gives the tests its scripting API. */
import { mkdirSync } from 'node:fs';
import puppeteer, { type BrowserContext, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import type { testApi } from '../../src/ui/test-api';
import { collectErrors, launch } from './browser';

export interface OpenPage {
  /** The page's own browser context: fresh storage and permissions, as a new profile would have. */
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/**
 * The playground at `query` in a new context of the Chromium the global setup launched (server.ts),
 * at the given viewport size; without WebGPU it needs a browser of its own, launched without the
 * WebGPU flags.
 */
export async function openPlayground(
  query = '',
  options: { webgpu?: boolean; width?: number; height?: number } = {},
): Promise<OpenPage> {
  const { width = 1280, height = 800 } = options;
  const own = options.webgpu === false ? await launch(options) : null;
  const browser =
    own ?? (await puppeteer.connect({ browserWSEndpoint: inject('browserEndpoint'), defaultViewport: null }));
  const context = own ? own.defaultBrowserContext() : await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  const errors = collectErrors(page);
  await page.goto(inject('baseUrl') + query, { waitUntil: 'load' });
  const close = async (): Promise<void> => {
    if (own) return own.close();
    await context.close();
    await browser.disconnect();
  };
  return { context, page, errors, close };
}

/** Waits until the page's hour counter (from GPU statistics) reaches `hour`. */
export async function waitForHour(page: Page, hour: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (h: number) =>
      (window as unknown as { tme?: { hour: number } }).tme?.hour !== undefined &&
      (window as unknown as { tme: { hour: number } }).tme.hour >= h,
    { timeout, polling: 200 },
    hour,
  );
}

export const hourOf = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { tme: { hour: number } }).tme.hour);

/** Clicks the lil-gui button or folder title whose text is `label`. */
export async function clickByText(page: Page, label: string): Promise<void> {
  const ok = await page.evaluate((text: string) => {
    const el = [...document.querySelectorAll('#panel button, #panel .lil-title')].find(
      (e) => e.textContent?.trim() === text,
    ) as HTMLElement | undefined;
    el?.click();
    return !!el;
  }, label);
  if (!ok) throw new Error(`no control labelled '${label}'`);
}

export function saveArtifact(name: string): string {
  mkdirSync('test-artifacts', { recursive: true });
  return `test-artifacts/${name}`;
}

/** The test API the page exposes as `window.tme` (src/ui/test-api.ts). */
export type TmeApi = ReturnType<typeof testApi>;

/** Calls `fn` with the page's `tme` and returns its (serialisable) result. */
export const tme = <R>(page: Page, fn: (api: TmeApi) => R | Promise<R>): Promise<R> =>
  page.evaluate(`(${fn.toString()})(window.tme)`) as Promise<R>;

/** Waits until every hour started has reported (paused, the counter then stands still); returns the hour. */
export async function settle(page: Page, timeout = 120_000): Promise<number> {
  await page.waitForFunction(
    () => {
      const t = (window as unknown as { tme: TmeApi }).tme;
      return !t.busy && t.hour === t.nextHour;
    },
    { timeout, polling: 100 },
  );
  return hourOf(page);
}

/** Pauses and waits until batches already submitted have reported, so the lattice stands still. */
export async function pauseAndSettle(page: Page): Promise<number> {
  await tme(page, (t) => t.setPlaying(false));
  return settle(page);
}

/** Client (CSS pixel) position of the centre of lattice site (x, y) in the current view. */
export const clientOfSite = (page: Page, x: number, y: number): Promise<{ x: number; y: number }> =>
  page.evaluate(
    (sx: number, sy: number) => {
      const cam = (
        window as unknown as {
          tme: { camera: { canvas: HTMLCanvasElement; pixelOf(x: number, y: number): { x: number; y: number } } };
        }
      ).tme.camera;
      const rect = cam.canvas.getBoundingClientRect();
      const dpr = cam.canvas.width / rect.width;
      const p = cam.pixelOf(sx + 0.5, sy + 0.5);
      return { x: rect.left + p.x / dpr, y: rect.top + p.y / dpr };
    },
    x,
    y,
  );

/** Texts of the notices on screen. */
export const noticeTexts = (page: Page): Promise<string[]> =>
  page.$$eval('#notices .notice', (els) => els.map((e) => e.textContent ?? ''));

/** Waits for a notice matching `pattern` and returns its text. */
export async function waitForNotice(page: Page, pattern: RegExp, timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    (source: string, flags: string) =>
      [...document.querySelectorAll('#notices .notice')]
        .map((e) => e.textContent ?? '')
        .find((t) => new RegExp(source, flags).test(t)) ?? false,
    { timeout, polling: 200 },
    pattern.source,
    pattern.flags,
  );
  return (await handle.jsonValue()) as string;
}

/** Polls `probe` (in Node) until `accept` holds for its value; returns that value. */
export async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > end)
      throw new Error(`condition not met within ${timeout} ms (last value: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Presses `key` with modifiers held, e.g. pressChord(page, ['Control', 'Shift'], 'z'). */
export async function pressChord(page: Page, modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m as never);
  await page.keyboard.press(key as never);
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m as never);
}
