/**
 * Files generated from the TypeScript that defines them (the WGSL structs and constants the
 * kernels share with the host, docs/parameters.md) are committed; a stale copy would let the
 * kernels read a uniform with the wrong layout or a bit with the wrong mask, or the docs describe
 * parameters that no longer exist. This is the one staleness test for every generated file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED } from '../../scripts/generate';

const root = new URL('../../', import.meta.url);

describe('generated files are up to date', () => {
  it('lists the generated files', () => {
    expect(Object.keys(GENERATED)).toEqual(
      expect.arrayContaining([
        'shaders/common/params.wgsl',
        'shaders/common/constants.wgsl',
        'shaders/render/view-uniform.wgsl',
        'docs/parameters.md',
      ]),
    );
  });

  it.each(Object.entries(GENERATED))('%s equals what scripts/generate.ts writes', (path, make) => {
    const committed = readFileSync(new URL(path, root), 'utf8');
    expect(committed, `${path} is stale: run \`npm run generate\` and commit the result`).toBe(make());
  });
});
