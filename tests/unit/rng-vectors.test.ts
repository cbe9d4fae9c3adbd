/**
 * The counter-based RNG is pinned by fixed vectors (tests/fixtures/rng-vectors.json): a change to
 * pcg(), tickKey() or draw() would silently change every lattice a saved seed reproduces. The PCG
 * hash is also checked against an independent BigInt transcription of the published algorithm
 * (Jarzynski & Olano 2020, PCG-RXS-M-XS), so the fixture is not merely self-consistent.
 */
import { describe, expect, it } from 'vitest';
import { PARAM_BY_KEY } from '../../src/model/registry';
import { draw, initKey, pcg, tickKey, tickOf, TICKS_PER_HOUR } from '../../src/model/rng';
import vectors from '../fixtures/rng-vectors.json';

const U32 = 1n << 32n;

/** pcg_hash from the paper, in arbitrary-precision integers reduced mod 2^32 at each step. */
function pcgBigInt(input: number): number {
  const state = (BigInt(input) * 747796405n + 2891336453n) % U32;
  const word = (((state >> ((state >> 28n) + 4n)) ^ state) * 277803737n) % U32;
  return Number((word >> 22n) ^ word);
}

describe('rng test vectors', () => {
  it('pcg(0) is the published PCG-RXS-M-XS value', () => {
    expect(pcgBigInt(0)).toBe(129708002);
    expect(pcg(0)).toBe(pcgBigInt(0));
  });

  it('covers the edge inputs 0, 1, 0x80000000 and 0xffffffff', () => {
    const inputs = new Set(vectors.pcg.map(([v]) => v));
    for (const edge of [0, 1, 0x80000000, 0xffffffff]) expect(inputs.has(edge), `pcg input ${edge}`).toBe(true);
    const seeds = new Set(vectors.tickKey.map(([s]) => s));
    const ticks = new Set(vectors.tickKey.map(([, t]) => t));
    const keys = new Set(vectors.draw.map(([k]) => k));
    const sites = new Set(vectors.draw.map(([, s]) => s));
    for (const edge of [0, 1, 0x80000000, 0xffffffff]) {
      expect(seeds.has(edge) && ticks.has(edge) && keys.has(edge) && sites.has(edge), `edge ${edge}`).toBe(true);
    }
  });

  it('pcg() reproduces the fixture and the BigInt reference', () => {
    for (const [input, output] of vectors.pcg) {
      expect(pcg(input), `pcg(${input})`).toBe(output);
      expect(pcgBigInt(input), `BigInt pcg(${input})`).toBe(output);
    }
  });

  it('tickKey() reproduces the fixture and is pcg(seed ^ pcg(tick))', () => {
    for (const [seed, tick, key] of vectors.tickKey) {
      expect(tickKey(seed, tick), `tickKey(${seed}, ${tick})`).toBe(key);
      expect(
        pcgBigInt(Number((BigInt(seed) ^ BigInt(pcgBigInt(tick))) % U32)),
        `BigInt tickKey(${seed}, ${tick})`,
      ).toBe(key);
    }
  });

  it('draw() reproduces the fixture and is pcg(pcg(key ^ site) ^ purpose)', () => {
    for (const [key, site, purpose, value] of vectors.draw) {
      expect(draw(key, site, purpose), `draw(${key}, ${site}, ${purpose})`).toBe(value);
      expect(
        pcgBigInt(Number(BigInt(pcgBigInt(Number(BigInt(key) ^ BigInt(site)))) ^ BigInt(purpose))),
        `BigInt draw(${key}, ${site}, ${purpose})`,
      ).toBe(value);
    }
  });

  it('returns unsigned 32-bit integers for any input', () => {
    for (const v of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, -1, 2 ** 32 + 5]) {
      const h = pcg(v);
      expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff, `pcg(${v}) = ${h}`).toBe(true);
      expect(pcg(v)).toBe(pcg(v >>> 0)); // inputs are taken mod 2^32, as a WGSL u32 would be
    }
  });

  it('gives every phase of every hour, and the initial lattice, a key of its own', () => {
    // Phases 0…substeps of one hour must not run into the next hour's ticks.
    const maxSubsteps = PARAM_BY_KEY.get('substeps')!.max;
    expect(maxSubsteps + 1).toBeLessThanOrEqual(TICKS_PER_HOUR);
    const seed = 7;
    const keys = new Set<number>();
    for (let hour = 0; hour < 200; hour++)
      for (let phase = 0; phase <= maxSubsteps; phase++) keys.add(tickKey(seed, tickOf(hour, phase)));
    expect(keys.size).toBe(200 * (maxSubsteps + 1));
    expect(keys.has(initKey(seed))).toBe(false);
  });
});
