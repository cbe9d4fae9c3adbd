/**
 * Catches the page's downloads in a temporary folder (CDP Browser.setDownloadBehavior) and waits for
 * each to complete, so tests can read the files a user would get.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

export interface Downloads {
  dir: string;
  /** Resolves with the path of the next download to complete. */
  next(timeout?: number): Promise<string>;
  /** Names of the completed files in the folder. */
  files(): string[];
}

export async function catchDownloads(page: Page): Promise<Downloads> {
  const dir = mkdtempSync(join(tmpdir(), 'tme-downloads-'));
  const cdp = await page.browser().target().createCDPSession();
  // For the page's own context (each test file has one in the shared browser, tests/e2e/page.ts).
  const browserContextId = page.browserContext().id;
  await cdp.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: dir,
    eventsEnabled: true,
    ...(browserContextId ? { browserContextId } : {}),
  });
  const names = new Map<string, string>();
  const completed: string[] = [];
  const waiting: Array<(path: string) => void> = [];
  cdp.on('Browser.downloadWillBegin', (e) => names.set(e.guid, e.suggestedFilename));
  cdp.on('Browser.downloadProgress', (e) => {
    if (e.state !== 'completed') return;
    const path = join(dir, names.get(e.guid) ?? e.guid);
    const resolve = waiting.shift();
    if (resolve) resolve(path);
    else completed.push(path);
  });
  return {
    dir,
    next: (timeout = 30_000) =>
      new Promise((resolve, reject) => {
        const ready = completed.shift();
        if (ready) return resolve(ready);
        const timer = setTimeout(() => reject(new Error(`no download completed within ${timeout} ms`)), timeout);
        waiting.push((path) => {
          clearTimeout(timer);
          resolve(path);
        });
      }),
    files: () => readdirSync(dir).filter((f) => !f.endsWith('.crdownload')),
  };
}
