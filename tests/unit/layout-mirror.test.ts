/**
 * The site bit layout, RNG purposes and intent actions are written twice — WGSL constants for the
 * kernels, TS exports for the host and the CPU twin. A value that drifts on one side makes the GPU
 * and the twin read different bits, so both directions are checked name for name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as intent from '../../src/model/intent';
import * as layout from '../../src/model/layout';
import * as rng from '../../src/model/rng';

const root = new URL('../../', import.meta.url);
const CONST_LINE = /^const\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*u32\s*=\s*(0[xX][0-9a-fA-F]+|[0-9]+)u\s*;\s*(\/\/.*)?$/;

/** Every module-scope `const NAME: u32 = …u;` of a WGSL file; any other `const` line is an error. */
function wgslConstants(path: string): Map<string, number> {
  const out = new Map<string, number>();
  readFileSync(new URL(path, root), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.startsWith('const ')) return;
      const m = CONST_LINE.exec(line.trim());
      if (!m)
        throw new Error(
          `${path}:${i + 1}: unparsed constant '${line}' (expected const NAME: u32 = <hex or decimal>u;)`,
        );
      if (out.has(m[1])) throw new Error(`${path}:${i + 1}: ${m[1]} defined twice`);
      out.set(m[1], Number(m[2]));
    });
  return out;
}

/** UPPER_SNAKE numeric exports, as the u32 bit pattern a kernel would see. */
function tsConstants(module: Record<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, value] of Object.entries(module)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name) || typeof value !== 'number') continue;
    if (!Number.isInteger(value) || value < -(2 ** 31) || value > 0xffffffff)
      throw new Error(`${name} = ${value} is not a 32-bit integer`);
    out.set(name, value >>> 0);
  }
  return out;
}

const PAIRS = [
  {
    wgsl: 'shaders/common/layout.wgsl',
    ts: 'src/model/layout.ts',
    module: layout as Record<string, unknown>,
    hostOnly: [] as string[],
  },
  // The tick key is mixed on the host (clock.key), so the kernels never see TICKS_PER_HOUR.
  {
    wgsl: 'shaders/common/rng.wgsl',
    ts: 'src/model/rng.ts',
    module: rng as Record<string, unknown>,
    hostOnly: ['TICKS_PER_HOUR'],
  },
  {
    wgsl: 'shaders/common/intent.wgsl',
    ts: 'src/model/intent.ts',
    module: intent as Record<string, unknown>,
    hostOnly: [] as string[],
  },
];

describe.each(PAIRS)('$wgsl mirrors $ts', ({ wgsl, ts, module, hostOnly }) => {
  const kernel = wgslConstants(wgsl);
  const host = tsConstants(module);

  it('defines constants at all (the parser found them)', () => {
    expect(kernel.size).toBeGreaterThan(3);
    expect(host.size).toBeGreaterThan(3);
  });

  it('every WGSL constant has a TS export of the same name and value', () => {
    for (const [name, value] of kernel) {
      expect(host.has(name), `${name} is in ${wgsl} but not exported by ${ts}`).toBe(true);
      expect(host.get(name), `${name}: ${ts} says ${host.get(name)}, ${wgsl} says ${value}`).toBe(value);
    }
  });

  it('every numeric UPPER_SNAKE export of the TS module exists in WGSL', () => {
    for (const name of host.keys()) {
      if (hostOnly.includes(name)) continue;
      expect(kernel.has(name), `${name} is exported by ${ts} but missing from ${wgsl}`).toBe(true);
    }
  });

  it('host-only exceptions really are absent from every shader', () => {
    const shaders = [
      'shaders/common/layout.wgsl',
      'shaders/common/rng.wgsl',
      'shaders/common/intent.wgsl',
      'shaders/common/bindings.wgsl',
    ];
    for (const name of hostOnly) {
      expect(host.has(name), `${name} is listed as host-only but ${ts} no longer exports it`).toBe(true);
      for (const path of shaders)
        expect(readFileSync(new URL(path, root), 'utf8').includes(name), `${name} in ${path}`).toBe(false);
    }
  });
});

describe('WGSL constant parser', () => {
  it('reads hex and decimal literals', () => {
    const constants = wgslConstants('shaders/common/layout.wgsl');
    expect(constants.get('SITE_BITS')).toBe(0xff000000);
    expect(constants.get('TYPE_COUNT')).toBe(16);
  });
});
