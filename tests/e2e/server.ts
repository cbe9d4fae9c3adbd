/**
 * Vitest global setup for the browser tests: serves the playground with Vite on a free loopback
 * port and provides its URL to the tests as `baseUrl`; launches one Chromium with WebGPU on
 * SwiftShader that every test file connects to (`browserEndpoint`), each in a context of its own,
 * so the files do not each pay for a browser start.
 */
import type { TestProject } from 'vitest/node';
import type { Browser } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { launch } from './browser';

let server: ViteDevServer | undefined;
let browser: Browser | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  server = await createServer({ configFile: 'vite.config.ts', server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null }, logLevel: 'warn' });
  await server.listen();
  const address = server.httpServer!.address();
  const port = typeof address === 'object' && address ? address.port : 5173;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
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
