import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// GPU tests run the engine on Dawn (npm `webgpu`) over Chromium's SwiftShader Vulkan driver unless
// the caller already chose a Vulkan driver (a real GPU: leave VK_ICD_FILENAMES unset and export
// TME_REAL_GPU=1).
const swiftshader = '/usr/lib/chromium/vk_swiftshader_icd.json';
const gpuEnv: Record<string, string> = {};
if (!process.env.VK_ICD_FILENAMES && !process.env.TME_REAL_GPU && existsSync(swiftshader))
  gpuEnv.VK_ICD_FILENAMES = swiftshader;

// Two test files at a time: Vitest's default leaves one core of a two-core machine idle, while
// browser tests spend much of their time waiting on Chromium. GPU and browser tests each stay one
// file at a time (SwiftShader already uses every core), so they overlap only with unit tests and
// each other.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'gpu',
          include: ['tests/gpu/**/*.test.ts'],
          env: gpuEnv,
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/server.ts'],
        },
      },
    ],
  },
});
