/**
 * Launches Debian's Chromium through puppeteer-core with WebGPU on: on the machine's GPU, or on the
 * SwiftShader software adapter with the flags that work headless (shared/design/testing.md). Used by
 * `npm run bench` and the browser tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_FLAGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
/** WebGPU on whatever adapter Chromium finds (Linux needs Vulkan on for it). */
const GPU_FLAGS = ['--enable-unsafe-webgpu', '--enable-features=Vulkan'];
/** WebGPU forced onto SwiftShader, with a canvas that presents (without Vulkan it does not). */
const SWIFTSHADER_FLAGS = [
  '--enable-unsafe-webgpu',
  '--enable-unsafe-swiftshader',
  '--enable-features=Vulkan',
  '--use-vulkan=swiftshader',
  '--use-webgpu-adapter=swiftshader',
  '--use-angle=swiftshader',
];

export type WebGpuMode = 'none' | 'gpu' | 'swiftshader';

export async function launchChromium(
  options: { webgpu?: WebGpuMode; width?: number; height?: number; protocolTimeout?: number } = {},
): Promise<Browser> {
  const { webgpu = 'swiftshader', width = 1280, height = 800, protocolTimeout } = options;
  const flags = webgpu === 'gpu' ? GPU_FLAGS : webgpu === 'swiftshader' ? SWIFTSHADER_FLAGS : [];
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'tme-chromium-')),
    args: [...BASE_FLAGS, ...flags, `--window-size=${width},${height}`],
    defaultViewport: { width, height },
    protocolTimeout,
  });
}
