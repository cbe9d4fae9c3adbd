import { defineConfig } from 'vite';

// The page is a plain TypeScript app: no framework plugin. WGSL is imported with `?raw`.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});
