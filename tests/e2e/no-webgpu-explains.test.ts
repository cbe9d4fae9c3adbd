import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPlayground, saveArtifact, type OpenPage } from './page';

let p: OpenPage;
beforeAll(async () => {
  p = await openPlayground('', { webgpu: false });
});
afterAll(() => p?.close());

it('explains how to enable WebGPU instead of showing a blank canvas', async () => {
  await p.page.waitForSelector('#no-webgpu:not([hidden])', { timeout: 20_000 });
  const text = await p.page.$eval('#no-webgpu', (e) => e.textContent ?? '');
  expect(text).toContain('WebGPU is not available');
  for (const browser of ['Chrome', 'Edge', 'Firefox', 'Safari']) expect(text).toContain(browser);
  expect(await p.page.$eval('#app', (e) => getComputedStyle(e).display)).toBe('none');
  await p.page.screenshot({ path: saveArtifact('no-webgpu.png') });
});
