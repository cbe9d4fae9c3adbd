/**
 * Launches Debian's Chromium through puppeteer-core with the flags that give headless WebGPU on
 * SwiftShader (src/cli/chromium.ts), or with no WebGPU flags at all for the "WebGPU is missing" page.
 */
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../../src/cli/chromium';

export async function launch(options: { webgpu?: boolean; width?: number; height?: number } = {}): Promise<Browser> {
  const { webgpu = true, ...size } = options;
  return launchChromium({ webgpu: webgpu ? 'swiftshader' : 'none', ...size });
}

/** Console errors and page errors collected while a page lives. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
