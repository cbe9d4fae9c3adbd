/** Opens the playground in a fresh headless Chromium and gives the tests its scripting API. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { collectErrors, launch } from './browser';

export interface OpenPage {
  browser: Browser;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export async function openPlayground(query = '', options: { webgpu?: boolean; width?: number; height?: number } = {}): Promise<OpenPage> {
  const browser = await launch(options);
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(inject('baseUrl') + query, { waitUntil: 'load' });
  return { browser, page, errors, close: () => browser.close() };
}

/** Waits until the page's hour counter (from GPU statistics) reaches `hour`. */
export async function waitForHour(page: Page, hour: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction((h: number) => (window as unknown as { tme?: { hour: number } }).tme?.hour !== undefined && (window as unknown as { tme: { hour: number } }).tme.hour >= h, { timeout, polling: 200 }, hour);
}

export const hourOf = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { tme: { hour: number } }).tme.hour);

/** Clicks the lil-gui button or folder title whose text is `label`. */
export async function clickByText(page: Page, label: string): Promise<void> {
  const ok = await page.evaluate((text: string) => {
    const el = [...document.querySelectorAll('#panel button, #panel .lil-title')].find((e) => e.textContent?.trim() === text) as HTMLElement | undefined;
    el?.click();
    return !!el;
  }, label);
  if (!ok) throw new Error(`no control labelled '${label}'`);
}

export function saveArtifact(name: string): string {
  mkdirSync('test-artifacts', { recursive: true });
  return `test-artifacts/${name}`;
}
