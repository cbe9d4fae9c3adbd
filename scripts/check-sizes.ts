/**
 * The size rule ESLint cannot check (style.md §9): a WGSL file holds one pass or one shared helper,
 * at most WGSL_MAX_LINES lines. TypeScript modules and functions are checked by ESLint (max-lines,
 * max-lines-per-function in eslint.config.js).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WGSL_MAX_LINES = 150;

function wgslFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return wgslFiles(path);
    return e.name.endsWith('.wgsl') ? [path] : [];
  });
}

const tooLong = wgslFiles('shaders')
  .map((path) => ({ path, lines: readFileSync(path, 'utf8').split('\n').length }))
  .filter((f) => f.lines > WGSL_MAX_LINES && !f.path.endsWith('params.wgsl'));
for (const f of tooLong) console.error(`${f.path}: ${f.lines} lines, more than ${WGSL_MAX_LINES} (style.md §9)`);
process.exit(tooLong.length ? 1 : 0);
