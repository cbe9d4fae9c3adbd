/**
 * The playground served by Vite on a free loopback port, for the benchmark in Chromium and the
 * browser tests. Without file watching or hot reload: an edit in the checkout during a run must not
 * reload the page in the middle of a benchmark or a test.
 */
import { createServer, type ViteDevServer } from 'vite';

export async function servePlayground(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: 'vite.config.ts',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null },
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer!.address();
  if (!address || typeof address !== 'object') throw new Error('Vite did not report the port it listens on');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
