import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { catchDownloads } from './downloads';
import { openFolder } from './gui';
import { clickByText, openPlayground, saveArtifact, until, waitForHour, waitForNotice, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground();
});
afterAll(() => p?.close());

/** Frames counted by the indicator, e.g. '● REC 2.4 s · 61 frames' → 61. */
const indicatorFrames = async (): Promise<number> => {
  const text = await p.page.$eval('#recording .progress', (e) => e.textContent ?? '');
  expect(text).toMatch(/^● REC \d+\.\d s · \d+ frames$/);
  return Number(/(\d+) frames/.exec(text)![1]);
};

it('records the canvas as a WebM file with a live progress indicator; Cancel discards', async () => {
  const page = p.page;
  const downloads = await catchDownloads(page);
  await waitForHour(page, 1);
  await openFolder(page, 'Files');
  await clickByText(page, 'Record video (WebM)');
  await page.waitForSelector('#recording:not([hidden])');
  const first = await indicatorFrames();
  await until(indicatorFrames, (n) => n > first + 8);
  await page.screenshot({ path: saveArtifact('webm-recording-indicator.png') });
  await page.click('#recording button'); // Stop & save
  const file = await downloads.next();
  expect(file).toMatch(/tme-video-h\d{5}-h\d{5}\.webm$/);
  const bytes = readFileSync(file);
  expect(bytes.length).toBeGreaterThan(1000);
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]); // the EBML header every WebM starts with
  // The browser decodes it back to video of the canvas's size.
  const decoded = await page.evaluate(async (base64: string) => {
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(
      new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'video/webm' }),
    );
    await new Promise(
      (resolve, reject) => (
        (video.onloadeddata = resolve),
        (video.onerror = () => reject(new Error(video.error?.message)))
      ),
    );
    const canvas = document.querySelector('#lattice') as HTMLCanvasElement;
    return { video: [video.videoWidth, video.videoHeight], canvas: [canvas.width, canvas.height] };
  }, bytes.toString('base64'));
  expect(decoded.video).toEqual(decoded.canvas);
  expect(await page.$eval('#recording', (e) => (e as HTMLElement).hidden)).toBe(true);
  await waitForNotice(page, /Saved \d+ frames \(\d+ KiB of WebM\)/);

  await clickByText(page, 'Record video (WebM)');
  await page.waitForSelector('#recording:not([hidden])');
  await new Promise((r) => setTimeout(r, 2000));
  await clickByText(page, 'Stop recording and save'); // the panel button follows the state…
  await downloads.next();
  await clickByText(page, 'Record video (WebM)');
  await page.waitForSelector('#recording:not([hidden])');
  await new Promise((r) => setTimeout(r, 2000));
  await page.click('#recording button:last-child'); // …and Cancel discards
  await waitForNotice(page, /Recording cancelled; nothing was saved\./);
  await new Promise((r) => setTimeout(r, 1500));
  expect(downloads.files().filter((f) => f.endsWith('.webm')).length).toBe(2);
  expect(p.errors).toEqual([]);
});
