/**
 * `npm run bench` (default): serves the playground with Vite, opens it in headless Chromium through
 * puppeteer-core and runs the page's own Benchmark dialog, reporting its progress here. Chromium
 * first gets the machine's GPU; when it finds no adapter there, SwiftShader, and the run says so.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { BenchOptions } from '../bench/protocol';
import type { BenchResult } from '../bench/result';
import { hostCpu, hostLoad } from './bench-node';
import { CliError } from './backend';
import { launchChromium, type WebGpuMode } from './chromium';
import { servePlayground } from './serve';

/** The page's own simulation stays small: the benchmark pauses it, but it is set up first. */
const PAGE_QUERY = '?latticeSize=64';
const PAGE_READY_MS = 120_000;

interface BenchPage {
  tmeBench: { run(options: BenchOptions, progress: (fraction: number, label: string) => void): Promise<BenchResult> };
  tmeBenchProgress(fraction: number, label: string): void;
}

export async function benchInChromium(
  options: BenchOptions,
  mode: 'auto' | WebGpuMode,
  progress: (f: number, label: string) => void,
  say: (m: string) => void,
): Promise<BenchResult> {
  const { server, url: base } = await servePlayground();
  const url = base + PAGE_QUERY;
  let browser: Browser | null = null;
  const load = hostLoad();
  try {
    let opened = await open(url, mode === 'auto' ? 'gpu' : mode);
    if (!opened.ready && mode === 'auto') {
      say('Chromium found no GPU adapter: benchmarking its SwiftShader software adapter instead.');
      await opened.browser.close();
      opened = await open(url, 'swiftshader');
    }
    browser = opened.browser;
    if (!opened.ready)
      throw new CliError('WebGPU is unavailable in Chromium here: the page shows its "no WebGPU" message.');
    const errors: string[] = [];
    opened.page.on('pageerror', (e) => errors.push(String(e)));
    await opened.page.exposeFunction('tmeBenchProgress', progress);
    const result = await opened.page.evaluate((o) => {
      const w = window as unknown as BenchPage;
      return w.tmeBench.run(o, (f, label) => w.tmeBenchProgress(f, label));
    }, options);
    if (errors.length) say(`page errors: ${errors.join('; ')}`);
    const version = await browser.version();
    return {
      ...result,
      environment: { ...result.environment, runtime: `${version} (headless, puppeteer-core)`, cpu: hostCpu(), load },
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Opens the page and waits until its Benchmark dialog exists (ready) or it explains that WebGPU is missing. */
async function open(url: string, webgpu: WebGpuMode): Promise<{ browser: Browser; page: Page; ready: boolean }> {
  const browser = await launchChromium({ webgpu, protocolTimeout: 0 });
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const state = await page.waitForFunction(
    () => ('tmeBench' in window ? 'ready' : document.getElementById('no-webgpu')?.hidden === false ? 'none' : false),
    { timeout: PAGE_READY_MS, polling: 200 },
  );
  return { browser, page, ready: (await state.jsonValue()) === 'ready' };
}
