// Node module hook so that the engine's `import x from './file.wgsl?raw'` (a Vite feature) also
// works in the headless CLI and the benchmark under tsx: the file's text becomes the default export.
import { register } from 'node:module';
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (url.endsWith('?raw')) {
    const text = await readFile(new URL(url.slice(0, -4)), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}

if (!globalThis.__tmeRawLoader) {
  globalThis.__tmeRawLoader = true;
  register(import.meta.url);
}
