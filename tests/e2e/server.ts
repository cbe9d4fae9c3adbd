/**
 * Vitest global setup for the browser tests: serves the playground with Vite on a free loopback
 * port (src/cli/serve.ts) and provides its URL to the tests as `baseUrl`; launches one Chromium with WebGPU on
 * SwiftShader that every test file connects to (`browserEndpoint`), each in a context of its own,
 * so the files do not each pay for a browser start.
 */
import type { TestProject } from 'vitest/node';
import type { Browser } from 'puppeteer-core';
import type { ViteDevServer } from 'vite';
import { servePlayground } from '../../src/cli/serve';
import { launch } from './browser';

let server: ViteDevServer | undefined;
let browser: Browser | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await servePlayground();
  server = served.server;
  project.provide('baseUrl', served.url);
  browser = await launch();
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser?.close();
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
  }
}
