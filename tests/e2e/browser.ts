/**
 * Launches Debian's Chromium through puppeteer-core with the flags that give headless WebGPU on
 * SwiftShader (see ../shared/design/testing.md), or with no WebGPU flags at all for the
 * "WebGPU is missing" page.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_FLAGS = ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const WEBGPU_FLAGS = [
  '--enable-unsafe-webgpu',
  '--enable-unsafe-swiftshader',
  '--enable-features=Vulkan',
  '--use-vulkan=swiftshader',
  '--use-webgpu-adapter=swiftshader',
  '--use-angle=swiftshader',
];

export async function launch(options: { webgpu?: boolean; width?: number; height?: number } = {}): Promise<Browser> {
  const { webgpu = true, width = 1280, height = 800 } = options;
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'tme-chromium-')),
    args: [...BASE_FLAGS, ...(webgpu ? WEBGPU_FLAGS : []), `--window-size=${width},${height}`],
    defaultViewport: { width, height },
  });
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
